import { Role, UnitOfWork } from '@tremplin/core';
import { Mission, MissionStatus, MissionsService } from '@tremplin/missions';
import { distanceKm } from '@tremplin/referentials';
import { createAssociation, randomRna } from './support/association-helpers';
import { insertMission, missionInput } from './support/mission-helpers';
import { type StaffAccount, TestPlatform } from './support/test-platform';

const MISSION_FIELDS = `id title status places placesTaken placesLeft latitude longitude communeCode publishedAt closedAt
  associationId commune { name } territory { code } domain { code } competencies { code }
  weeklySlots { day part } scheduleDescription welcomeContact { name email phone } viewerCanEdit
  transitions { action fromStatus toStatus actorId actorName reason occurredAt }`;
const CREATE = `mutation($input: CreateMissionInput!) { createMission(input: $input) { ${MISSION_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateMissionInput!) { updateMission(id: $id, input: $input) { ${MISSION_FIELDS} } }`;
const MISSION = `query($id: ID!) { mission(id: $id) { ${MISSION_FIELDS} } }`;
const SUBMIT = `mutation($id: ID!) { submitMission(id: $id) { id status } }`;
const PUBLISH = `mutation($id: ID!) { publishMission(id: $id) { id status publishedAt } }`;
const REJECT = `mutation($input: RejectMissionInput!) { rejectMission(input: $input) { id status } }`;
const CLOSE = `mutation($input: CloseMissionInput!) { closeMission(input: $input) { id status closedAt } }`;
const MISSIONS = `query($status: [MissionStatus!], $domain: String, $territoryId: ID, $communeCode: String,
  $associationId: ID, $text: String, $near: NearInput, $hasPlacesLeft: Boolean, $first: Int, $after: String) {
  missions(status: $status, domain: $domain, territoryId: $territoryId, communeCode: $communeCode,
    associationId: $associationId, text: $text, near: $near, hasPlacesLeft: $hasPlacesLeft, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { id title status distanceKm } }
  }
}`;
const REGISTER = `mutation($input: RegisterAssociationInput!) { registerAssociation(input: $input) { id status } }`;
const VALIDATE = `mutation($input: ValidateAssociationInput!) { validateAssociation(input: $input) { id status } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { token } }`;

type Errors = { errors?: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }> };
const codeOf = (result: Errors) => result.errors?.[0]?.extensions?.code;
const fieldsOf = (result: Errors) => result.errors?.[0]?.extensions?.fields;

interface MissionView {
  id: string;
  title: string;
  status: string;
  places: number;
  placesTaken: number;
  placesLeft: number;
  latitude: number;
  longitude: number;
  publishedAt: string | null;
  closedAt: string | null;
  transitions: Array<{
    action: string;
    fromStatus: string | null;
    toStatus: string;
    actorId: string | null;
    actorName: string;
    reason: string | null;
  }> | null;
  [key: string]: unknown;
}
interface Page {
  missions: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
    edges: Array<{ cursor: string; node: { id: string; title: string; status: string; distanceKm: number | null } }>;
  };
}

const BOURG = { latitude: 46.20496, longitude: 5.24559 };

/** The point `km` away from (lat, lon) in direction `bearing` (degrees from north), on the haversine sphere. */
function pointAt(lat: number, lon: number, km: number, bearing: number): { latitude: number; longitude: number } {
  const d = km / 6371.0088;
  const θ = (bearing * Math.PI) / 180;
  const φ1 = (lat * Math.PI) / 180;
  const λ1 = (lon * Math.PI) / 180;
  const φ2 = Math.asin(Math.sin(φ1) * Math.cos(d) + Math.cos(φ1) * Math.sin(d) * Math.cos(θ));
  const λ2 = λ1 + Math.atan2(Math.sin(θ) * Math.sin(d) * Math.cos(φ1), Math.cos(d) - Math.sin(φ1) * Math.sin(φ2));
  return { latitude: (φ2 * 180) / Math.PI, longitude: (λ2 * 180) / Math.PI };
}

