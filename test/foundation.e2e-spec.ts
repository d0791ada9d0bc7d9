import { Role } from '@tremplin/core';
import { TestPlatform } from './support/test-platform';

describe('smoke', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await TestPlatform.start();
  });
  afterAll(async () => {
    await platform.stop();
  });

  it('creates a user and sends the welcome mail through the worker', async () => {
    const admin = await platform.createStaff(Role.ADMIN);
    const data = await platform.gqlOk<{ createUser: { email: string } }>(
      `mutation($input: CreateUserInput!) { createUser(input: $input) { email } }`,
      {
        input: {
          email: 'Nouvelle.Referente@ain.fr',
          role: 'REFERENT',
          firstName: 'Léa',
          lastName: 'Roux',
        },
      },
      admin.token,
    );
    expect(data.createUser.email).toBe('nouvelle.referente@ain.fr');
    const [mail] = await platform.smtp.waitFor(1);
    expect(mail.subject).toBe('Votre compte Tremplin est ouvert : choisissez votre mot de passe');
    expect(mail.text).toContain('Bonjour Léa');
    expect(mail.html).toContain('Bonjour Léa');
  });
});
