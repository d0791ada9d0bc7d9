import { FakeClock, Role } from '@tremplin/core';
import { PersonalDataExports } from '@tremplin/privacy';
import { BELLEY, LOGBOOK, UPDATE_PROFILE, recordDiagnostic } from './support/beneficiary-helpers';
import { FollowupCast, createFollowupCast, seedAttestedEngagement } from './support/followup-helpers';
import { pdfText } from './support/passport-helpers';
import { StaffAccount, TestPlatform, eventually } from './support/test-platform';

const SLOW = 120_000;

const REQUEST = `mutation($beneficiaryId: ID!) { requestPersonalDataExport(beneficiaryId: $beneficiaryId) {
  id beneficiaryId status statusLabel requestedAt readyAt expiresAt jsonUrl pdfUrl } }`;
const STATUS = `query($id: ID!) { personalDataExport(id: $id) {
  id status statusLabel readyAt expiresAt jsonUrl pdfUrl } }`;
const DIAGNOSTICS = `query($id: ID!) { beneficiary(id: $id) { diagnostics { id barriers { kind } } } }`;

interface ExportView {
  id: string;
  status: string;
  statusLabel: string;
  readyAt: string | null;
  expiresAt: string | null;
  jsonUrl: string | null;
  pdfUrl: string | null;
}

interface LogbookNode {
  type: string;
  typeLabel: string;
  occurredAt: string;
  summary: string;
  author: { id: string } | null;
}

