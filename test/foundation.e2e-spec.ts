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

  it('logs in and reads me', async () => {
    const admin = await platform.createStaff(Role.ADMIN);
    const data = await platform.gqlOk<{ me: { email: string } }>('{ me { email } }', {}, admin.token);
    expect(data.me.email).toBe(admin.user.email);
  });
});
