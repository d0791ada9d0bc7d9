import { LOGBOOK_ENTRY_TYPE_LABELS } from '@tremplin/beneficiaries';
import { FakeClock } from '@tremplin/core';
import {
  BELLEY,
  BENEFICIARY_FIELDS,
  BeneficiaryView,
  CREATE_BENEFICIARY,
  Cast,
  LOGBOOK,
  OYONNAX,
  UPDATE_PROFILE,
  beneficiaryInput,
  createBeneficiary,
  createCast,
  expectRefusedWithoutWrite,
  fieldsOf,
  fingerprint,
  uniqueLastName,
} from './support/beneficiary-helpers';
import { TestPlatform } from './support/test-platform';

const BENEFICIARY = `query($id: ID!) { beneficiary(id: $id) { ${BENEFICIARY_FIELDS} } }`;
const BENEFICIARIES = `query($first: Int, $after: String, $territoryId: ID, $referentId: ID, $orientationStatus: OrientationStatus,
    $status: BeneficiaryStatus, $overdue: Boolean, $volunteeringConsent: Boolean, $search: String) {
  beneficiaries(first: $first, after: $after, territoryId: $territoryId, referentId: $referentId,
      orientationStatus: $orientationStatus, status: $status, overdue: $overdue,
      volunteeringConsent: $volunteeringConsent, search: $search) {
    totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { node { id lastName firstName } } } }`;
const GIVE_CONSENT = `mutation($id: ID!) { giveVolunteeringConsent(beneficiaryId: $id) { volunteeringConsent { given givenAt withdrawnAt } } }`;
const WITHDRAW_CONSENT = `mutation($id: ID!) { withdrawVolunteeringConsent(beneficiaryId: $id) { volunteeringConsent { given givenAt withdrawnAt } } }`;
const CHANGE_STATUS = `mutation($input: ChangeBeneficiaryStatusInput!) { changeBeneficiaryStatus(input: $input) { status deadlines { overdue } } }`;
const ADD_NOTE = `mutation($input: AddLogbookNoteInput!) {
  addLogbookNote(input: $input) { id type summary confidential occurredAt author { id } } }`;
const ACCESS_LOG = `query($beneficiaryId: ID) { sensitiveDataAccessLog(beneficiaryId: $beneficiaryId) {
  totalCount edges { node { beneficiaryId dataKind dataKindLabel recordId accessedAt user { id } } } } }`;