describe('privacy: a person’s data over its whole life', () => {
  const clock = new FakeClock('2027-03-01T08:00:00.000Z');
  let platform: TestPlatform;
  let cast: FollowupCast;
  let personId: string;
  let admin: StaffAccount;
  let otherReferent: StaffAccount;

  const logbook = async (account: StaffAccount) =>
    (
      await platform.gqlOk<{ logbook: { edges: Array<{ node: LogbookNode }> } }>(
        LOGBOOK,
        { beneficiaryId: personId, first: 100 },
        account.token,
      )
    ).logbook.edges.map((edge) => edge.node);

  beforeAll(async () => {
    platform = await TestPlatform.start({ clock });
    cast = await createFollowupCast(platform);
    const followup = await seedAttestedEngagement(platform, clock, cast, { email: 'karima.benali@exemple.fr' });
    personId = followup.beneficiary.id;
    await recordDiagnostic(platform, cast.referent, personId);
    // The référent reads the barriers: one line of the access log.
    await platform.gqlOk(DIAGNOSTICS, { id: personId }, cast.referent.token);
    admin = await platform.createStaff(Role.ADMIN);
    otherReferent = await platform.createStaff(Role.REFERENT, { territoryId: cast.referent.user.territoryId });
  }, SLOW);
  afterAll(async () => {
    await platform?.stop();
  });

  describe('right of rectification: the history of corrections', () => {
    it('writes every correction of the profile in the carnet: who, which fields, from which value to which, when', async () => {
      clock.set('2027-05-20T08:00:00.000Z');
      await platform.gqlOk(
        UPDATE_PROFILE,
        {
          id: personId,
          input: {
            phone: '07 11 22 33 44',
            communeCode: BELLEY,
            firstName: 'Karima-Lou',
            email: 'karima.lou@exemple.fr',
          },
        },
        cast.referent.token,
      );
      const corrections = (await logbook(cast.referent)).filter((e) => e.type === 'PROFILE_CORRECTED');
      expect(corrections).toHaveLength(1);
      expect(corrections[0]).toMatchObject({
        author: { id: cast.referent.user.id },
        occurredAt: '2027-05-20T08:00:00.000Z',
        typeLabel: 'Correction du profil',
      });
      expect(corrections[0].summary).toBe(
        'Profil corrigé — prénom : « Karima » → « Karima-Lou » ; adresse e-mail : « karima.benali@exemple.fr » → ' +
          '« karima.lou@exemple.fr » ; téléphone : « 06 39 98 12 34 » → « 07 11 22 33 44 » ; ' +
          'commune de résidence : « Oyonnax » → « Belley ».',
      );
    });

    it('writes nothing when the values given are those already held', async () => {
      await platform.gqlOk(UPDATE_PROFILE, { id: personId, input: { phone: '07 11 22 33 44' } }, cast.referent.token);
      expect((await logbook(cast.referent)).filter((e) => e.type === 'PROFILE_CORRECTED')).toHaveLength(1);
    });
  });

  describe('right of access: the export', () => {
    let ready: ExportView;

    beforeAll(async () => {
      const asked = await platform.gqlOk<{ requestPersonalDataExport: ExportView }>(
        REQUEST,
        { beneficiaryId: personId },
        cast.referent.token,
      );
      expect(asked.requestPersonalDataExport).toMatchObject({ status: 'PENDING', jsonUrl: null, pdfUrl: null });
      // The worker produces it.
      ready = await eventually(async () => {
        const { personalDataExport } = await platform.gqlOk<{ personalDataExport: ExportView }>(
          STATUS,
          { id: asked.requestPersonalDataExport.id },
          cast.referent.token,
        );
        return personalDataExport.status === 'READY' && personalDataExport;
      }, 30_000);
    }, SLOW);

    it('is produced by the worker, with signed links to both files until it expires three days later', () => {
      expect(ready.statusLabel).toBe('Prêt à télécharger');
      expect(new Date(ready.expiresAt!).getTime() - new Date(ready.readyAt!).getTime()).toBe(72 * 3_600_000);
      expect(ready.jsonUrl).toMatch(/\/donnees\/[\w-]+\.[\w-]+\.[\w-]+\/export\.json$/);
      expect(ready.pdfUrl).toMatch(/\/export\.pdf$/);
    });

    it('holds everything about the person in the JSON file: profile, consent, diagnostic, journey, emails, reads', async () => {
      const response = await fetch(ready.jsonUrl!);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/application\/json/);
      const file = (await response.json()) as {
        format: string;
        requestedBy: string;
        data: Record<string, unknown[]> & { person: Record<string, unknown>; passport: unknown };
        sections: Array<{ title: string; records: unknown[] }>;
      };
      expect(file.format).toBe('tremplin.donnees-personnelles/1');
      expect(file.requestedBy).toBe('Claire Référente');
      expect(file.data.person).toMatchObject({
        firstName: 'Karima-Lou',
        lastName: 'Benali',
        email: 'karima.lou@exemple.fr',
      });
      expect(file.data.person.volunteeringConsentGivenAt).toBeTruthy();
      const counts = Object.fromEntries(
        ['diagnostics', 'proposals', 'interviews', 'engagements', 'attestations'].map((key) => [
          key,
          file.data[key].length,
        ]),
      );
      expect(counts).toEqual({ diagnostics: 1, proposals: 1, interviews: 1, engagements: 1, attestations: 1 });
      expect(JSON.stringify(file.data.diagnostics)).toContain('Traitement médical lourd en cours');
      expect(file.data.passport).toBeTruthy();
      const types = (file.data.logbook as Array<{ type: string }>).map((e) => e.type);
      expect(types).toEqual(
        expect.arrayContaining(['ENTRY', 'CONSENT_GIVEN', 'MISSION_PROPOSED', 'COMPETENCIES_ATTESTED']),
      );
      const emails = file.data.emails as Array<{
        template: string;
        status: string;
        sentAt: string | null;
        toAddress: string;
      }>;
      expect(emails.map((m) => m.template)).toEqual(expect.arrayContaining(['proposal.new', 'interview.invitation']));
      // Sent before the address was corrected, and still the person's.
      expect(new Set(emails.map((m) => m.toAddress))).toEqual(new Set(['karima.benali@exemple.fr']));
      expect(emails.every((m) => m.status === 'SENT' && m.sentAt)).toBe(true);
      const reads = file.data.accesses as Array<{ dataKind: string; userName: string }>;
      expect(reads).toContainEqual(
        expect.objectContaining({ dataKind: 'DIAGNOSTIC_BARRIERS', userName: 'Claire Référente' }),
      );
      expect(file.sections.map((s) => s.title)).toContain('E-mails envoyés à la personne');
    });

    it('reads as a French PDF with every section', async () => {
      const response = await fetch(ready.pdfUrl!);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      const text = await pdfText(new Uint8Array(await response.arrayBuffer()));
      for (const expected of [
        'VOS DONNÉES PERSONNELLES',
        'Karima-Lou Benali',
        'Claire Référente',
        'Correction du profil',
        'Accord pour recevoir des propositions de bénévolat',
        'Frein : santé',
        'Traitement médical lourd en cours',
        'Accueil à l’épicerie solidaire',
        'Entretiens tripartites',
        'Compétences attestées',
        'Passeport Bénévole',
        'Proposition de mission bénévole',
        'remis au serveur d’envoi',
        'freins identifiés lors du diagnostic',
      ]) {
        expect(text).toContain(expected);
      }
    });

    it('is written in the carnet de bord and in the access log, under the name of who asked', async () => {
      const entries = (await logbook(cast.referent)).filter((e) => e.type === 'PERSONAL_DATA_EXPORTED');
      expect(entries).toHaveLength(1);
      expect(entries[0].author?.id).toBe(cast.referent.user.id);
      expect(entries[0].summary).toMatch(/droit d’accès.*Claire Référente/);
      const [row] = (await platform.dataSource.query(
        `SELECT count(*)::int AS n FROM sensitive_data_access
         WHERE beneficiary_id = $1 AND user_id = $2 AND data_kind = 'PERSONAL_DATA_EXPORT' AND record_id = $3`,
        [personId, cast.referent.user.id, ready.id],
      )) as Array<{ n: number }>;
      expect(row.n).toBe(1);
    });

    it('is produced once, however many times its job runs', async () => {
      await platform.api.get(PersonalDataExports).produce(ready.id);
      expect((await logbook(cast.referent)).filter((e) => e.type === 'PERSONAL_DATA_EXPORTED')).toHaveLength(1);
    });

    it('is refused to a référent who does not follow the person, and a forged link opens nothing', async () => {
      const refused = await platform.gql(REQUEST, { beneficiaryId: personId }, otherReferent.token);
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const status = await platform.gql(STATUS, { id: ready.id }, otherReferent.token);
      expect(status.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const forged = ready.pdfUrl!.replace(/\/donnees\/[^/]+\.([^/.]+)\//, '/donnees/eyJhbGciOiJIUzI1NiJ9.e30.$1/');
      expect((await fetch(forged)).status).toBe(401);
    });

    it('lets the service Insertion follow it too', async () => {
      const { personalDataExport } = await platform.gqlOk<{ personalDataExport: ExportView }>(
        STATUS,
        { id: ready.id },
        admin.token,
      );
      expect(personalDataExport.status).toBe('READY');
    });

    it('erases its files when its retention ends: the links open nothing any more', async () => {
      const [job] = (await platform.dataSource.query(
        `SELECT run_at FROM outbox_job WHERE job_name = 'expire-personal-data-export' AND payload->>'exportId' = $1`,
        [ready.id],
      )) as Array<{ run_at: Date }>;
      expect(job.run_at.toISOString()).toBe(ready.expiresAt);
      const exports = platform.api.get(PersonalDataExports);
      await exports.expire(ready.id); // too early: nothing happens
      expect((await fetch(ready.jsonUrl!)).status).toBe(200);
      clock.set(new Date(new Date(ready.expiresAt!).getTime() + 1000).toISOString());
      await exports.expire(ready.id);
      const [row] = (await platform.dataSource.query(
        `SELECT status, json IS NULL AND pdf IS NULL AS erased FROM personal_data_export WHERE id = $1`,
        [ready.id],
      )) as Array<{ status: string; erased: boolean }>;
      expect(row).toEqual({ status: 'EXPIRED', erased: true });
      expect((await fetch(ready.pdfUrl!)).status).toBe(401);
      const { personalDataExport } = await platform.gqlOk<{ personalDataExport: ExportView }>(
        STATUS,
        { id: ready.id },
        cast.referent.token,
      );
      expect(personalDataExport).toMatchObject({ status: 'EXPIRED', jsonUrl: null, pdfUrl: null });
    });
  });
});
