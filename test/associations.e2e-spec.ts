import { Association, AssociationMembership } from '@tremplin/associations';
import { Role } from '@tremplin/core';
import { User } from '@tremplin/identity';
import { createAssociation, randomRna } from './support/association-helpers';
import { type StaffAccount, TestPlatform } from './support/test-platform';

const REGISTER = `mutation($input: RegisterAssociationInput!) {
  registerAssociation(input: $input) {
    id name rna siret status address communeCode email phone
    commune { name } domains { code label } welcomeContact { name email phone }
  }
}`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { token user { role associationId } } }`;
const ASSOCIATION = `query($id: ID!) {
  association(id: $id) { id name status rejectionReason decidedAt welcomeContact { name } members { email role } }
}`;
const ASSOCIATIONS = `query($status: AssociationStatus, $search: String, $domainCode: String, $communeCode: String, $first: Int, $after: String) {
  associations(status: $status, search: $search, domainCode: $domainCode, communeCode: $communeCode, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { id name status } }
  }
}`;
const VALIDATE = `mutation($input: ValidateAssociationInput!) {
  validateAssociation(input: $input) { id status rejectionReason decidedAt }
}`;
const UPDATE = `mutation($id: ID!, $input: UpdateAssociationInput!) {
  updateAssociation(id: $id, input: $input) { id name phone communeCode welcomeContact { name email phone } domains { code } }
}`;

type Errors = { errors?: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }> };
const codeOf = (result: Errors) => result.errors?.[0]?.extensions?.code;
const fieldsOf = (result: Errors) => result.errors?.[0]?.extensions?.fields;

let sequence = 0;
function registration(overrides: Record<string, unknown> = {}) {
  sequence += 1;
  return {
    name: 'Les Restos du Cœur de l’Ain',
    rna: randomRna(),
    address: '5 avenue des Sports',
    communeCode: '01283', // Oyonnax
    email: `contact${sequence}@restos-ain.test`,
    phone: '0474771122',
    domainCodes: ['ALIMENTATION', 'SOLIDARITE_INSERTION'],
    welcomeContact: { name: 'Paul Girod', email: `Accueil${sequence}@restos-ain.test`, phone: '06 11 22 33 44' },
    member: {
      firstName: 'Aline',
      lastName: 'Perret',
      email: `aline.perret${sequence}@restos-ain.test`,
      password: 'un-mot-de-passe-solide',
    },
    ...overrides,
  };
}

describe('associations (registration, validation, upkeep)', () => {
  let platform: TestPlatform;
  let admin: StaffAccount;
  let referent: StaffAccount;
  let coordinator: StaffAccount;

  const counts = async () => ({
    associations: await platform.dataSource.getRepository(Association).count(),
    users: await platform.dataSource.getRepository(User).count(),
  });

  async function register(overrides: Record<string, unknown> = {}) {
    const input = registration(overrides);
    const { registerAssociation } = await platform.gqlOk<{ registerAssociation: { id: string; status: string } }>(
      REGISTER,
      { input },
    );
    const { login } = await platform.gqlOk<{ login: { token: string } }>(LOGIN, {
      input: { email: input.member.email, password: input.member.password },
    });
    return { id: registerAssociation.id, token: login.token, input };
  }

  beforeAll(async () => {
    platform = await TestPlatform.start({ worker: true });
    admin = await platform.createStaff(Role.ADMIN);
    referent = await platform.createStaff(Role.REFERENT);
    coordinator = await platform.createStaff(Role.COORDINATOR);
  });

  afterAll(async () => {
    await platform.stop();
  });

  describe('registerAssociation', () => {
    it('registers the structure as PENDING with its first member, who can sign in at once', async () => {
      const input = registration({ siret: '732 829 320 00074' });
      const result = await platform.gqlOk<{ registerAssociation: Record<string, unknown> }>(REGISTER, { input });
      expect(result.registerAssociation).toMatchObject({
        name: 'Les Restos du Cœur de l’Ain',
        rna: input.rna,
        siret: '73282932000074',
        status: 'PENDING',
        communeCode: '01283',
        phone: '04 74 77 11 22',
        commune: { name: 'Oyonnax' },
        domains: [{ code: 'ALIMENTATION' }, { code: 'SOLIDARITE_INSERTION' }],
        welcomeContact: {
          name: 'Paul Girod',
          email: input.welcomeContact.email.toLowerCase(),
          phone: '06 11 22 33 44',
        },
      });
      const id = result.registerAssociation.id as string;
      const member = await platform.dataSource.getRepository(User).findOneByOrFail({ email: input.member.email });
      expect(member).toMatchObject({ role: 'ASSOCIATION', associationId: id, firstName: 'Aline' });

      const { login } = await platform.gqlOk<{ login: { token: string; user: Record<string, unknown> } }>(LOGIN, {
        input: { email: input.member.email, password: input.member.password },
      });
      expect(login.user).toEqual({ role: 'ASSOCIATION', associationId: id });
      const own = await platform.gqlOk<{ association: { members: Array<{ email: string }> } }>(
        ASSOCIATION,
        { id },
        login.token,
      );
      expect(own.association.members).toEqual([{ email: input.member.email, role: 'ASSOCIATION' }]);
      const membership = platform.api.get(AssociationMembership);
      expect(await membership.isMember(member.id, id)).toBe(true);
      expect(await membership.isMember(admin.user.id, id)).toBe(false);

      const [mail] = await platform.smtp.waitFor((all) => all.some((m) => m.to.includes(input.member.email)));
      const sent = platform.smtp.to(input.member.email);
      expect(sent).toHaveLength(1);
      expect(sent[0].subject).toBe('Inscription des Restos du Cœur de l’Ain sur Tremplin : en attente de validation');
      expect(sent[0].text).toContain('préparer vos fiches mission');
      expect(mail).toBeDefined();
    });

    it('accepts a SIRET of La Poste (digit sum multiple of 5) without RNA', async () => {
      const result = await platform.gqlOk<{ registerAssociation: { siret: string; rna: string | null } }>(REGISTER, {
        input: registration({ rna: null, siret: '35600000010000' }),
      });
      expect(result.registerAssociation).toMatchObject({ siret: '35600000010000', rna: null });
    });

    it.each([
      [
        'an RNA without the W',
        { rna: '011234567' },
        'rna',
        'doit être un numéro RNA : la lettre W suivie de 9 chiffres (ex. W011234567)',
      ],
      [
        'a SIRET with a wrong key',
        { siret: '73282932000075' },
        'siret',
        "n'est pas un numéro SIRET valide (clé de contrôle incorrecte)",
      ],
      [
        'a SIRET of 13 digits',
        { rna: null, siret: '7328293200007' },
        'siret',
        'doit être un numéro SIRET de 14 chiffres',
      ],
      [
        'neither RNA nor SIRET',
        { rna: null, siret: null },
        'rna',
        'numéro RNA ou SIRET obligatoire (au moins l’un des deux)',
      ],
      ['an unknown commune', { communeCode: '69123' }, 'communeCode', "commune inconnue dans l'Ain (69123)"],
      ['an unknown domain', { domainCodes: ['ASTRONOMIE'] }, 'domainCodes', 'domaine inconnu : ASTRONOMIE'],
      ['an empty name', { name: ' ' }, 'name', 'doit contenir au moins 2 caractères'],
      ['a name over 150 characters', { name: 'A'.repeat(151) }, 'name', 'doit contenir au plus 150 caractères'],
      [
        'a description over 2000 characters',
        { description: 'é'.repeat(2001) },
        'description',
        'doit contenir au plus 2000 caractères',
      ],
      [
        'a malformed phone',
        { phone: '12 34' },
        'phone',
        'doit être un numéro de téléphone français valide (ex. 04 74 32 32 32)',
      ],
      [
        'a malformed welcome contact email',
        { welcomeContact: { name: 'Paul Girod', email: 'paul@' } },
        'welcomeContact.email',
        'doit être une adresse e-mail valide (par exemple contact@association.fr)',
      ],
    ])('refuses %s with BAD_USER_INPUT and writes nothing', async (_case, change, field, message) => {
      const before = await counts();
      const result = await platform.gql(REGISTER, { input: registration(change) });
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(result)).toEqual([{ field, messages: [message] }]);
      expect(await counts()).toEqual(before);
    });

    it('refuses a weak member password with a French message, and writes nothing', async () => {
      const before = await counts();
      const input = registration();
      const result = await platform.gql(REGISTER, {
        input: { ...input, member: { ...input.member, password: 'aaaaaaaaaaaaaaaa' } },
      });
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(result)).toEqual([{ field: 'member.password', messages: ['est trop répétitif'] }]);
      expect(await counts()).toEqual(before);
    });

    it('reports every invalid field at once', async () => {
      const result = await platform.gql(REGISTER, {
        input: registration({ rna: 'W12', communeCode: '99999', domainCodes: ['X'] }),
      });
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect((fieldsOf(result) as Array<{ field: string }>).map((f) => f.field)).toEqual([
        'rna',
        'communeCode',
        'domainCodes',
      ]);
      expect(result.errors?.[0]?.message).toMatch(/^Données invalides : rna : /);
    });

    it('refuses a second registration with the same RNA, or the email of an existing account (CONFLICT, nothing written)', async () => {
      const first = await register();
      const before = await counts();
      const sameRna = await platform.gql(REGISTER, { input: registration({ rna: first.input.rna }) });
      expect(codeOf(sameRna)).toBe('CONFLICT');
      expect(sameRna.errors?.[0]?.message).toBe('Une association est déjà inscrite avec ce numéro RNA.');
      // Named by field, so that the sign-up form shows it next to the number.
      expect(sameRna.errors?.[0]?.extensions?.fields).toEqual([
        { field: 'rna', messages: ['Une association est déjà inscrite avec ce numéro RNA.'] },
      ]);
      const input = registration();
      const sameEmail = await platform.gql(REGISTER, {
        input: { ...input, member: { ...input.member, email: first.input.member.email.toUpperCase() } },
      });
      expect(codeOf(sameEmail)).toBe('CONFLICT');
      expect(sameEmail.errors?.[0]?.message).toBe('Un compte Tremplin existe déjà avec l’adresse e-mail du membre.');
      expect(sameEmail.errors?.[0]?.extensions?.fields).toEqual([
        { field: 'member.email', messages: ['Un compte Tremplin existe déjà avec l’adresse e-mail du membre.'] },
      ]);
      expect(await counts()).toEqual(before);
    });
  });

  describe('validateAssociation', () => {
    it('is for the service Insertion only', async () => {
      const { id, token } = await register();
      for (const who of [referent.token, coordinator.token, token]) {
        const result = await platform.gql(VALIDATE, { input: { associationId: id, decision: 'VALIDATED' } }, who);
        expect(codeOf(result)).toBe('FORBIDDEN');
      }
      const anonymous = await platform.gql(VALIDATE, { input: { associationId: id, decision: 'VALIDATED' } });
      expect(codeOf(anonymous)).toBe('UNAUTHENTICATED');
      const { association } = await platform.gqlOk<{ association: { status: string } }>(
        ASSOCIATION,
        { id },
        admin.token,
      );
      expect(association.status).toBe('PENDING');
    });

    it('validates a pending association, tells its members, and refuses to decide it again', async () => {
      const { id, input } = await register();
      const { validateAssociation } = await platform.gqlOk<{ validateAssociation: Record<string, unknown> }>(
        VALIDATE,
        { input: { associationId: id, decision: 'VALIDATED' } },
        admin.token,
      );
      expect(validateAssociation).toMatchObject({ status: 'VALIDATED', rejectionReason: null });
      expect(validateAssociation.decidedAt).toEqual(expect.any(String));
      const mails = await platform.smtp.waitFor((all) =>
        all.some((m) => m.to.includes(input.member.email) && m.subject.includes('est validée')),
      );
      expect(mails.find((m) => m.subject === 'Les Restos du Cœur de l’Ain est validée sur Tremplin')).toBeDefined();

      for (const decision of ['VALIDATED', 'REJECTED']) {
        const again = await platform.gql(
          VALIDATE,
          { input: { associationId: id, decision, reason: 'Doublon' } },
          admin.token,
        );
        expect(codeOf(again)).toBe('INVALID_TRANSITION');
        expect(again.errors?.[0]?.message).toMatch(/^L'association est au statut « Validée » : /);
      }
    });

    it('rejects with a reason (required), emailed to the member; a rejected association can be validated later', async () => {
      const { id, input, token } = await register();
      const withoutReason = await platform.gql(
        VALIDATE,
        { input: { associationId: id, decision: 'REJECTED', reason: '  ' } },
        admin.token,
      );
      expect(codeOf(withoutReason)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(withoutReason)).toEqual([{ field: 'reason', messages: ['le motif du refus est obligatoire'] }]);

      const reason = 'Le numéro RNA ne correspond pas à votre association : merci de le vérifier.';
      const { validateAssociation } = await platform.gqlOk<{ validateAssociation: Record<string, unknown> }>(
        VALIDATE,
        { input: { associationId: id, decision: 'REJECTED', reason } },
        admin.token,
      );
      expect(validateAssociation).toMatchObject({ status: 'REJECTED', rejectionReason: reason });
      const own = await platform.gqlOk<{ association: { status: string; rejectionReason: string } }>(
        ASSOCIATION,
        { id },
        token,
      );
      expect(own.association).toMatchObject({ status: 'REJECTED', rejectionReason: reason });
      const mails = await platform.smtp.waitFor((all) =>
        all.some((m) => m.to.includes(input.member.email) && m.subject.includes("n'a pas été validée")),
      );
      const mail = mails.find((m) => m.to.includes(input.member.email) && m.subject.includes("n'a pas été validée"));
      expect(mail?.text).toContain(reason);

      const later = await platform.gqlOk<{ validateAssociation: Record<string, unknown> }>(
        VALIDATE,
        { input: { associationId: id, decision: 'VALIDATED' } },
        admin.token,
      );
      expect(later.validateAssociation).toMatchObject({ status: 'VALIDATED', rejectionReason: null });
    });

    it('answers NOT_FOUND for an unknown association', async () => {
      const result = await platform.gql(
        VALIDATE,
        { input: { associationId: '00000000-0000-4000-8000-0000000000aa', decision: 'VALIDATED' } },
        admin.token,
      );
      expect(codeOf(result)).toBe('NOT_FOUND');
    });
  });

  describe('updateAssociation', () => {
    it('lets a member edit their own structure; only the fields sent change', async () => {
      const { id, token } = await register();
      const { updateAssociation } = await platform.gqlOk<{ updateAssociation: Record<string, unknown> }>(
        UPDATE,
        {
          id,
          input: {
            phone: '04.74.00.11.22',
            communeCode: '01004',
            welcomeContact: { name: 'Lucie Bonnet', email: 'LUCIE@restos-ain.test' },
            domainCodes: ['SOLIDARITE_INSERTION'],
          },
        },
        token,
      );
      expect(updateAssociation).toEqual({
        id,
        name: 'Les Restos du Cœur de l’Ain',
        phone: '04 74 00 11 22',
        communeCode: '01004',
        welcomeContact: { name: 'Lucie Bonnet', email: 'lucie@restos-ain.test', phone: null },
        domains: [{ code: 'SOLIDARITE_INSERTION' }],
      });
    });

    it("refuses another association's structure (FORBIDDEN, nothing changed)", async () => {
      const mine = await register();
      const theirs = await register({ name: 'Secours populaire de Belley' });
      const result = await platform.gql(UPDATE, { id: theirs.id, input: { name: 'Piratée' } }, mine.token);
      expect(codeOf(result)).toBe('FORBIDDEN');
      expect(result.data).toBeNull();
      const stored = await platform.dataSource.getRepository(Association).findOneByOrFail({ id: theirs.id });
      expect(stored.name).toBe('Secours populaire de Belley');
    });

    it('refuses bad input with French messages, and a null for a required field', async () => {
      const { id, token } = await register();
      const unknownCommune = await platform.gql(UPDATE, { id, input: { communeCode: '75056' } }, token);
      expect(codeOf(unknownCommune)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(unknownCommune)).toEqual([
        { field: 'communeCode', messages: ["commune inconnue dans l'Ain (75056)"] },
      ]);
      const nullName = await platform.gql(UPDATE, { id, input: { name: null } }, token);
      expect(codeOf(nullName)).toBe('BAD_USER_INPUT');
      const stored = await platform.dataSource.getRepository(Association).findOneByOrFail({ id });
      expect(stored.communeCode).toBe('01283');
    });

    it('is closed to referents and coordinators', async () => {
      const { id } = await register();
      for (const who of [referent, coordinator]) {
        expect(codeOf(await platform.gql(UPDATE, { id, input: { name: 'Autre' } }, who.token))).toBe('FORBIDDEN');
      }
    });
  });

  describe('association / associations', () => {
    it('shows a member their own association only', async () => {
      const mine = await register();
      const theirs = await register();
      const other = await platform.gql(ASSOCIATION, { id: theirs.id }, mine.token);
      expect(codeOf(other)).toBe('FORBIDDEN');
      expect(other.data).toBeNull();
      const { associations } = await platform.gqlOk<{
        associations: { totalCount: number; edges: Array<{ node: { id: string } }> };
      }>(ASSOCIATIONS, { first: 100 }, mine.token);
      expect(associations.totalCount).toBe(1);
      expect(associations.edges.map((e) => e.node.id)).toEqual([mine.id]);
    });

    it('shows referents validated associations only, without their members', async () => {
      const pending = await register({ name: 'Association en attente' });
      const { association: validated } = await createAssociation(platform, { name: 'Association validée' });
      expect(codeOf(await platform.gql(ASSOCIATION, { id: pending.id }, referent.token))).toBe('FORBIDDEN');
      const { association } = await platform.gqlOk<{ association: { members: unknown } }>(
        ASSOCIATION,
        { id: validated.id },
        referent.token,
      );
      expect(association.members).toBeNull();
      const { associations } = await platform.gqlOk<{ associations: { edges: Array<{ node: { status: string } }> } }>(
        ASSOCIATIONS,
        { first: 100 },
        referent.token,
      );
      expect(associations.edges.length).toBeGreaterThan(0);
      expect(new Set(associations.edges.map((e) => e.node.status))).toEqual(new Set(['VALIDATED']));
    });

    it('filters by status, domain, commune and name (accents ignored) for the service Insertion', async () => {
      await createAssociation(platform, {
        name: 'Épicerie sociale de Gex',
        communeCode: '01173',
        domainCodes: ['ALIMENTATION'],
      });
      await createAssociation(platform, {
        name: 'Club de foot de Gex',
        communeCode: '01173',
        domainCodes: ['SPORT'],
        status: 'PENDING' as never,
      });
      const search = await platform.gqlOk<{ associations: { edges: Array<{ node: { name: string } }> } }>(
        ASSOCIATIONS,
        { search: 'epicerie sociale' },
        admin.token,
      );
      expect(search.associations.edges.map((e) => e.node.name)).toEqual(['Épicerie sociale de Gex']);
      const gexPending = await platform.gqlOk<{ associations: { edges: Array<{ node: { name: string } }> } }>(
        ASSOCIATIONS,
        { communeCode: '01173', status: 'PENDING' },
        coordinator.token,
      );
      expect(gexPending.associations.edges.map((e) => e.node.name)).toEqual(['Club de foot de Gex']);
      const sport = await platform.gqlOk<{ associations: { edges: Array<{ node: { name: string } }> } }>(
        ASSOCIATIONS,
        { domainCode: 'SPORT', communeCode: '01173' },
        admin.token,
      );
      expect(sport.associations.edges.map((e) => e.node.name)).toEqual(['Club de foot de Gex']);
    });

    it('pages through the list with Relay cursors, each association once', async () => {
      const total = (
        await platform.gqlOk<{ associations: { totalCount: number } }>(ASSOCIATIONS, { first: 1 }, admin.token)
      ).associations.totalCount;
      expect(total).toBeGreaterThan(5);
      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      for (;;) {
        const page: {
          associations: {
            pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string };
            edges: Array<{ node: { id: string } }>;
          };
        } = await platform.gqlOk(ASSOCIATIONS, { first: 4, after }, admin.token);
        expect(page.associations.pageInfo.hasPreviousPage).toBe(after !== null);
        seen.push(...page.associations.edges.map((e) => e.node.id));
        pages += 1;
        if (!page.associations.pageInfo.hasNextPage) break;
        after = page.associations.pageInfo.endCursor;
      }
      expect(seen).toHaveLength(total);
      expect(new Set(seen).size).toBe(total);
      expect(pages).toBe(Math.ceil(total / 4));
      const badCursor = await platform.gql(ASSOCIATIONS, { after: 'pas-un-curseur' }, admin.token);
      expect(codeOf(badCursor)).toBe('BAD_USER_INPUT');
    });
  });
});