describe('missions (fiche mission, moderation, search)', () => {
  let platform: TestPlatform;
  let admin: StaffAccount;
  let referent: StaffAccount;
  let coordinator: StaffAccount;
  let member: StaffAccount;
  let associationId: string;
  let other: StaffAccount;

  const missionCount = () => platform.dataSource.getRepository(Mission).count();
  const stored = (id: string) => platform.dataSource.getRepository(Mission).findOneByOrFail({ id });

  async function create(token = member.token, overrides: Record<string, unknown> = {}): Promise<MissionView> {
    const { createMission } = await platform.gqlOk<{ createMission: MissionView }>(
      CREATE,
      { input: missionInput(overrides) },
      token,
    );
    return createMission;
  }

  async function published(overrides: Record<string, unknown> = {}, token = member.token): Promise<MissionView> {
    const mission = await create(token, overrides);
    await platform.gqlOk(SUBMIT, { id: mission.id }, token);
    await platform.gqlOk(PUBLISH, { id: mission.id }, admin.token);
    return mission;
  }

  beforeAll(async () => {
    platform = await TestPlatform.start({ worker: true });
    admin = await platform.createStaff(Role.ADMIN, { firstName: 'Nadia', lastName: 'Benali' });
    referent = await platform.createStaff(Role.REFERENT);
    coordinator = await platform.createStaff(Role.COORDINATOR, { firstName: 'Marc', lastName: 'Lefèvre' });
    const mine = await createAssociation(platform, { name: 'Épicerie solidaire de Bourg' });
    member = mine.member;
    associationId = mine.association.id;
    other = (await createAssociation(platform, { name: 'Les Amis du Revermont' })).member;
  });

  afterAll(async () => {
    await platform.stop();
  });

  describe('the journey, role by role', () => {
    it('registration → validation → mission → submit → publish → close', async () => {
      // A new association registers (public) and signs in.
      const email = `claire.${Date.now()}@banque-alimentaire.test`;
      const password = 'un-mot-de-passe-solide';
      const { registerAssociation } = await platform.gqlOk<{ registerAssociation: { id: string; status: string } }>(
        REGISTER,
        {
          input: {
            name: 'Banque alimentaire de l’Ain',
            rna: randomRna(),
            address: '3 rue du Stade',
            communeCode: '01004',
            email: 'contact@ba01.test',
            phone: '04 74 38 00 00',
            domainCodes: ['ALIMENTATION'],
            welcomeContact: { name: 'Jean Vuillod', email: 'accueil@ba01.test', phone: '06 00 00 00 01' },
            member: { firstName: 'Claire', lastName: 'Bouvier', email, password },
          },
        },
      );
      expect(registerAssociation.status).toBe('PENDING');
      const { login } = await platform.gqlOk<{ login: { token: string } }>(LOGIN, { input: { email, password } });
      const token = login.token;

      // Pending: it may prepare a draft, not submit it.
      const mission = await create(token, { communeCode: '01004', address: null });
      expect(mission).toMatchObject({
        status: 'DRAFT',
        communeCode: '01004',
        latitude: 45.96105,
        longitude: 5.37235,
        commune: { name: 'Ambérieu-en-Bugey' },
        territory: { code: 'CDS-AMBERIEU' },
        domain: { code: 'ALIMENTATION' },
        competencies: [{ code: 'TR_ACCUEIL' }, { code: 'PR_GESTION_STOCK' }, { code: 'SE_EQUIPE' }],
        weeklySlots: [
          { day: 'TUESDAY', part: 'MORNING' },
          { day: 'THURSDAY', part: 'MORNING' },
        ],
        scheduleDescription: 'mardi et jeudi matin, 6 h par semaine, pendant 12 semaines',
        welcomeContact: { name: 'Jean Vuillod', email: 'accueil@ba01.test', phone: '06 00 00 00 01' },
        placesLeft: 2,
        viewerCanEdit: true,
        publishedAt: null,
      });
      const early = await platform.gql(SUBMIT, { id: mission.id }, token);
      expect(codeOf(early)).toBe('FORBIDDEN');
      expect(early.errors?.[0]?.message).toBe(
        "Votre association n'est pas encore validée par le service Insertion : vous pourrez soumettre vos missions dès sa validation.",
      );

      // The service Insertion validates the association; the member submits.
      await platform.gqlOk(
        VALIDATE,
        { input: { associationId: registerAssociation.id, decision: 'VALIDATED' } },
        admin.token,
      );
      expect(
        (await platform.gqlOk<{ submitMission: { status: string } }>(SUBMIT, { id: mission.id }, token)).submitMission
          .status,
      ).toBe('SUBMITTED');

      // Referents see nothing before publication; the association cannot publish itself.
      expect(codeOf(await platform.gql(MISSION, { id: mission.id }, referent.token))).toBe('FORBIDDEN');
      expect(codeOf(await platform.gql(PUBLISH, { id: mission.id }, token))).toBe('FORBIDDEN');
      expect(codeOf(await platform.gql(PUBLISH, { id: mission.id }, referent.token))).toBe('FORBIDDEN');

      // France Bénévolat (coordinator) publishes; the association is told.
      const { publishMission } = await platform.gqlOk<{ publishMission: { status: string; publishedAt: string } }>(
        PUBLISH,
        { id: mission.id },
        coordinator.token,
      );
      expect(publishMission.status).toBe('PUBLISHED');
      expect(publishMission.publishedAt).toEqual(expect.any(String));
      const mails = await platform.smtp.waitFor((all) =>
        all.some((m) => m.to.includes(email) && m.subject.includes('est publiée')),
      );
      expect(mails.find((m) => m.to.includes(email) && m.subject.includes('est publiée'))?.subject).toBe(
        'Votre mission « Accueil et mise en rayon à l’épicerie solidaire » est publiée',
      );

      // Referents now see it, without the moderation history.
      const seen = await platform.gqlOk<{ mission: MissionView }>(MISSION, { id: mission.id }, referent.token);
      expect(seen.mission).toMatchObject({ status: 'PUBLISHED', transitions: null, viewerCanEdit: false });

      // The association closes it; nothing moves a closed mission any more.
      const { closeMission } = await platform.gqlOk<{ closeMission: { status: string; closedAt: string } }>(
        CLOSE,
        { input: { missionId: mission.id, reason: 'Saison terminée' } },
        token,
      );
      expect(closeMission.status).toBe('CLOSED');
      expect(closeMission.closedAt).toEqual(expect.any(String));

      const { mission: history } = await platform.gqlOk<{ mission: MissionView }>(MISSION, { id: mission.id }, token);
      expect(history.transitions?.map((t) => [t.action, t.fromStatus, t.toStatus, t.actorName, t.reason])).toEqual([
        ['CREATE', null, 'DRAFT', 'Claire Bouvier', null],
        ['SUBMIT', 'DRAFT', 'SUBMITTED', 'Claire Bouvier', null],
        ['PUBLISH', 'SUBMITTED', 'PUBLISHED', 'Marc Lefèvre', null],
        ['CLOSE', 'PUBLISHED', 'CLOSED', 'Claire Bouvier', 'Saison terminée'],
      ]);
      // Referents keep seeing a closed mission that was published (history of proposals).
      expect(
        (await platform.gqlOk<{ mission: MissionView }>(MISSION, { id: mission.id }, referent.token)).mission.status,
      ).toBe('CLOSED');
    });

    it('a moderator sends a submitted mission back to its draft with a reason, emailed to the association', async () => {
      const mission = await create();
      await platform.gqlOk(SUBMIT, { id: mission.id }, member.token);
      const reason = 'Merci de préciser les horaires et le lieu de rendez-vous.';
      const noReason = await platform.gql(REJECT, { input: { missionId: mission.id, reason: '' } }, admin.token);
      expect(codeOf(noReason)).toBe('BAD_USER_INPUT');
      expect(codeOf(await platform.gql(REJECT, { input: { missionId: mission.id, reason } }, member.token))).toBe(
        'FORBIDDEN',
      );

      const { rejectMission } = await platform.gqlOk<{ rejectMission: { status: string } }>(
        REJECT,
        { input: { missionId: mission.id, reason } },
        admin.token,
      );
      expect(rejectMission.status).toBe('DRAFT');
      const mails = await platform.smtp.waitFor((all) =>
        all.some((m) => m.to.includes(member.user.email) && m.subject.includes('est à revoir')),
      );
      expect(mails.find((m) => m.to.includes(member.user.email) && m.subject.includes('est à revoir'))?.text).toContain(
        reason,
      );

      const { mission: view } = await platform.gqlOk<{ mission: MissionView }>(
        MISSION,
        { id: mission.id },
        member.token,
      );
      expect(view.transitions?.at(-1)).toMatchObject({
        action: 'REJECT',
        fromStatus: 'SUBMITTED',
        toStatus: 'DRAFT',
        actorId: admin.user.id,
        actorName: 'Nadia Benali',
        reason,
      });
      // It can be corrected and submitted again.
      await platform.gqlOk(
        UPDATE,
        { id: mission.id, input: { summary: 'Rendez-vous à 8 h 45 au 12 rue Bourgmayer.' } },
        member.token,
      );
      expect(
        (await platform.gqlOk<{ submitMission: { status: string } }>(SUBMIT, { id: mission.id }, member.token))
          .submitMission.status,
      ).toBe('SUBMITTED');
    });

    it('keeps each role to its operations', async () => {
      const before = await missionCount();
      for (const who of [admin, referent, coordinator]) {
        expect(codeOf(await platform.gql(CREATE, { input: missionInput() }, who.token))).toBe('FORBIDDEN');
      }
      expect(codeOf(await platform.gql(CREATE, { input: missionInput() }))).toBe('UNAUTHENTICATED');
      expect(await missionCount()).toBe(before);
      const mission = await create();
      expect(codeOf(await platform.gql(SUBMIT, { id: mission.id }, admin.token))).toBe('FORBIDDEN');
      expect(codeOf(await platform.gql(CLOSE, { input: { missionId: mission.id } }, referent.token))).toBe('FORBIDDEN');
      // Moderators may close any mission.
      expect(
        (
          await platform.gqlOk<{ closeMission: { status: string } }>(
            CLOSE,
            { input: { missionId: mission.id } },
            admin.token,
          )
        ).closeMission.status,
      ).toBe('CLOSED');
    });
  });

  describe('forbidden transitions', () => {
    it('answers INVALID_TRANSITION naming the current status in French, and changes nothing', async () => {
      const draft = await create();
      const publishDraft = await platform.gql(PUBLISH, { id: draft.id }, admin.token);
      expect(codeOf(publishDraft)).toBe('INVALID_TRANSITION');
      expect(publishDraft.errors?.[0]?.message).toBe(
        "La mission est au statut « Brouillon » : elle ne peut pas être publiée (l'association doit d'abord la soumettre à validation).",
      );
      expect(publishDraft.errors?.[0]?.extensions?.currentStatus).toBe('DRAFT');
      expect(codeOf(await platform.gql(REJECT, { input: { missionId: draft.id, reason: 'Non' } }, admin.token))).toBe(
        'INVALID_TRANSITION',
      );

      const live = await published();
      const resubmit = await platform.gql(SUBMIT, { id: live.id }, member.token);
      expect(codeOf(resubmit)).toBe('INVALID_TRANSITION');
      expect(resubmit.errors?.[0]?.message).toBe(
        'La mission est au statut « Publiée » : elle ne peut pas être soumise à validation.',
      );

      await platform.gqlOk(CLOSE, { input: { missionId: live.id } }, member.token);
      const edit = await platform.gql(UPDATE, { id: live.id, input: { title: 'Nouveau titre' } }, member.token);
      expect(codeOf(edit)).toBe('INVALID_TRANSITION');
      expect(edit.errors?.[0]?.message).toBe(
        'La mission est au statut « Clôturée » : elle ne peut plus être modifiée.',
      );
      const closeAgain = await platform.gql(CLOSE, { input: { missionId: live.id } }, admin.token);
      expect(closeAgain.errors?.[0]?.message).toBe(
        'La mission est au statut « Clôturée » : elle ne peut pas être clôturée (elle est déjà clôturée).',
      );
      expect((await stored(live.id)).title).toBe('Accueil et mise en rayon à l’épicerie solidaire');
      const { mission } = await platform.gqlOk<{ mission: MissionView }>(MISSION, { id: live.id }, member.token);
      expect(mission.transitions?.map((t) => t.action)).toEqual(['CREATE', 'SUBMIT', 'PUBLISH', 'CLOSE']);
    });
  });

  describe('editing a published mission', () => {
    it('sends it back to moderation when its content changes, logged with the fields changed', async () => {
      const mission = await published();
      const { updateMission } = await platform.gqlOk<{ updateMission: MissionView }>(
        UPDATE,
        {
          id: mission.id,
          input: { title: 'Accueil à l’épicerie solidaire', weeklySlots: [{ day: 'FRIDAY', part: 'AFTERNOON' }] },
        },
        member.token,
      );
      expect(updateMission.status).toBe('SUBMITTED');
      expect(updateMission.transitions?.at(-1)).toMatchObject({
        action: 'EDIT',
        fromStatus: 'PUBLISHED',
        toStatus: 'SUBMITTED',
        actorId: member.user.id,
        reason: 'Modifiée : titre, créneaux.',
      });
      expect(codeOf(await platform.gql(MISSION, { id: mission.id }, referent.token))).toBe('FORBIDDEN');
      await platform.gqlOk(PUBLISH, { id: mission.id }, admin.token);
      expect((await stored(mission.id)).status).toBe(MissionStatus.PUBLISHED);
    });

    it('keeps it published when only its places or its welcome contact change; places move it between PUBLISHED and FULL', async () => {
      const mission = await published({ places: 3 });
      const more = await platform.gqlOk<{ updateMission: MissionView }>(
        UPDATE,
        {
          id: mission.id,
          input: { places: 4, welcomeContact: { name: 'Lucie Bonnet', email: 'lucie@epicerie.test' } },
        },
        member.token,
      );
      expect(more.updateMission).toMatchObject({
        status: 'PUBLISHED',
        places: 4,
        welcomeContact: { name: 'Lucie Bonnet', email: 'lucie@epicerie.test', phone: null },
      });
      await platform.dataSource.getRepository(Mission).update(mission.id, { placesTaken: 2 });
      const tooFew = await platform.gql(UPDATE, { id: mission.id, input: { places: 1 } }, member.token);
      expect(codeOf(tooFew)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(tooFew)).toEqual([
        { field: 'places', messages: ['ne peut pas être inférieur au nombre de places déjà pourvues (2)'] },
      ]);
      expect((await stored(mission.id)).places).toBe(4);

      const full = await platform.gqlOk<{ updateMission: MissionView }>(
        UPDATE,
        { id: mission.id, input: { places: 2 } },
        member.token,
      );
      expect(full.updateMission).toMatchObject({ status: 'FULL', placesLeft: 0 });
      const reopened = await platform.gqlOk<{ updateMission: MissionView }>(
        UPDATE,
        { id: mission.id, input: { places: 5 } },
        member.token,
      );
      expect(reopened.updateMission).toMatchObject({ status: 'PUBLISHED', placesLeft: 3 });
      expect(reopened.updateMission.transitions?.slice(-2).map((t) => [t.action, t.fromStatus, t.toStatus])).toEqual([
        ['FILL', 'PUBLISHED', 'FULL'],
        ['RELEASE', 'FULL', 'PUBLISHED'],
      ]);
    });
  });

  describe('places (MissionsService.takePlace / releasePlace)', () => {
    it('never gives more places than the mission has, even under concurrent takes; the last one makes it FULL', async () => {
      const mission = await published({ places: 3 });
      const service = platform.api.get(MissionsService);
      const unitOfWork = platform.api.get(UnitOfWork);
      const results = await Promise.all(
        Array.from({ length: 8 }, () => unitOfWork.run((tx) => service.takePlace(tx, mission.id))),
      );
      expect(results.filter((r) => r === 'taken')).toHaveLength(3);
      expect(results.filter((r) => r === 'full')).toHaveLength(5);
      expect(await stored(mission.id)).toMatchObject({ placesTaken: 3, status: MissionStatus.FULL });

      await unitOfWork.run((tx) => service.releasePlace(tx, mission.id));
      expect(await stored(mission.id)).toMatchObject({ placesTaken: 2, status: MissionStatus.PUBLISHED });
      const { mission: view } = await platform.gqlOk<{ mission: MissionView }>(
        MISSION,
        { id: mission.id },
        member.token,
      );
      expect(view.transitions?.slice(-2).map((t) => [t.action, t.toStatus, t.actorId, t.actorName])).toEqual([
        ['FILL', 'FULL', null, 'Tremplin (automatique)'],
        ['RELEASE', 'PUBLISHED', null, 'Tremplin (automatique)'],
      ]);
    });

    it('refuses a place on a closed mission and never goes below zero', async () => {
      const mission = await published({ places: 1 });
      const service = platform.api.get(MissionsService);
      const unitOfWork = platform.api.get(UnitOfWork);
      await unitOfWork.run((tx) => service.releasePlace(tx, mission.id));
      expect((await stored(mission.id)).placesTaken).toBe(0);
      await platform.gqlOk(CLOSE, { input: { missionId: mission.id } }, member.token);
      expect(await unitOfWork.run((tx) => service.takePlace(tx, mission.id))).toBe('full');
      expect((await stored(mission.id)).placesTaken).toBe(0);
    });
  });

  describe("another association's mission", () => {
    it('is FORBIDDEN to read, edit, submit or close, reveals no data and changes nothing', async () => {
      const theirs = await create(other.token);
      const read = await platform.gql(MISSION, { id: theirs.id }, member.token);
      expect(codeOf(read)).toBe('FORBIDDEN');
      expect(read.data).toBeNull();
      expect(JSON.stringify(read)).not.toContain('épicerie');
      for (const [query, variables] of [
        [UPDATE, { id: theirs.id, input: { title: 'Piratée' } }],
        [SUBMIT, { id: theirs.id }],
        [CLOSE, { input: { missionId: theirs.id } }],
      ] as const) {
        const result = await platform.gql(query, variables, member.token);
        expect(codeOf(result)).toBe('FORBIDDEN');
        expect(result.data).toBeNull();
      }
      expect(await stored(theirs.id)).toMatchObject({
        title: 'Accueil et mise en rayon à l’épicerie solidaire',
        status: 'DRAFT',
      });
      const { missions } = await platform.gqlOk<Page>(MISSIONS, { first: 100 }, member.token);
      expect(missions.edges.map((e) => e.node.id)).not.toContain(theirs.id);
    });

    it('answers NOT_FOUND for a mission that does not exist', async () => {
      const result = await platform.gql(MISSION, { id: '00000000-0000-4000-8000-00000000abcd' }, admin.token);
      expect(codeOf(result)).toBe('NOT_FOUND');
    });
  });

  describe('bad input', () => {
    it.each([
      ['an unknown commune', { communeCode: '69123' }, 'communeCode', "commune inconnue dans l'Ain (69123)"],
      [
        'coordinates outside the Ain',
        { latitude: 48.8566, longitude: 2.3522 },
        'latitude',
        "les coordonnées sont hors de l'Ain (latitude 45,6 à 46,5 et longitude 4,7 à 6,2 environ)",
      ],
      [
        'coordinates of the Ain far from the commune',
        { latitude: 46.34719, longitude: 6.04627 },
        'latitude',
        'les coordonnées sont à 64 km de Bourg-en-Bresse : elles doivent désigner un lieu de la commune',
      ],
      [
        'a latitude without longitude',
        { latitude: 46.2 },
        'longitude',
        'la latitude et la longitude se donnent ensemble',
      ],
      ['no place', { places: 0 }, 'places', 'doit être supérieur ou égal à 1'],
      ['an absurd number of places', { places: 10000 }, 'places', 'doit être inférieur ou égal à 500'],
      ['an empty title', { title: '   ' }, 'title', 'doit contenir au moins 3 caractères'],
      ['a title over its limit', { title: 'É'.repeat(121) }, 'title', 'doit contenir au plus 120 caractères'],
      [
        'a description over its limit',
        { description: 'x'.repeat(5001) },
        'description',
        'doit contenir au plus 5000 caractères',
      ],
      [
        'an unknown competency',
        { competencyCodes: ['TR_ACCUEIL', 'JONGLAGE'] },
        'competencyCodes',
        'compétence inconnue : JONGLAGE',
      ],
      ['an unknown domain', { domainCode: 'ASTRONOMIE' }, 'domainCode', 'domaine inconnu : ASTRONOMIE'],
      [
        'an end before the start',
        { startDate: '2030-06-01', endDate: '2030-05-01' },
        'endDate',
        'doit être postérieure ou égale à la date de début',
      ],
      ['an end date already past', { endDate: '2020-01-31' }, 'endDate', 'ne doit pas être déjà passée'],
      ['too many hours per week', { hoursPerWeek: 70 }, 'hoursPerWeek', 'doit être inférieur ou égal à 48'],
      ['a minimum age under 16', { minimumAge: 12 }, 'minimumAge', 'doit être supérieur ou égal à 16'],
      [
        'the same slot twice',
        { weeklySlots: Array.from({ length: 22 }, () => ({ day: 'MONDAY', part: 'MORNING' })) },
        'weeklySlots',
        'doit contenir au plus 21 éléments',
      ],
    ])(
      'refuses %s with BAD_USER_INPUT and a French message, and writes nothing',
      async (_case, change, field, message) => {
        const before = await missionCount();
        const result = await platform.gql(CREATE, { input: missionInput(change) }, member.token);
        expect(codeOf(result)).toBe('BAD_USER_INPUT');
        expect(fieldsOf(result)).toEqual([{ field, messages: [message] }]);
        expect(await missionCount()).toBe(before);
      },
    );

    it('refuses a slot out of range (unknown day or part) before running anything', async () => {
      const before = await missionCount();
      for (const slot of [
        { day: 'FUNDAY', part: 'MORNING' },
        { day: 'MONDAY', part: 'NIGHT' },
      ]) {
        const result = await platform.gql(CREATE, { input: missionInput({ weeklySlots: [slot] }) }, member.token);
        expect(codeOf(result)).toBe('BAD_USER_INPUT');
        expect(result.errors?.[0]?.message).toMatch(/^Requête GraphQL invalide : /);
      }
      expect(await missionCount()).toBe(before);
    });

    it('refuses bad input on update too, and changes nothing', async () => {
      const mission = await published();
      const result = await platform.gql(
        UPDATE,
        { id: mission.id, input: { latitude: 45.764, longitude: 4.8357, title: 'Nouveau titre' } },
        member.token,
      );
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(await stored(mission.id)).toMatchObject({
        title: 'Accueil et mise en rayon à l’épicerie solidaire',
        status: 'PUBLISHED',
      });
      const empty = await platform.gql(UPDATE, { id: mission.id, input: { title: null } }, member.token);
      expect(codeOf(empty)).toBe('BAD_USER_INPUT');
      const badId = await platform.gql(UPDATE, { id: 'pas-un-id', input: { places: 3 } }, member.token);
      expect(codeOf(badId)).toBe('BAD_USER_INPUT');
    });

    it('keeps explicit coordinates inside the commune, and falls back to the new commune’s when the commune changes', async () => {
      const spot = pointAt(BOURG.latitude, BOURG.longitude, 1.5, 45);
      const mission = await create(member.token, spot);
      expect(mission).toMatchObject(spot);
      const { updateMission } = await platform.gqlOk<{ updateMission: MissionView }>(
        UPDATE,
        { id: mission.id, input: { communeCode: '01034' } },
        member.token,
      );
      expect(updateMission).toMatchObject({ communeCode: '01034', latitude: 45.74982, longitude: 5.68381 });
    });
  });

  describe('geographic search', () => {
    let geo: StaffAccount;
    let geoAssociationId: string;

    beforeAll(async () => {
      const created = await createAssociation(platform, { name: 'Association du Bugey' });
      geo = created.member;
      geoAssociationId = created.association.id;
    });

    it('finds a mission 5 km away within 10 km and not within 3 km', async () => {
      const at = pointAt(BOURG.latitude, BOURG.longitude, 2, 90);
      const mission = await published({ ...at }, geo.token);
      const centre = pointAt(at.latitude, at.longitude, 5, 200);
      expect(distanceKm(centre.latitude, centre.longitude, at.latitude, at.longitude)).toBeCloseTo(5, 6);

      const within10 = await platform.gqlOk<Page>(
        MISSIONS,
        { associationId: geoAssociationId, near: { ...centre, radiusKm: 10 } },
        referent.token,
      );
      expect(within10.missions.edges.map((e) => e.node.id)).toEqual([mission.id]);
      expect(within10.missions.edges[0].node.distanceKm).toBeCloseTo(5, 1);
      const within3 = await platform.gqlOk<Page>(
        MISSIONS,
        { associationId: geoAssociationId, near: { ...centre, radiusKm: 3 } },
        referent.token,
      );
      expect(within3.missions.totalCount).toBe(0);
      expect(within3.missions.edges).toEqual([]);
    });

    it('sorts by distance, pages with offset cursors, and hides unpublished missions from referents', async () => {
      const centre = { latitude: 46.13344, longitude: 5.26241 }; // Certines
      const ids: Record<string, string> = {};
      for (const [name, km, bearing] of [
        ['à 8 km', 8, 10],
        ['à 1 km', 1, 200],
        ['à 4 km', 4, 100],
        ['à 6 km', 6, 300],
      ] as const) {
        const spot = pointAt(centre.latitude, centre.longitude, km, bearing);
        ids[name] = (
          await insertMission(platform, geoAssociationId, { title: `Mission ${name}`, communeCode: '01069', ...spot })
        ).id;
      }
      await insertMission(platform, geoAssociationId, {
        title: 'Brouillon à 2 km',
        communeCode: '01069',
        ...pointAt(centre.latitude, centre.longitude, 2, 0),
        status: MissionStatus.DRAFT,
      });
      const first = await platform.gqlOk<Page>(
        MISSIONS,
        { associationId: geoAssociationId, near: { ...centre, radiusKm: 7 }, first: 2 },
        referent.token,
      );
      expect(first.missions.totalCount).toBe(3);
      expect(first.missions.edges.map((e) => e.node.title)).toEqual(['Mission à 1 km', 'Mission à 4 km']);
      expect(first.missions.pageInfo.hasNextPage).toBe(true);
      const second = await platform.gqlOk<Page>(
        MISSIONS,
        {
          associationId: geoAssociationId,
          near: { ...centre, radiusKm: 7 },
          first: 2,
          after: first.missions.pageInfo.endCursor,
        },
        referent.token,
      );
      expect(second.missions.edges.map((e) => e.node.title)).toEqual(['Mission à 6 km']);
      expect(second.missions.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
      const distances = [...first.missions.edges, ...second.missions.edges].map((e) => e.node.distanceKm as number);
      expect(distances).toEqual([...distances].sort((a, b) => a - b));

      // The association sees its draft too, in distance order.
      const own = await platform.gqlOk<Page>(MISSIONS, { near: { ...centre, radiusKm: 7 } }, geo.token);
      expect(own.missions.edges.map((e) => e.node.title)).toEqual([
        'Mission à 1 km',
        'Brouillon à 2 km',
        'Mission à 4 km',
        'Mission à 6 km',
      ]);
    });

    it('refuses an invalid search point or radius', async () => {
      for (const near of [
        { latitude: 95, longitude: 5, radiusKm: 10 },
        { latitude: 46, longitude: 5, radiusKm: 0 },
        { latitude: 46, longitude: 5, radiusKm: 5000 },
      ]) {
        expect(codeOf(await platform.gql(MISSIONS, { near }, referent.token))).toBe('BAD_USER_INPUT');
      }
    });
  });

  describe('French text search', () => {
    let textAssociationId: string;
    let textMember: StaffAccount;

    beforeAll(async () => {
      const created = await createAssociation(platform, { name: 'Association des textes' });
      textAssociationId = created.association.id;
      textMember = created.member;
      await insertMission(platform, textAssociationId, {
        title: 'Épicerie solidaire : accueil des familles',
        summary: 'Accueillir et conseiller les familles.',
        description: 'Mise en rayon, caisse et accueil à l’épicerie solidaire du quartier de la Reyssouze.',
      });
      await insertMission(platform, textAssociationId, {
        title: 'Jardin partagé',
        summary: 'Entretenir les potagers avec les habitants.',
        description: 'Les légumes sont donnés à l’épicerie solidaire voisine.',
      });
      await insertMission(platform, textAssociationId, {
        title: 'Aide aux devoirs',
        summary: 'Soutien scolaire pour des collégiens.',
        description: 'Accompagnement en mathématiques et en français, le soir après les cours.',
      });
    });

    const titles = async (text: string) =>
      (
        await platform.gqlOk<Page>(MISSIONS, { associationId: textAssociationId, text }, referent.token)
      ).missions.edges.map((e) => e.node.title);

    it('finds « Épicerie solidaire » without accents, title matches first', async () => {
      expect(await titles('epicerie solidaire')).toEqual([
        'Épicerie solidaire : accueil des familles',
        'Jardin partagé',
      ]);
      expect(await titles('ÉPICERIE')).toEqual(['Épicerie solidaire : accueil des familles', 'Jardin partagé']);
    });

    it('tolerates typos', async () => {
      expect(await titles('epicrie solidiare')).toContain('Épicerie solidaire : accueil des familles');
      expect(await titles('devors')).toEqual(['Aide aux devoirs']);
      expect(await titles('mathematique')).toEqual(['Aide aux devoirs']);
    });

    it('finds nothing unrelated, and combines with the other filters', async () => {
      expect(await titles('piscine municipale')).toEqual([]);
      const { missions } = await platform.gqlOk<Page>(
        MISSIONS,
        { associationId: textAssociationId, text: 'épicerie', status: ['DRAFT'] },
        textMember.token,
      );
      expect(missions.totalCount).toBe(0);
    });

    it('refuses a text without any word of 3 letters', async () => {
      const result = await platform.gql(MISSIONS, { text: 'à la' }, referent.token);
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(result)).toEqual([{ field: 'text', messages: ['doit contenir au moins un mot de 3 lettres'] }]);
    });
  });

  describe('filters, visibility and pagination of the list', () => {
    let listAssociationId: string;
    let listMember: StaffAccount;

    beforeAll(async () => {
      const created = await createAssociation(platform, { name: 'Association des listes' });
      listAssociationId = created.association.id;
      listMember = created.member;
      const gex = { communeCode: '01173' };
      await insertMission(platform, listAssociationId, { title: 'Brouillon', status: MissionStatus.DRAFT });
      await insertMission(platform, listAssociationId, { title: 'Soumise', status: MissionStatus.SUBMITTED });
      await insertMission(platform, listAssociationId, { title: 'Publiée à Gex', domainCode: 'SPORT', ...gex });
      await insertMission(platform, listAssociationId, {
        title: 'Complète',
        status: MissionStatus.FULL,
        places: 1,
        placesTaken: 1,
      });
      await insertMission(platform, listAssociationId, { title: 'Close', status: MissionStatus.CLOSED });
    });

    const titles = async (token: string, variables: Record<string, unknown>) =>
      (
        await platform.gqlOk<Page>(MISSIONS, { associationId: listAssociationId, first: 100, ...variables }, token)
      ).missions.edges
        .map((e) => e.node.title)
        .sort();

    it('shows each role what it may see', async () => {
      expect(await titles(listMember.token, {})).toEqual([
        'Brouillon',
        'Close',
        'Complète',
        'Publiée à Gex',
        'Soumise',
      ]);
      expect(await titles(admin.token, {})).toEqual(['Brouillon', 'Close', 'Complète', 'Publiée à Gex', 'Soumise']);
      expect(await titles(coordinator.token, { status: ['SUBMITTED'] })).toEqual(['Soumise']);
      expect(await titles(referent.token, {})).toEqual(['Close', 'Complète', 'Publiée à Gex']);
      expect(await titles(referent.token, { status: ['DRAFT', 'SUBMITTED'] })).toEqual([]);
      expect(await titles(member.token, {})).toEqual([]);
    });

    it('filters by status, domain, territory, commune and places left', async () => {
      const gexTerritory = (
        await platform.dataSource.query(`SELECT territory_id FROM commune WHERE insee_code = '01173'`)
      )[0].territory_id as string;
      expect(await titles(referent.token, { status: ['PUBLISHED', 'FULL'] })).toEqual(['Complète', 'Publiée à Gex']);
      expect(await titles(referent.token, { domain: 'SPORT' })).toEqual(['Publiée à Gex']);
      expect(await titles(referent.token, { communeCode: '01173' })).toEqual(['Publiée à Gex']);
      expect(await titles(referent.token, { territoryId: gexTerritory })).toEqual(['Publiée à Gex']);
      expect(await titles(referent.token, { hasPlacesLeft: true, status: ['PUBLISHED', 'FULL'] })).toEqual([
        'Publiée à Gex',
      ]);
      expect(await titles(referent.token, { hasPlacesLeft: false })).toEqual(['Complète']);
    });

    it('pages newest first with stable cursors: a mission added meanwhile neither repeats nor shifts a page', async () => {
      const scoped = { associationId: listAssociationId };
      const firstPage = await platform.gqlOk<Page>(MISSIONS, { ...scoped, first: 2 }, admin.token);
      expect(firstPage.missions.totalCount).toBe(5);
      expect(firstPage.missions.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
      await insertMission(platform, listAssociationId, { title: 'Nouvelle' });
      const seen = firstPage.missions.edges.map((e) => e.node.title);
      let after = firstPage.missions.pageInfo.endCursor;
      for (;;) {
        const page: Page = await platform.gqlOk(MISSIONS, { ...scoped, first: 2, after }, admin.token);
        expect(page.missions.pageInfo.hasPreviousPage).toBe(true);
        seen.push(...page.missions.edges.map((e) => e.node.title));
        if (!page.missions.pageInfo.hasNextPage) break;
        after = page.missions.pageInfo.endCursor;
      }
      expect(seen).toEqual(['Close', 'Complète', 'Publiée à Gex', 'Soumise', 'Brouillon']);
      const fresh = await platform.gqlOk<Page>(MISSIONS, { ...scoped, first: 1 }, admin.token);
      expect(fresh.missions.edges[0].node.title).toBe('Nouvelle');
    });

    it('refuses a forged cursor, or a cursor of another order', async () => {
      expect(codeOf(await platform.gql(MISSIONS, { after: 'bidon' }, admin.token))).toBe('BAD_USER_INPUT');
      const page = await platform.gqlOk<Page>(MISSIONS, { first: 1 }, admin.token);
      const mixed = await platform.gql(
        MISSIONS,
        { after: page.missions.pageInfo.endCursor, near: { ...BOURG, radiusKm: 10 } },
        admin.token,
      );
      expect(codeOf(mixed)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(mixed)).toEqual([
        { field: 'after', messages: ['ce curseur vient d’une recherche triée autrement'] },
      ]);
    });
  });

  it('serves the referentials a fiche mission uses', async () => {
    const result = await platform.gqlOk<{ missionDomains: unknown[]; competencies: Array<{ category: string }> }>(
      `{ missionDomains { code label } competencies { code label category } }`,
      {},
      member.token,
    );
    expect(result.missionDomains.length).toBeGreaterThanOrEqual(10);
    expect(result.competencies.filter((c) => c.category === 'SAVOIR_ETRE')).toHaveLength(14);
    expect(associationId).toEqual(expect.any(String));
  });
});
