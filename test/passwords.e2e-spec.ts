import { Role } from '@tremplin/core';
import { PasswordLinks, User } from '@tremplin/identity';
import { eventually, type StaffAccount, TEST_PASSWORD, TestPlatform } from './support/test-platform';

const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { id email } }`;
const PASSWORD_LINK = `query($token: String!) { passwordLink(token: $token) { firstName email firstPassword } }`;
const CHOOSE = `mutation($input: ChoosePasswordInput!) { choosePassword(input: $input) { expiresAt user { email } } }`;
const REQUEST_RESET = `mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }`;
const CHANGE = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { token } }`;
const ME = `{ me { email } }`;

type Result = { errors?: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }> };
const codeOf = (result: Result) => result.errors?.[0]?.extensions?.code;

/** The `jeton` of the console link in an email. */
function tokenIn(text: string): string {
  const match = /mot-de-passe\/nouveau\?jeton=([\w.-]+)/.exec(text);
  if (!match) throw new Error(`no password link in: ${text}`);
  return match[1];
}

describe('passwords: invitation, « mot de passe oublié », change, per-account throttle', () => {
  let platform: TestPlatform;
  let admin: StaffAccount;

  const passwordHashOf = async (email: string) =>
    (
      await platform.dataSource
        .getRepository(User)
        .createQueryBuilder('user')
        .addSelect('user.passwordHash')
        .where('user.email = :email', { email })
        .getOneOrFail()
    ).passwordHash;

  const mailTo = async (email: string, subject: string) => {
    const mails = await platform.smtp.waitFor((all) => all.some((m) => m.to.includes(email) && m.subject === subject));
    return mails.filter((m) => m.to.includes(email) && m.subject === subject);
  };

  beforeAll(async () => {
    platform = await TestPlatform.start({ worker: true });
    admin = await platform.createStaff(Role.ADMIN);
  });

  afterAll(async () => {
    await platform.stop();
  });

  describe('invitation', () => {
    const email = 'invitee@test.tremplin.fr';
    let token: string;

    beforeAll(async () => {
      await platform.gqlOk(
        CREATE_USER,
        { input: { email, role: 'COORDINATOR', firstName: 'Inès', lastName: 'Morel' } },
        admin.token,
      );
      const [invitation] = await mailTo(email, 'Votre compte Tremplin est ouvert : choisissez votre mot de passe');
      token = tokenIn(invitation.text);
    });

    it('greets the invited person on the link page, as a first password', async () => {
      const { passwordLink } = await platform.gqlOk<{ passwordLink: unknown }>(PASSWORD_LINK, { token });
      expect(passwordLink).toEqual({ firstName: 'Inès', email, firstPassword: true });
    });

    it('refuses a weak password next to its field, and sets nothing', async () => {
      const result = await platform.gql(CHOOSE, { input: { token, password: 'court' } });
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.extensions?.fields).toEqual([
        { field: 'password', messages: ['doit contenir au moins 12 caractères'] },
      ]);
      expect(await passwordHashOf(email)).toBeNull();
    });

    it('sets the password once from two simultaneous submissions, opens a session, and spends the link', async () => {
      const submit = () =>
        fetch(`${platform.baseUrl}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            query: CHOOSE,
            variables: { input: { token, password: 'ma-phrase-secrete-du-matin' } },
          }),
        });
      const responses = await Promise.all([submit(), submit()]);
      const bodies = (await Promise.all(responses.map((r) => r.json()))) as Array<Result & { data?: unknown }>;
      const succeeded = responses.filter((_, index) => !bodies[index].errors);
      expect(succeeded).toHaveLength(1);
      expect(bodies.map(codeOf).filter(Boolean)).toEqual(['INVALID_LINK']);
      expect(succeeded[0].headers.get('set-cookie')).toMatch(/^tremplin_session=[^;]+;.*HttpOnly/);

      const login = await platform.gqlOk<{ login: { token: string } }>(LOGIN, {
        input: { email, password: 'ma-phrase-secrete-du-matin' },
      });
      expect((await platform.gqlOk<{ me: { email: string } }>(ME, {}, login.login.token)).me.email).toBe(email);
      expect(codeOf(await platform.gql(PASSWORD_LINK, { token }))).toBe('INVALID_LINK');
      expect(codeOf(await platform.gql(CHOOSE, { input: { token, password: 'une-autre-phrase-longue' } }))).toBe(
        'INVALID_LINK',
      );
    });

    it('refuses forged, truncated and expired links the same way', async () => {
      const user = await platform.dataSource.getRepository(User).findOneByOrFail({ email });
      const expired = new URL(
        platform.api.get(PasswordLinks).url({ userId: user.id, credentialsVersion: user.credentialsVersion }, -1000),
      ).searchParams.get('jeton')!;
      for (const bad of [expired, `${token.slice(0, -3)}abc`, token.slice(0, 20), 'pas-un-jeton']) {
        const result = await platform.gql(PASSWORD_LINK, { token: bad });
        expect(codeOf(result)).toBe('INVALID_LINK');
        expect(result.errors?.[0]?.message).toBe("Ce lien n'est pas valide ou a expiré.");
      }
    });
  });

  describe('« mot de passe oublié »', () => {
    let account: StaffAccount;

    beforeAll(async () => {
      account = await platform.createStaff(Role.REFERENT, { firstName: 'Amandine' });
    });

    it('emails a link valid one hour; the new password works, the old one and the link no longer do', async () => {
      const { requestPasswordReset } = await platform.gqlOk<{ requestPasswordReset: boolean }>(REQUEST_RESET, {
        input: { email: account.user.email.toUpperCase() },
      });
      expect(requestPasswordReset).toBe(true);
      const [mail] = await mailTo(account.user.email, 'Tremplin : choisir un nouveau mot de passe');
      expect(mail.text).toContain('Bonjour Amandine');
      expect(mail.text).toContain('valable 1 heure');
      const token = tokenIn(mail.text);
      const { passwordLink } = await platform.gqlOk<{ passwordLink: { firstPassword: boolean } }>(PASSWORD_LINK, {
        token,
      });
      expect(passwordLink.firstPassword).toBe(false);

      await platform.gqlOk(CHOOSE, { input: { token, password: 'nouvelle-phrase-de-passe' } });
      // The session opened before the change ends at once.
      expect(codeOf(await platform.gql(ME, {}, account.token))).toBe('UNAUTHENTICATED');
      expect(codeOf(await platform.gql(LOGIN, { input: { email: account.user.email, password: TEST_PASSWORD } }))).toBe(
        'UNAUTHENTICATED',
      );
      await platform.gqlOk(LOGIN, { input: { email: account.user.email, password: 'nouvelle-phrase-de-passe' } });
      expect(codeOf(await platform.gql(CHOOSE, { input: { token, password: 'encore-une-phrase-longue' } }))).toBe(
        'INVALID_LINK',
      );
    });

    it('answers the same for an unknown or disabled address, and sends nothing', async () => {
      const disabled = await platform.createStaff(Role.REFERENT);
      await platform.gqlOk(`mutation($id: ID!) { disableUser(id: $id) { id } }`, { id: disabled.user.id }, admin.token);
      for (const email of ['personne@test.tremplin.fr', disabled.user.email]) {
        const { requestPasswordReset } = await platform.gqlOk<{ requestPasswordReset: boolean }>(REQUEST_RESET, {
          input: { email },
        });
        expect(requestPasswordReset).toBe(true);
      }
      // A reset for a known account, asked after the two above, arrives alone: nothing else was sent.
      const witness = await platform.createStaff(Role.REFERENT);
      await platform.gqlOk(REQUEST_RESET, { input: { email: witness.user.email } });
      await mailTo(witness.user.email, 'Tremplin : choisir un nouveau mot de passe');
      const unwanted = ['personne@test.tremplin.fr', disabled.user.email];
      expect(platform.smtp.messages.filter((m) => m.to.some((to) => unwanted.includes(to)))).toEqual([]);
    });

    it('sends one email however many times the form is sent in a few minutes', async () => {
      const account2 = await platform.createStaff(Role.COORDINATOR);
      for (let i = 0; i < 3; i++) await platform.gqlOk(REQUEST_RESET, { input: { email: account2.user.email } });
      const witness = await platform.createStaff(Role.REFERENT);
      await platform.gqlOk(REQUEST_RESET, { input: { email: witness.user.email } });
      await mailTo(witness.user.email, 'Tremplin : choisir un nouveau mot de passe');
      expect(platform.smtp.messages.filter((m) => m.to.includes(account2.user.email))).toHaveLength(1);
    });
  });

  describe('changePassword', () => {
    it('needs the current password and an acceptable new one, with the error next to its field', async () => {
      const account = await platform.createStaff(Role.COORDINATOR);
      const wrong = await platform.gql(
        CHANGE,
        { input: { currentPassword: 'pas-le-bon-mot-de-passe', newPassword: 'nouvelle-phrase-de-passe' } },
        account.token,
      );
      expect(codeOf(wrong)).toBe('BAD_USER_INPUT');
      expect(wrong.errors?.[0]?.extensions?.fields).toEqual([
        { field: 'currentPassword', messages: ['le mot de passe actuel est incorrect'] },
      ]);
      const weak = await platform.gql(
        CHANGE,
        { input: { currentPassword: TEST_PASSWORD, newPassword: 'aaaaaaaaaaaaaaaa' } },
        account.token,
      );
      expect(weak.errors?.[0]?.extensions?.fields).toEqual([
        { field: 'newPassword', messages: ['est trop répétitif'] },
      ]);
      const same = await platform.gql(
        CHANGE,
        { input: { currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD } },
        account.token,
      );
      expect(same.errors?.[0]?.extensions?.fields).toEqual([
        { field: 'newPassword', messages: ["doit être différent de l'actuel"] },
      ]);
      // Nothing changed: the session still works.
      expect((await platform.gqlOk<{ me: { email: string } }>(ME, {}, account.token)).me.email).toBe(
        account.user.email,
      );
    });

    it('ends the other sessions and keeps the browser that made the change logged in', async () => {
      const account = await platform.createStaff(Role.REFERENT);
      const other = await platform.gqlOk<{ login: { token: string } }>(LOGIN, {
        input: { email: account.user.email, password: TEST_PASSWORD },
      });
      const browser = await platform.browserSession(account.user.email, TEST_PASSWORD);
      const response = await browser.gql(CHANGE, {
        input: { currentPassword: TEST_PASSWORD, newPassword: 'une-phrase-toute-neuve' },
      });
      expect(response.errors).toBeUndefined();
      expect(codeOf(await platform.gql(ME, {}, other.login.token))).toBe('UNAUTHENTICATED');
      expect(codeOf(await platform.gql(ME, {}, account.token))).toBe('UNAUTHENTICATED');
      expect((await browser.gql<{ me: { email: string } }>(ME)).data?.me.email).toBe(account.user.email);
    });
  });

  describe('per-account limit of wrong passwords', () => {
    it('makes each attempt wait after five wrong passwords, whatever the address, then lets the right one in', async () => {
      const account = await platform.createStaff(Role.REFERENT);
      const attempt = (password: string, ip: string) =>
        fetch(`${platform.baseUrl}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
          body: JSON.stringify({ query: LOGIN, variables: { input: { email: account.user.email, password } } }),
        }).then((r) => r.json() as Promise<Result>);
      for (let i = 0; i < 5; i++)
        expect(codeOf(await attempt('mauvais-mot-de-passe', `10.0.0.${i}`))).toBe('UNAUTHENTICATED');
      // The right password during the wait is not even checked.
      const waiting = await attempt(TEST_PASSWORD, '10.0.0.99');
      expect(codeOf(waiting)).toBe('RATE_LIMITED');
      expect(waiting.errors?.[0]?.message).toMatch(
        /^Trop de mots de passe erronés pour ce compte : réessayez dans \d+ secondes?\.$/,
      );
      expect(waiting.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThanOrEqual(1);
      // Another account is not affected.
      const colleague = await platform.createStaff(Role.REFERENT);
      await platform.gqlOk(LOGIN, { input: { email: colleague.user.email, password: TEST_PASSWORD } });
      // A delay, not a lockout: once it has passed, the holder logs in.
      await eventually(async () => !(await attempt(TEST_PASSWORD, '10.0.0.100')).errors, 10_000, 250);
    });
  });
});
