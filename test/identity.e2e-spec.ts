import { JwtService } from '@nestjs/jwt';
import { Role } from '@tremplin/core';
import { Territory, User } from '@tremplin/identity';
import { createAssociation } from './support/association-helpers';
import { type StaffAccount, TEST_PASSWORD, TestPlatform } from './support/test-platform';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { token expiresAt user { id email role } } }`;
const ME = `{ me { id email role firstName territory { code } } }`;
const USERS = `query($role: Role, $search: String, $first: Int, $after: String) {
  users(role: $role, search: $search, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { email role } }
  }
}`;
const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { id email role territory { code } } }`;
const CREATE_TERRITORY = `mutation($input: CreateTerritoryInput!) { createTerritory(input: $input) { id code name } }`;
const TERRITORIES = `{ territories(first: 100) { totalCount edges { node { code name } } } }`;

describe('identity (login, users, territories)', () => {
  let platform: TestPlatform;
  let admin: StaffAccount;
  let referent: StaffAccount;
  let coordinator: StaffAccount;
  let associationMember: StaffAccount;

  const codeOf = (result: { errors?: ReadonlyArray<{ extensions?: Record<string, unknown> }> }) =>
    result.errors?.[0]?.extensions?.code;
  const userCount = () => platform.dataSource.getRepository(User).count();

  beforeAll(async () => {
    platform = await TestPlatform.start({ worker: true });
    admin = await platform.createStaff(Role.ADMIN, { email: 'admin@test.tremplin.fr' });
    const territory = await platform.territory('CDS-OYONNAX');
    referent = await platform.createStaff(Role.REFERENT, { territoryId: territory.id });
    coordinator = await platform.createStaff(Role.COORDINATOR);
    ({ member: associationMember } = await createAssociation(platform));
  });

  afterAll(async () => {
    await platform.stop();
  });

  describe('login', () => {
    it('returns a token that opens the session, whatever the case of the email', async () => {
      const { login } = await platform.gqlOk<{ login: { token: string; user: { email: string } } }>(LOGIN, {
        input: { email: '  ADMIN@test.tremplin.fr ', password: TEST_PASSWORD },
      });
      expect(login.user.email).toBe('admin@test.tremplin.fr');
      const { me } = await platform.gqlOk<{ me: { email: string; role: string } }>(ME, {}, login.token);
      expect(me).toMatchObject({ email: 'admin@test.tremplin.fr', role: 'ADMIN' });
    });

    it('gives the same UNAUTHENTICATED answer for a wrong password, an unknown user and a disabled account', async () => {
      const disabled = await platform.createStaff(Role.REFERENT);
      await platform.gqlOk(
        `mutation($id: ID!) { disableUser(id: $id) { disabledAt } }`,
        { id: disabled.user.id },
        admin.token,
      );
      const attempts = [
        { email: 'admin@test.tremplin.fr', password: 'mauvais-mot-de-passe' },
        { email: 'personne@test.tremplin.fr', password: TEST_PASSWORD },
        { email: disabled.user.email, password: TEST_PASSWORD },
      ];
      const results = await Promise.all(attempts.map((input) => platform.gql(LOGIN, { input })));
      for (const result of results) {
        expect(result.data).toBeNull();
        expect(codeOf(result)).toBe('UNAUTHENTICATED');
      }
      expect(new Set(results.map((r) => r.errors?.[0]?.message)).size).toBe(1);
      expect(results[0].errors?.[0]?.message).toBe('Adresse e-mail ou mot de passe incorrect, ou compte désactivé.');
    });

    it('refuses a malformed login input with French field messages', async () => {
      const result = await platform.gql(LOGIN, { input: { email: 'pas-un-email', password: TEST_PASSWORD } });
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.extensions?.fields).toEqual([
        { field: 'email', messages: ['doit être une adresse e-mail valide'] },
      ]);
    });
  });

  describe('sessions', () => {
    it('refuses a missing, forged or expired token with UNAUTHENTICATED', async () => {
      const jwt = platform.api.get(JwtService);
      const expired = await jwt.signAsync({ sub: admin.user.id, role: 'ADMIN' }, { expiresIn: -10 });
      const forged = await new JwtService({ secret: 'un-autre-secret-de-plus-de-32-caracteres' }).signAsync({
        sub: admin.user.id,
        role: 'ADMIN',
      });
      for (const token of [undefined, 'pas-un-jeton', expired, forged]) {
        const result = await platform.gql(ME, {}, token);
        expect(codeOf(result)).toBe('UNAUTHENTICATED');
        expect(result.data).toBeNull();
      }
    });

    it('ends the sessions of a disabled account at once', async () => {
      const staff = await platform.createStaff(Role.COORDINATOR);
      expect((await platform.gql(ME, {}, staff.token)).errors).toBeUndefined();
      await platform.gqlOk(`mutation($id: ID!) { disableUser(id: $id) { id } }`, { id: staff.user.id }, admin.token);
      expect(codeOf(await platform.gql(ME, {}, staff.token))).toBe('UNAUTHENTICATED');
    });

    it('lets every role read its own account', async () => {
      for (const staff of [admin, referent, coordinator, associationMember]) {
        const { me } = await platform.gqlOk<{ me: { id: string } }>(ME, {}, staff.token);
        expect(me.id).toBe(staff.user.id);
      }
    });

    it('refuses an administrator disabling their own account', async () => {
      const result = await platform.gql(
        `mutation($id: ID!) { disableUser(id: $id) { id } }`,
        { id: admin.user.id },
        admin.token,
      );
      expect(codeOf(result)).toBe('FORBIDDEN');
    });
  });

  describe('users', () => {
    it('lets an administrator list, filter and page through users', async () => {
      const firstPage = await platform.gqlOk<{
        users: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: unknown[] };
      }>(USERS, { first: 2 }, admin.token);
      const total = await userCount();
      expect(firstPage.users.totalCount).toBe(total);
      expect(firstPage.users.edges).toHaveLength(2);
      expect(firstPage.users.pageInfo.hasNextPage).toBe(true);
      const secondPage = await platform.gqlOk<{ users: { edges: Array<{ node: { email: string } }> } }>(
        USERS,
        { first: 2, after: firstPage.users.pageInfo.endCursor },
        admin.token,
      );
      expect(secondPage.users.edges.length).toBeGreaterThan(0);
      const coordinators = await platform.gqlOk<{ users: { edges: Array<{ node: { role: string } }> } }>(
        USERS,
        { role: 'COORDINATOR' },
        admin.token,
      );
      expect(coordinators.users.edges.every((e) => e.node.role === 'COORDINATOR')).toBe(true);
    });

    it('refuses the user list to every other role', async () => {
      for (const staff of [referent, coordinator, associationMember]) {
        expect(codeOf(await platform.gql(USERS, {}, staff.token))).toBe('FORBIDDEN');
      }
      expect(codeOf(await platform.gql(USERS, {}))).toBe('UNAUTHENTICATED');
    });

    it('refuses a page size outside 1..100', async () => {
      const result = await platform.gql(USERS, { first: 500 }, admin.token);
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.extensions?.fields).toEqual([
        { field: 'first', messages: ['doit être inférieur ou égal à 100'] },
      ]);
    });
  });

  describe('createUser', () => {
    const valid = () => ({
      email: `nouveau.${Math.random().toString(36).slice(2)}@ain.fr`,
      role: 'REFERENT',
      firstName: 'Élodie',
      lastName: 'Charrière',
    });

    it('lets an administrator open an account whose holder chooses the password from the invitation', async () => {
      const territory = await platform.territory('CDS-BELLEY');
      const input = { ...valid(), territoryId: territory.id };
      const { createUser } = await platform.gqlOk<{ createUser: { email: string; territory: { code: string } } }>(
        CREATE_USER,
        { input },
        admin.token,
      );
      expect(createUser).toMatchObject({ email: input.email, territory: { code: 'CDS-BELLEY' } });
      const mails = await platform.smtp.waitFor((all) => all.some((m) => m.to.includes(input.email)));
      const welcome = mails.find((m) => m.to.includes(input.email));
      expect(welcome?.subject).toBe('Votre compte Tremplin est ouvert : choisissez votre mot de passe');
      expect(welcome?.text).toContain('Bonjour Élodie');
      expect(welcome?.text).toContain(`${platform.baseUrl}/mot-de-passe/nouveau?jeton=`);
      // Nobody set a password: the account cannot log in until its holder chooses one.
      const stored = await platform.dataSource
        .getRepository(User)
        .createQueryBuilder('user')
        .addSelect('user.passwordHash')
        .where('user.email = :email', { email: input.email })
        .getOneOrFail();
      expect(stored.passwordHash).toBeNull();
      expect(stored.passwordSetAt).toBeNull();
    });

    it('refuses account creation to every other role, writing nothing', async () => {
      const before = await userCount();
      for (const staff of [referent, coordinator, associationMember]) {
        expect(codeOf(await platform.gql(CREATE_USER, { input: valid() }, staff.token))).toBe('FORBIDDEN');
      }
      expect(await userCount()).toBe(before);
    });

    it.each([
      ['a malformed email', { email: 'elodie.ain.fr' }, 'email', 'doit être une adresse e-mail valide'],
      ['an oversized first name', { firstName: 'É'.repeat(101) }, 'firstName', 'doit contenir au plus 100 caractères'],
      ['an empty last name', { lastName: '' }, 'lastName', 'doit contenir au moins 1 caractère'],
      [
        'a malformed phone number',
        { phone: '12' },
        'phone',
        'doit être un numéro de téléphone français valide (ex. 04 74 32 32 32)',
      ],
      [
        'an unknown territory',
        { territoryId: '00000000-0000-4000-8000-000000000009' },
        'territoryId',
        'territoire inconnu',
      ],
      [
        'an association member without association',
        { role: 'ASSOCIATION' },
        'associationId',
        'est obligatoire pour un membre d’association',
      ],
      [
        'an association member of an unknown association',
        { role: 'ASSOCIATION', associationId: '00000000-0000-4000-8000-000000000001' },
        'associationId',
        'association inconnue',
      ],
    ])('refuses %s with BAD_USER_INPUT and writes nothing', async (_case, change, field, message) => {
      const before = await userCount();
      const result = await platform.gql(CREATE_USER, { input: { ...valid(), ...change } }, admin.token);
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.extensions?.fields).toEqual([{ field, messages: [message] }]);
      expect(await userCount()).toBe(before);
    });

    it('refuses an unknown role before running anything', async () => {
      const before = await userCount();
      const result = await platform.gql(CREATE_USER, { input: { ...valid(), role: 'SUPERUSER' } }, admin.token);
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toMatch(/^Requête GraphQL invalide : /);
      expect(await userCount()).toBe(before);
    });

    it('refuses an unknown input field, and a password chosen by the administrator', async () => {
      for (const extra of [{ isAdmin: true }, { password: 'une-phrase-de-passe-solide' }]) {
        const result = await platform.gql(CREATE_USER, { input: { ...valid(), ...extra } }, admin.token);
        expect(codeOf(result)).toBe('BAD_USER_INPUT');
      }
    });

    it('refuses a second account with the same email (any case) with CONFLICT', async () => {
      const input = valid();
      await platform.gqlOk(CREATE_USER, { input }, admin.token);
      const before = await userCount();
      const result = await platform.gql(
        CREATE_USER,
        { input: { ...valid(), email: input.email.toUpperCase() } },
        admin.token,
      );
      expect(codeOf(result)).toBe('CONFLICT');
      expect(result.errors?.[0]?.message).toBe('Un compte existe déjà avec cette adresse e-mail.');
      expect(await userCount()).toBe(before);
    });
  });

  describe('territories', () => {
    it('lists the seeded CDS of the Ain to every staff member', async () => {
      for (const staff of [admin, referent, coordinator, associationMember]) {
        const { territories } = await platform.gqlOk<{
          territories: { totalCount: number; edges: Array<{ node: { code: string } }> };
        }>(TERRITORIES, {}, staff.token);
        expect(territories.totalCount).toBeGreaterThanOrEqual(11);
        expect(territories.edges.map((e) => e.node.code)).toContain('CDS-OYONNAX');
      }
      expect(codeOf(await platform.gql(TERRITORIES))).toBe('UNAUTHENTICATED');
    });

    it('lets an administrator create a territory, and only an administrator', async () => {
      const { createTerritory } = await platform.gqlOk<{ createTerritory: { code: string; name: string } }>(
        CREATE_TERRITORY,
        { input: { code: 'CDS-NANTUA', name: 'CDS Nantua' } },
        admin.token,
      );
      expect(createTerritory).toMatchObject({ code: 'CDS-NANTUA', name: 'CDS Nantua' });
      for (const staff of [referent, coordinator, associationMember]) {
        expect(codeOf(await platform.gql(CREATE_TERRITORY, { input: { code: 'CDS-X', name: 'X' } }, staff.token))).toBe(
          'FORBIDDEN',
        );
      }
      expect(await platform.dataSource.getRepository(Territory).countBy({ code: 'CDS-X' })).toBe(0);
    });

    it('refuses a duplicate code and a malformed code', async () => {
      const duplicate = await platform.gql(
        CREATE_TERRITORY,
        { input: { code: 'CDS-OYONNAX', name: 'Autre nom' } },
        admin.token,
      );
      expect(codeOf(duplicate)).toBe('CONFLICT');
      const malformed = await platform.gql(
        CREATE_TERRITORY,
        { input: { code: 'cds oyonnax', name: 'CDS' } },
        admin.token,
      );
      expect(codeOf(malformed)).toBe('BAD_USER_INPUT');
      expect(malformed.errors?.[0]?.extensions?.fields).toEqual([
        { field: 'code', messages: ['doit être en majuscules, chiffres et tirets (2 à 40 caractères)'] },
      ]);
    });
  });
});