describe('beneficiaries', () => {
  const clock = new FakeClock('2026-03-02T08:00:00.000Z');
  let platform: TestPlatform;
  let cast: Cast;

  beforeAll(async () => {
    platform = await TestPlatform.start({ clock, worker: false });
    cast = await createCast(platform);
  });
  afterAll(async () => {
    await platform.stop();
  });

  describe('createBeneficiary', () => {
    it('opens the file of a referent’s new beneficiary, with a compact profile and the first logbook entry', async () => {
      const created = await createBeneficiary(platform, cast.referent);
      expect(created).toMatchObject({
        firstName: 'Karima',
        birthDate: '1988-05-14',
        age: 37,
        email: 'karima.essai@example.org',
        phone: '06 39 98 12 34',
        rsaEntryDate: '2026-02-10',
        status: 'ACTIVE',
        orientationStatus: 'PENDING_DIAGNOSTIC',
        commune: { inseeCode: OYONNAX, latitude: 46.26112, longitude: 5.65253 },
        territory: { code: 'CDS-OYONNAX' },
        referent: { id: cast.referent.user.id },
        mobility: {
          modes: ['WALKING', 'PUBLIC_TRANSPORT'],
          hasDrivingLicence: false,
          hasVehicle: false,
          maxDistanceKm: 12,
          description: 'à pied, en transports en commun ; jusqu’à 12 km',
        },
        availability: [
          { day: 'TUESDAY', part: 'MORNING' },
          { day: 'THURSDAY', part: 'MORNING' },
        ],
        availabilityDescription: 'mardi et jeudi matin',
        interests: [{ code: 'ALIMENTATION' }, { code: 'SOLIDARITE_INSERTION' }],
        targetJobs: [{ romeCode: 'K2204' }],
        competencies: [{ code: 'SE_EQUIPE' }, { code: 'TR_ACCUEIL' }],
        frenchLevel: 'B2',
        volunteeringConsent: { given: false, givenAt: null },
        viewerCanEdit: true,
        viewerCanReadSensitive: true,
        deadlines: {
          overdue: false,
          orientation: { dueOn: '2026-03-10', state: 'UPCOMING', daysLeft: 8 },
          accompaniment: { dueOn: '2026-04-10', state: 'UPCOMING' },
        },
      });
      const [row] = (await platform.dataSource.query(
        `SELECT mobility_modes, availability_mask, orientation_due_on::text AS due, accompaniment_due_on::text AS due2,
                created_by_id FROM beneficiary WHERE id = $1`,
        [created.id],
      )) as Array<Record<string, unknown>>;
      expect(row).toEqual({
        mobility_modes: 0b0101,
        availability_mask: (1 << 3) | (1 << 9),
        due: '2026-03-10',
        due2: '2026-04-10',
        created_by_id: cast.referent.user.id,
      });
      const logbook = await platform.gqlOk<{ logbook: { edges: Array<{ node: Record<string, unknown> }> } }>(
        LOGBOOK,
        { beneficiaryId: created.id },
        cast.referent.token,
      );
      expect(logbook.logbook.edges.map((e) => e.node)).toEqual([
        expect.objectContaining({
          type: 'ENTRY',
          typeLabel: 'Entrée dans le dispositif',
          summary: 'Entrée dans le dispositif RSA le 10/02/2026 ; dossier ouvert sur Tremplin.',
          occurredAt: '2026-02-09T23:00:00.000Z',
          author: { id: cast.referent.user.id },
        }),
      ]);
    });

    it('records a consent given at creation, dated, in the logbook too', async () => {
      const created = await createBeneficiary(platform, cast.referent, { volunteeringConsent: true });
      expect(created.volunteeringConsent).toEqual({
        given: true,
        givenAt: clock.now().toISOString(),
        withdrawnAt: null,
      });
      const logbook = await platform.gqlOk<{ logbook: { edges: Array<{ node: { type: string } }> } }>(
        LOGBOOK,
        { beneficiaryId: created.id },
        cast.referent.token,
      );
      expect(logbook.logbook.edges.map((e) => e.node.type).sort()).toEqual(['CONSENT_GIVEN', 'ENTRY']);
    });

    it('lets the admin name any active referent, or none', async () => {
      const named = await createBeneficiary(platform, cast.admin, { referentId: cast.colleague.user.id });
      expect(named.referent).toEqual({ id: cast.colleague.user.id });
      const unassigned = await createBeneficiary(platform, cast.admin, { communeCode: BELLEY });
      expect(unassigned.referent).toBeNull();
      expect(unassigned.territory.code).toBe('CDS-BELLEY');
    });

    it('refuses a referent opening a file for another referent, and associations and coordinators', async () => {
      const forOther = await expectRefusedWithoutWrite(platform, 'FORBIDDEN', () =>
        platform.gql(
          CREATE_BENEFICIARY,
          { input: beneficiaryInput({ referentId: cast.colleague.user.id }) },
          cast.referent.token,
        ),
      );
      expect(forOther.errors?.[0]?.message).toMatch(/pour lui-même/);
      for (const account of [cast.association, cast.coordinator]) {
        await expectRefusedWithoutWrite(platform, 'FORBIDDEN', () =>
          platform.gql(CREATE_BENEFICIARY, { input: beneficiaryInput() }, account.token),
        );
      }
      await expectRefusedWithoutWrite(platform, 'UNAUTHENTICATED', () =>
        platform.gql(CREATE_BENEFICIARY, { input: beneficiaryInput() }),
      );
    });

    describe('bad input: a coded French error and nothing written', () => {
      const cases: Array<[string, Record<string, unknown>, string, RegExp]> = [
        ['a person under 18', { birthDate: '2008-03-03' }, 'birthDate', /au moins 18 ans/],
        ['a person over 100', { birthDate: '1925-03-01' }, 'birthDate', /plus de 100 ans/],
        ['a birth date in the future', { birthDate: '2026-03-03' }, 'birthDate', /futur/],
        ['a malformed email', { email: 'karima@' }, 'email', /adresse e-mail valide/],
        ['a malformed phone', { phone: '06 12 34' }, 'phone', /téléphone français valide/],
        ['a foreign phone', { phone: '+44 20 7946 0000' }, 'phone', /téléphone français valide/],
        ['an unknown commune', { communeCode: '75056' }, 'communeCode', /commune inconnue dans l'Ain \(75056\)/],
        ['a malformed commune code', { communeCode: '1283' }, 'communeCode', /code INSEE à 5 caractères/],
        ['an unknown job', { targetJobCodes: ['K2204', 'Z9999'] }, 'targetJobCodes', /métier inconnu : Z9999/],
        ['an unknown domain', { interestDomainCodes: ['JARDINAGE_LUNAIRE'] }, 'interestDomainCodes', /domaine inconnu/],
        ['an unknown competency', { competencyCodes: ['SE_VOLER'] }, 'competencyCodes', /compétence inconnue/],
        ['an entry in the RSA in the future', { rsaEntryDate: '2026-03-03' }, 'rsaEntryDate', /futur/],
        ['an entry before the RSA existed', { rsaEntryDate: '2008-12-01' }, 'rsaEntryDate', /création du RSA/],
        [
          'an entry before the age of 18',
          { birthDate: '2007-06-01', rsaEntryDate: '2025-05-01' },
          'rsaEntryDate',
          /18 ans/,
        ],
        ['a name with digits', { firstName: 'K4rima' }, 'firstName', /lettres/],
        ['an empty name', { lastName: '' }, 'lastName', /au moins 1 caractère/],
        [
          'a distance beyond 150 km',
          { mobility: { modes: ['CAR'], hasDrivingLicence: true, hasVehicle: true, maxDistanceKm: 400 } },
          'mobility.maxDistanceKm',
          /inférieur ou égal à 150/,
        ],
        [
          'a mobility mode twice',
          { mobility: { modes: ['CAR', 'CAR'], hasDrivingLicence: true, hasVehicle: true } },
          'mobility.modes',
          /doublons/,
        ],
      ];
      it.each(cases)('refuses %s', async (_label, overrides, field, message) => {
        const result = await expectRefusedWithoutWrite(platform, 'BAD_USER_INPUT', () =>
          platform.gql(CREATE_BENEFICIARY, { input: beneficiaryInput(overrides) }, cast.referent.token),
        );
        expect(fieldsOf(result)).toContain(field);
        expect(result.errors?.[0]?.message).toMatch(message);
      });

      it('reports every invalid field at once', async () => {
        const result = await expectRefusedWithoutWrite(platform, 'BAD_USER_INPUT', () =>
          platform.gql(
            CREATE_BENEFICIARY,
            { input: beneficiaryInput({ birthDate: '2010-01-01', communeCode: '75056', targetJobCodes: ['Z9999'] }) },
            cast.referent.token,
          ),
        );
        expect(fieldsOf(result).sort()).toEqual(['birthDate', 'communeCode', 'targetJobCodes']);
      });

      it('refuses a malformed date before any resolver runs', async () => {
        const result = await expectRefusedWithoutWrite(platform, 'BAD_USER_INPUT', () =>
          platform.gql(
            CREATE_BENEFICIARY,
            { input: beneficiaryInput({ birthDate: '1988-02-30' }) },
            cast.referent.token,
          ),
        );
        expect(result.errors?.[0]?.message).toMatch(/Date invalide/);
      });

      it('refuses a naming of a referent that is not an active referent account', async () => {
        for (const referentId of [cast.coordinator.user.id, '00000000-0000-4000-8000-000000000000']) {
          const result = await expectRefusedWithoutWrite(platform, 'BAD_USER_INPUT', () =>
            platform.gql(CREATE_BENEFICIARY, { input: beneficiaryInput({ referentId }) }, cast.admin.token),
          );
          expect(fieldsOf(result)).toEqual(['referentId']);
        }
      });

      it('refuses a second file for the same person, accents and case aside', async () => {
        const lastName = uniqueLastName('Hélène');
        await createBeneficiary(platform, cast.referent, { firstName: 'Élodie', lastName, birthDate: '1990-01-01' });
        const result = await expectRefusedWithoutWrite(platform, 'CONFLICT', () =>
          platform.gql(
            CREATE_BENEFICIARY,
            {
              input: beneficiaryInput({
                firstName: 'elodie',
                lastName: lastName.toUpperCase(),
                birthDate: '1990-01-01',
              }),
            },
            cast.colleague.token,
          ),
        );
        expect(result.errors?.[0]?.message).toBe(
          'Un dossier existe déjà pour une personne portant ces nom, prénom et date de naissance.',
        );
      });
    });
  });

  describe('beneficiary', () => {
    let file: BeneficiaryView;
    beforeAll(async () => {
      file = await createBeneficiary(platform, cast.referent);
    });

    it('is readable by the referent, the territory manager and the admin', async () => {
      for (const account of [cast.referent, cast.manager, cast.admin]) {
        const data = await platform.gqlOk<{ beneficiary: BeneficiaryView }>(
          BENEFICIARY,
          { id: file.id },
          account.token,
        );
        expect(data.beneficiary.id).toBe(file.id);
      }
      const asManager = await platform.gqlOk<{ beneficiary: BeneficiaryView }>(
        BENEFICIARY,
        { id: file.id },
        cast.manager.token,
      );
      expect(asManager.beneficiary).toMatchObject({ viewerCanEdit: false, viewerCanReadSensitive: false });
    });

    it('is refused to other referents, managers of other territories, associations and coordinators', async () => {
      for (const account of [
        cast.colleague,
        cast.otherManager,
        cast.belleyReferent,
        cast.association,
        cast.coordinator,
      ]) {
        const result = await platform.gql(BENEFICIARY, { id: file.id }, account.token);
        expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        expect(result.data).toBeNull();
      }
    });

    it('answers NOT_FOUND for an unknown id and BAD_USER_INPUT for a malformed one', async () => {
      const unknown = await platform.gql(BENEFICIARY, { id: '00000000-0000-4000-8000-000000000000' }, cast.admin.token);
      expect(unknown.errors?.[0]).toMatchObject({
        message: 'Bénéficiaire introuvable.',
        extensions: { code: 'NOT_FOUND' },
      });
      const malformed = await platform.gql(BENEFICIARY, { id: 'not-a-uuid' }, cast.admin.token);
      expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('beneficiaries', () => {
    let mine: BeneficiaryView[];
    let colleagues: BeneficiaryView;
    let belley: BeneficiaryView;
    beforeAll(async () => {
      mine = [];
      for (const firstName of ['Anaïs', 'Bruno', 'Cédric']) {
        mine.push(await createBeneficiary(platform, cast.referent, { firstName, lastName: uniqueLastName('Listé') }));
      }
      colleagues = await createBeneficiary(platform, cast.colleague, { lastName: uniqueLastName('Collègue') });
      belley = await createBeneficiary(platform, cast.belleyReferent, {
        communeCode: BELLEY,
        lastName: uniqueLastName('Bugiste'),
      });
    });

    type List = {
      beneficiaries: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: Array<{ node: { id: string } }>;
      };
    };
    const ids = (data: List) => data.beneficiaries.edges.map((e) => e.node.id);

    it('shows a referent only the people they follow', async () => {
      const data = await platform.gqlOk<List>(BENEFICIARIES, { first: 100 }, cast.referent.token);
      expect(ids(data)).toEqual(expect.arrayContaining(mine.map((b) => b.id)));
      expect(ids(data)).not.toContain(colleagues.id);
      expect(ids(data)).not.toContain(belley.id);
    });

    it('shows a territory manager the files of their territory only, and the admin everything', async () => {
      const manager = ids(await platform.gqlOk<List>(BENEFICIARIES, { first: 100 }, cast.manager.token));
      expect(manager).toEqual(expect.arrayContaining([...mine.map((b) => b.id), colleagues.id]));
      expect(manager).not.toContain(belley.id);
      const admin = ids(await platform.gqlOk<List>(BENEFICIARIES, { first: 100 }, cast.admin.token));
      expect(admin).toEqual(expect.arrayContaining([...mine.map((b) => b.id), colleagues.id, belley.id]));
    });

    it('filters by territory, referent, orientation status, status and consent', async () => {
      const byTerritory = await platform.gqlOk<List>(
        BENEFICIARIES,
        { first: 100, territoryId: belley.territory.id },
        cast.admin.token,
      );
      expect(ids(byTerritory)).toContain(belley.id);
      expect(ids(byTerritory)).not.toContain(colleagues.id);
      const byReferent = await platform.gqlOk<List>(
        BENEFICIARIES,
        { first: 100, referentId: cast.colleague.user.id },
        cast.admin.token,
      );
      expect(ids(byReferent)).toContain(colleagues.id);
      expect(ids(byReferent).some((id) => mine.some((b) => b.id === id))).toBe(false);
      const pending = await platform.gqlOk<List>(
        BENEFICIARIES,
        { first: 100, orientationStatus: 'ORIENTED', referentId: cast.colleague.user.id },
        cast.admin.token,
      );
      expect(pending.beneficiaries.totalCount).toBe(0);
      const suspended = await platform.gqlOk<List>(
        BENEFICIARIES,
        { first: 100, status: 'SUSPENDED' },
        cast.referent.token,
      );
      expect(ids(suspended)).not.toContain(mine[0].id);
      const consenting = await platform.gqlOk<List>(
        BENEFICIARIES,
        { first: 100, volunteeringConsent: true },
        cast.referent.token,
      );
      expect(ids(consenting)).not.toContain(mine[0].id);
    });

    it('searches names without accents or case, first name first or last name first', async () => {
      const lastName = mine[0].lastName;
      for (const search of ['anais', `${lastName.toUpperCase()} anaïs`, `Anais ${lastName.slice(0, 8)}`]) {
        const data = await platform.gqlOk<List>(BENEFICIARIES, { first: 100, search }, cast.referent.token);
        expect(ids(data)).toContain(mine[0].id);
        expect(ids(data)).not.toContain(mine[1].id);
      }
      const wildcard = await platform.gqlOk<List>(BENEFICIARIES, { first: 100, search: '%' }, cast.referent.token);
      expect(wildcard.beneficiaries.totalCount).toBe(0);
    });

    it('pages through the results with cursors', async () => {
      const first = await platform.gqlOk<List>(BENEFICIARIES, { first: 2 }, cast.referent.token);
      expect(first.beneficiaries.edges).toHaveLength(2);
      expect(first.beneficiaries.pageInfo.hasNextPage).toBe(true);
      const next = await platform.gqlOk<List>(
        BENEFICIARIES,
        { first: 2, after: first.beneficiaries.pageInfo.endCursor },
        cast.referent.token,
      );
      expect(ids(next).some((id) => ids(first).includes(id))).toBe(false);
      expect(next.beneficiaries.totalCount).toBe(first.beneficiaries.totalCount);
    });

    it('refuses associations and coordinators, and pages of more than 100', async () => {
      for (const account of [cast.association, cast.coordinator]) {
        const result = await platform.gql(BENEFICIARIES, { first: 10 }, account.token);
        expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        expect(result.data).toBeNull();
      }
      const tooMany = await platform.gql(BENEFICIARIES, { first: 101 }, cast.admin.token);
      expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('updateBeneficiaryProfile', () => {
    let file: BeneficiaryView;
    beforeEach(async () => {
      file = await createBeneficiary(platform, cast.referent);
    });

    it('changes only the fields sent; null clears an optional field; a new commune moves the territory', async () => {
      const data = await platform.gqlOk<{ updateBeneficiaryProfile: BeneficiaryView }>(
        UPDATE_PROFILE,
        {
          id: file.id,
          input: {
            email: null,
            communeCode: BELLEY,
            mobility: { modes: ['CAR'], hasDrivingLicence: true, hasVehicle: true, maxDistanceKm: 30 },
            availability: [],
            targetJobCodes: ['K1304', 'G1603'],
          },
        },
        cast.referent.token,
      );
      expect(data.updateBeneficiaryProfile).toMatchObject({
        firstName: 'Karima',
        phone: '06 39 98 12 34',
        email: null,
        commune: { inseeCode: BELLEY },
        territory: { code: 'CDS-BELLEY' },
        mobility: { modes: ['CAR'], hasDrivingLicence: true, hasVehicle: true, maxDistanceKm: 30 },
        availability: [],
        availabilityDescription: 'aucun créneau',
        targetJobs: [{ romeCode: 'K1304' }, { romeCode: 'G1603' }],
        interests: [{ code: 'ALIMENTATION' }, { code: 'SOLIDARITE_INSERTION' }],
      });
    });

    it('recomputes the deadlines when the entry date is corrected', async () => {
      const data = await platform.gqlOk<{ updateBeneficiaryProfile: BeneficiaryView }>(
        UPDATE_PROFILE,
        { id: file.id, input: { rsaEntryDate: '2025-12-31' } },
        cast.referent.token,
      );
      expect(data.updateBeneficiaryProfile.deadlines).toMatchObject({
        overdue: true,
        orientation: { dueOn: '2026-01-31', state: 'OVERDUE', daysLate: 30 },
        accompaniment: { dueOn: '2026-02-28', state: 'OVERDUE', daysLate: 2 },
      });
      const [row] = (await platform.dataSource.query(
        `SELECT orientation_due_on::text AS o, accompaniment_due_on::text AS a FROM beneficiary WHERE id = $1`,
        [file.id],
      )) as Array<{ o: string; a: string }>;
      expect(row).toEqual({ o: '2026-01-31', a: '2026-02-28' });
    });

    it('is allowed to the admin, refused to the territory manager, other referents, associations and coordinators', async () => {
      const admin = await platform.gqlOk<{ updateBeneficiaryProfile: BeneficiaryView }>(
        UPDATE_PROFILE,
        { id: file.id, input: { frenchLevel: 'C1' } },
        cast.admin.token,
      );
      expect(admin.updateBeneficiaryProfile.frenchLevel).toBe('C1');
      for (const account of [cast.manager, cast.colleague, cast.belleyReferent, cast.association, cast.coordinator]) {
        await expectRefusedWithoutWrite(platform, 'FORBIDDEN', () =>
          platform.gql(UPDATE_PROFILE, { id: file.id, input: { frenchLevel: 'A1' } }, account.token),
        );
      }
    });

    it('refuses bad input without writing anything', async () => {
      const cases: Array<[Record<string, unknown>, string]> = [
        [{ birthDate: '2010-01-01' }, 'birthDate'],
        [{ birthDate: '1900-01-01' }, 'birthDate'],
        [{ email: 'pas-une-adresse' }, 'email'],
        [{ phone: '12345' }, 'phone'],
        [{ communeCode: '69123' }, 'communeCode'],
        [{ targetJobCodes: ['Z9999'] }, 'targetJobCodes'],
        [{ interestDomainCodes: ['INCONNU'] }, 'interestDomainCodes'],
        [{ firstName: null }, 'firstName'],
        [{ rsaEntryDate: '2030-01-01' }, 'rsaEntryDate'],
      ];
      for (const [input, field] of cases) {
        const result = await expectRefusedWithoutWrite(platform, 'BAD_USER_INPUT', () =>
          platform.gql(UPDATE_PROFILE, { id: file.id, input }, cast.referent.token),
        );
        expect(fieldsOf(result)).toContain(field);
      }
    });

    it('refuses to rename a person into the identity of another file', async () => {
      const other = await createBeneficiary(platform, cast.colleague, { birthDate: '1970-07-07' });
      await expectRefusedWithoutWrite(platform, 'CONFLICT', () =>
        platform.gql(
          UPDATE_PROFILE,
          { id: file.id, input: { lastName: other.lastName, birthDate: '1970-07-07' } },
          cast.referent.token,
        ),
      );
    });

    it('refuses changes to a closed file until it is reactivated', async () => {
      await platform.gqlOk(CHANGE_STATUS, { input: { beneficiaryId: file.id, status: 'LEFT' } }, cast.referent.token);
      const refused = await expectRefusedWithoutWrite(platform, 'INVALID_TRANSITION', () =>
        platform.gql(UPDATE_PROFILE, { id: file.id, input: { frenchLevel: 'A2' } }, cast.referent.token),
      );
      expect(refused.errors?.[0]?.extensions?.currentStatus).toBe('LEFT');
      await platform.gqlOk(CHANGE_STATUS, { input: { beneficiaryId: file.id, status: 'ACTIVE' } }, cast.referent.token);
      await platform.gqlOk(UPDATE_PROFILE, { id: file.id, input: { frenchLevel: 'A2' } }, cast.referent.token);
    });
  });

  describe('consent and status', () => {
    it('gives and withdraws consent, each step dated and in the logbook, idempotently', async () => {
      const file = await createBeneficiary(platform, cast.referent);
      const given = await platform.gqlOk<{ giveVolunteeringConsent: { volunteeringConsent: Record<string, unknown> } }>(
        GIVE_CONSENT,
        { id: file.id },
        cast.referent.token,
      );
      expect(given.giveVolunteeringConsent.volunteeringConsent).toEqual({
        given: true,
        givenAt: clock.now().toISOString(),
        withdrawnAt: null,
      });
      const before = await fingerprint(platform);
      await platform.gqlOk(GIVE_CONSENT, { id: file.id }, cast.referent.token);
      expect(await fingerprint(platform)).toEqual(before);

      clock.advance(60_000);
      const withdrawn = await platform.gqlOk<{
        withdrawVolunteeringConsent: { volunteeringConsent: Record<string, unknown> };
      }>(WITHDRAW_CONSENT, { id: file.id }, cast.referent.token);
      expect(withdrawn.withdrawVolunteeringConsent.volunteeringConsent).toMatchObject({
        given: false,
        withdrawnAt: clock.now().toISOString(),
      });
      const logbook = await platform.gqlOk<{ logbook: { edges: Array<{ node: { type: string; summary: string } }> } }>(
        LOGBOOK,
        { beneficiaryId: file.id, types: ['CONSENT_GIVEN', 'CONSENT_WITHDRAWN'] },
        cast.referent.token,
      );
      expect(logbook.logbook.edges.map((e) => e.node.type)).toEqual(['CONSENT_WITHDRAWN', 'CONSENT_GIVEN']);
      expect(logbook.logbook.edges[0].node.summary).toBe(
        'Accord retiré : la personne ne recevra plus de propositions de missions bénévoles.',
      );
    });

    it('refuses consent changes by anyone but the referent or the admin', async () => {
      const file = await createBeneficiary(platform, cast.referent);
      for (const account of [cast.manager, cast.colleague, cast.association, cast.coordinator]) {
        await expectRefusedWithoutWrite(platform, 'FORBIDDEN', () =>
          platform.gql(GIVE_CONSENT, { id: file.id }, account.token),
        );
        await expectRefusedWithoutWrite(platform, 'FORBIDDEN', () =>
          platform.gql(WITHDRAW_CONSENT, { id: file.id }, account.token),
        );
      }
    });

    it('suspends a file: its deadlines are no longer followed; the same status twice is refused', async () => {
      const file = await createBeneficiary(platform, cast.referent, { rsaEntryDate: '2025-10-01' });
      expect(file.deadlines.overdue).toBe(true);
      const data = await platform.gqlOk<{
        changeBeneficiaryStatus: { status: string; deadlines: { overdue: boolean } };
      }>(CHANGE_STATUS, { input: { beneficiaryId: file.id, status: 'SUSPENDED' } }, cast.referent.token);
      expect(data.changeBeneficiaryStatus).toEqual({ status: 'SUSPENDED', deadlines: { overdue: false } });
      const again = await expectRefusedWithoutWrite(platform, 'INVALID_TRANSITION', () =>
        platform.gql(CHANGE_STATUS, { input: { beneficiaryId: file.id, status: 'SUSPENDED' } }, cast.referent.token),
      );
      expect(again.errors?.[0]?.extensions?.currentStatus).toBe('SUSPENDED');
      const consent = await expectRefusedWithoutWrite(platform, 'INVALID_TRANSITION', () =>
        platform.gql(GIVE_CONSENT, { id: file.id }, cast.referent.token),
      );
      expect(consent.errors?.[0]?.message).toMatch(/en cours de suivi/);
      await expectRefusedWithoutWrite(platform, 'FORBIDDEN', () =>
        platform.gql(CHANGE_STATUS, { input: { beneficiaryId: file.id, status: 'ACTIVE' } }, cast.manager.token),
      );
    });
  });

  describe('logbook', () => {
    let file: BeneficiaryView;
    beforeAll(async () => {
      file = await createBeneficiary(platform, cast.referent);
    });

    it('lets the referent write notes, interviews and actions; an interview marks the person as accompanied', async () => {
      const note = await platform.gqlOk<{ addLogbookNote: Record<string, unknown> }>(
        ADD_NOTE,
        { input: { beneficiaryId: file.id, summary: 'Appel : la personne confirme le rendez-vous.' } },
        cast.referent.token,
      );
      expect(note.addLogbookNote).toMatchObject({
        type: 'NOTE',
        confidential: false,
        author: { id: cast.referent.user.id },
      });
      const occurredAt = '2026-02-20T09:30:00.000Z';
      await platform.gqlOk(
        ADD_NOTE,
        { input: { beneficiaryId: file.id, type: 'APPOINTMENT', summary: 'Premier entretien de suivi.', occurredAt } },
        cast.referent.token,
      );
      const after = await platform.gqlOk<{ beneficiary: BeneficiaryView }>(
        BENEFICIARY,
        { id: file.id },
        cast.referent.token,
      );
      expect(after.beneficiary.firstActionAt).toBe(occurredAt);
      expect(after.beneficiary.deadlines.accompaniment).toMatchObject({ state: 'MET' });
    });

    it('hides confidential notes from the territory manager and logs each read by the referent or the admin', async () => {
      const secret = 'Hospitalisation prévue en avril : ne pas proposer de mission avant mai.';
      const created = await platform.gqlOk<{ addLogbookNote: { id: string; summary: string } }>(
        ADD_NOTE,
        { input: { beneficiaryId: file.id, summary: secret, confidential: true } },
        cast.referent.token,
      );
      expect(created.addLogbookNote.summary).toBe(secret);
      const noteId = created.addLogbookNote.id;
      type Log = { sensitiveDataAccessLog: { totalCount: number; edges: Array<{ node: Record<string, unknown> }> } };
      const readLog = async () =>
        (await platform.gqlOk<Log>(ACCESS_LOG, { beneficiaryId: file.id }, cast.admin.token)).sensitiveDataAccessLog;
      // Reading the note back in the mutation's answer is a read too.
      expect((await readLog()).edges.map((e) => e.node)).toEqual([
        expect.objectContaining({
          dataKind: 'CONFIDENTIAL_NOTE',
          recordId: noteId,
          user: { id: cast.referent.user.id },
        }),
      ]);

      type Book = { logbook: { edges: Array<{ node: { id: string; summary: string } }> } };
      const asManager = await platform.gqlOk<Book>(LOGBOOK, { beneficiaryId: file.id }, cast.manager.token);
      expect(asManager.logbook.edges.find((e) => e.node.id === noteId)?.node.summary).toBe(
        'Note confidentielle : son contenu est réservé au référent de parcours et au service Insertion.',
      );
      expect(JSON.stringify(asManager)).not.toContain('Hospitalisation');
      expect((await readLog()).totalCount).toBe(1);

      clock.advance(1000);
      const asAdmin = await platform.gqlOk<Book>(LOGBOOK, { beneficiaryId: file.id }, cast.admin.token);
      expect(asAdmin.logbook.edges.find((e) => e.node.id === noteId)?.node.summary).toBe(secret);
      const log = await readLog();
      expect(log.totalCount).toBe(2);
      expect(log.edges[0].node).toEqual({
        beneficiaryId: file.id,
        dataKind: 'CONFIDENTIAL_NOTE',
        dataKindLabel: 'note confidentielle du carnet de bord',
        recordId: noteId,
        accessedAt: clock.now().toISOString(),
        user: { id: cast.admin.user.id },
      });
    });

    it('is refused to other referents, associations and coordinators; the access log to all but the admin', async () => {
      for (const account of [cast.colleague, cast.otherManager, cast.association, cast.coordinator]) {
        const result = await platform.gql(LOGBOOK, { beneficiaryId: file.id }, account.token);
        expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        expect(result.data).toBeNull();
        await expectRefusedWithoutWrite(platform, 'FORBIDDEN', () =>
          platform.gql(ADD_NOTE, { input: { beneficiaryId: file.id, summary: 'Intrusion' } }, account.token),
        );
      }
      await expectRefusedWithoutWrite(platform, 'FORBIDDEN', () =>
        platform.gql(ADD_NOTE, { input: { beneficiaryId: file.id, summary: 'Lecture seule' } }, cast.manager.token),
      );
      for (const account of [cast.referent, cast.manager, cast.association, cast.coordinator]) {
        const result = await platform.gql(ACCESS_LOG, {}, account.token);
        expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
    });

    it('refuses notes dated in the future or before the entry in the scheme, and empty notes', async () => {
      const cases: Array<[Record<string, unknown>, string]> = [
        [{ occurredAt: '2026-03-03T08:00:00.000Z' }, 'occurredAt'],
        [{ occurredAt: '2026-02-01T08:00:00.000Z' }, 'occurredAt'],
        [{ summary: '' }, 'summary'],
        [{ summary: 'x'.repeat(4001) }, 'summary'],
      ];
      for (const [overrides, field] of cases) {
        const result = await expectRefusedWithoutWrite(platform, 'BAD_USER_INPUT', () =>
          platform.gql(
            ADD_NOTE,
            { input: { beneficiaryId: file.id, summary: 'Note', ...overrides } },
            cast.referent.token,
          ),
        );
        expect(fieldsOf(result)).toEqual([field]);
      }
    });

    it('is append-only in the database itself', async () => {
      await expect(
        platform.dataSource.query(`UPDATE logbook_entry SET summary = 'réécrit' WHERE beneficiary_id = $1`, [file.id]),
      ).rejects.toThrow(/append-only/);
      await expect(
        platform.dataSource.query(`DELETE FROM logbook_entry WHERE beneficiary_id = $1`, [file.id]),
      ).rejects.toThrow(/append-only/);
      await expect(platform.dataSource.query(`TRUNCATE logbook_entry CASCADE`)).rejects.toThrow(/append-only/);
      await expect(platform.dataSource.query(`DELETE FROM sensitive_data_access`)).rejects.toThrow(/append-only/);
    });

    it('pages from the most recent entry, filtered by type', async () => {
      type Book = {
        logbook: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: Array<{ node: { type: string } }>;
        };
      };
      const first = await platform.gqlOk<Book>(LOGBOOK, { beneficiaryId: file.id, first: 1 }, cast.referent.token);
      expect(first.logbook.pageInfo.hasNextPage).toBe(true);
      const entries = await platform.gqlOk<Book>(
        LOGBOOK,
        { beneficiaryId: file.id, types: ['ENTRY'] },
        cast.referent.token,
      );
      expect(entries.logbook.edges.map((e) => e.node.type)).toEqual(['ENTRY']);
      const all = await platform.gqlOk<Book>(LOGBOOK, { beneficiaryId: file.id, first: 100 }, cast.referent.token);
      expect(all.logbook.edges[all.logbook.edges.length - 1].node.type).toBe('ENTRY');
    });

    it('lists every entry type of the code in the reference table, with the same label', async () => {
      const rows = (await platform.dataSource.query(
        `SELECT code, label FROM logbook_entry_type ORDER BY code`,
      )) as Array<{
        code: string;
        label: string;
      }>;
      expect(Object.fromEntries(rows.map((r) => [r.code, r.label]))).toEqual(LOGBOOK_ENTRY_TYPE_LABELS);
    });
  });
});
