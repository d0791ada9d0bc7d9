import { FakeClock, JOB_DEFINITIONS, JobName, JobQueue } from '@tremplin/core';
import { OverdueDigestHandler } from '@tremplin/orientation';
import { randomUUID } from 'node:crypto';
import {
  BeneficiaryView,
  CREATE_BENEFICIARY,
  Cast,
  LOGBOOK,
  ORIENT,
  RECORD_DIAGNOSTIC,
  REORIENT,
  UPDATE_PROFILE,
  beneficiaryInput,
  createBeneficiary,
  createCast,
  expectRefusedWithoutWrite,
  fingerprint,
  fieldsOf,
  orient,
  recordDiagnostic,
} from './support/beneficiary-helpers';
import { StaffAccount, TestPlatform, eventually } from './support/test-platform';
import { Role } from '@tremplin/core';

const DIAGNOSTICS = `query($id: ID!) { beneficiary(id: $id) {
  orientationStatus
  diagnostics { id proposedPathway strengths author { id } barriers { kind level note } notes } } }`;
const DIAGNOSTICS_PUBLIC = `query($id: ID!) { beneficiary(id: $id) {
  latestDiagnostic { id proposedPathway strengths conductedAt } diagnostics { id } } }`;
const ORIENTATIONS = `query($id: ID!) { beneficiary(id: $id) {
  orientationStatus orientedAt referent { id }
  currentOrientation { id pathway organism isReorientation referent { id } previousReferent { id } decidedBy { id } }
  orientations { id isReorientation reason } } }`;
const OVERDUE = `query($first: Int, $after: String, $kind: DeadlineKind, $territoryId: ID, $referentId: ID) {
  overdueOrientations(first: $first, after: $after, kind: $kind, territoryId: $territoryId, referentId: $referentId) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { missed daysLate beneficiary { id lastName } deadlines { overdue orientation { state dueOn daysLate } accompaniment { state dueOn daysLate } } } } } }`;
const ADD_NOTE = `mutation($input: AddLogbookNoteInput!) { addLogbookNote(input: $input) { id } }`;

type Book = {
  logbook: { edges: Array<{ node: { id: string; type: string; summary: string; referenceId: string | null } }> };
};
type OverdueList = {
  overdueOrientations: {
    totalCount: number;
    edges: Array<{ node: { missed: string[]; daysLate: number; beneficiary: { id: string } } }>;
  };
};

const orientInput = (beneficiaryId: string, referentId: string) => ({
  beneficiaryId,
  pathway: 'SOCIAL',
  organism: 'CDS Oyonnax',
  referentId,
});

/** Mail text with its line wrapping undone. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

async function accessLogCount(platform: TestPlatform): Promise<number> {
  const [row] = (await platform.dataSource.query(`SELECT count(*)::int AS n FROM sensitive_data_access`)) as Array<{
    n: number;
  }>;
  return row.n;
}

describe('orientation', () => {
  // Monday 2 March 2026, 9:00 in Paris.
  const clock = new FakeClock('2026-03-02T08:00:00.000Z');
  let platform: TestPlatform;
  let cast: Cast;

  beforeAll(async () => {
    platform = await TestPlatform.start({ clock });
    cast = await createCast(platform);
  });
  afterAll(async () => {
    await platform.stop();
  });

  describe('daily digest when nothing is late', () => {
    it('sends nothing at all', async () => {
      await createBeneficiary(platform, cast.referent);
      const outcome = await platform.worker!.get(OverdueDigestHandler).sendDigests();
      expect(outcome).toEqual({ referentDigests: 0, adminDigests: 0, alreadySent: 0 });
      expect(await platform.dataSource.query(`SELECT count(*)::int AS n FROM email_message`)).toEqual([{ n: 0 }]);
    });
  });

  describe('recordDiagnostic', () => {
    let file: BeneficiaryView;
    let diagnosticId: string;
    beforeAll(async () => {
      file = await createBeneficiary(platform, cast.referent);
      diagnosticId = (await recordDiagnostic(platform, cast.referent, file.id)).id;
    });

    it('moves the file to orientation and writes the logbook without any barrier detail', async () => {
      const data = await platform.gqlOk<{ beneficiary: { orientationStatus: string } }>(
        `query($id: ID!) { beneficiary(id: $id) { orientationStatus } }`,
        { id: file.id },
        cast.referent.token,
      );
      expect(data.beneficiary.orientationStatus).toBe('PENDING_ORIENTATION');
      const book = await platform.gqlOk<Book>(
        LOGBOOK,
        { beneficiaryId: file.id, types: ['DIAGNOSTIC'] },
        cast.manager.token,
      );
      expect(book.logbook.edges.map((e) => e.node)).toEqual([
        expect.objectContaining({
          type: 'DIAGNOSTIC',
          summary: 'Diagnostic réalisé ; parcours proposé : socio-professionnel.',
          referenceId: diagnosticId,
        }),
      ]);
      const everything = JSON.stringify(
        await platform.gqlOk(LOGBOOK, { beneficiaryId: file.id, first: 100 }, cast.manager.token),
      );
      for (const secret of ['Traitement', 'médical', 'HEALTH', 'santé', 'familiale'])
        expect(everything).not.toContain(secret);
    });

    it('serves barriers and notes to the referent and the admin, and logs every read', async () => {
      const before = await accessLogCount(platform);
      const asReferent = await platform.gqlOk<{ beneficiary: { diagnostics: Array<Record<string, unknown>> } }>(
        DIAGNOSTICS,
        { id: file.id },
        cast.referent.token,
      );
      expect(asReferent.beneficiary.diagnostics).toEqual([
        {
          id: diagnosticId,
          proposedPathway: 'SOCIO_PROFESSIONAL',
          strengths: 'Ponctuelle, aime le contact',
          author: { id: cast.referent.user.id },
          barriers: [
            { kind: 'HEALTH', level: 'HIGH', note: 'Traitement médical lourd en cours' },
            { kind: 'MOBILITY', level: 'MEDIUM', note: null },
          ],
          notes: 'Situation familiale difficile',
        },
      ]);
      const rows = (await platform.dataSource.query(
        `SELECT user_id, beneficiary_id, data_kind, record_id, accessed_at FROM sensitive_data_access ORDER BY id DESC LIMIT 2`,
      )) as Array<Record<string, unknown>>;
      expect(rows.map((r) => r.data_kind).sort()).toEqual(['DIAGNOSTIC_BARRIERS', 'DIAGNOSTIC_NOTES']);
      for (const row of rows) {
        expect(row).toMatchObject({ user_id: cast.referent.user.id, beneficiary_id: file.id, record_id: diagnosticId });
        expect((row.accessed_at as Date).toISOString()).toBe(clock.now().toISOString());
      }
      await platform.gqlOk(DIAGNOSTICS, { id: file.id }, cast.admin.token);
      expect(await accessLogCount(platform)).toBe(before + 4);
    });

    it('refuses barriers and notes to the territory manager, field by field, and logs nothing', async () => {
      const before = await accessLogCount(platform);
      const open = await platform.gqlOk<{ beneficiary: { latestDiagnostic: Record<string, unknown> } }>(
        DIAGNOSTICS_PUBLIC,
        { id: file.id },
        cast.manager.token,
      );
      expect(open.beneficiary.latestDiagnostic).toMatchObject({
        id: diagnosticId,
        proposedPathway: 'SOCIO_PROFESSIONAL',
      });
      const result = await platform.gql<{ beneficiary: { diagnostics: Array<{ barriers: unknown; notes: unknown }> } }>(
        DIAGNOSTICS,
        { id: file.id },
        cast.manager.token,
      );
      expect(result.errors?.map((e) => [e.extensions?.code, e.path?.join('.')]).sort()).toEqual([
        ['FORBIDDEN', 'beneficiary.diagnostics.0.barriers'],
        ['FORBIDDEN', 'beneficiary.diagnostics.0.notes'],
      ]);
      expect(result.errors?.[0]?.message).toMatch(/réservées au référent de parcours et au service Insertion/);
      expect(result.data?.beneficiary.diagnostics[0]).toMatchObject({ barriers: null, notes: null });
      expect(JSON.stringify(result)).not.toContain('Traitement');
      expect(await accessLogCount(platform)).toBe(before);
    });

    it('is refused to other referents, the territory manager, associations and coordinators', async () => {
      for (const account of [cast.colleague, cast.manager, cast.belleyReferent, cast.association, cast.coordinator]) {
        await expectRefusedWithoutWrite(platform, 'FORBIDDEN', () =>
          platform.gql(
            RECORD_DIAGNOSTIC,
            { input: { beneficiaryId: file.id, barriers: [], proposedPathway: 'SOCIAL' } },
            account.token,
          ),
        );
      }
    });

    it('refuses bad input and closed files without writing anything', async () => {
      const twice = await expectRefusedWithoutWrite(platform, 'BAD_USER_INPUT', () =>
        platform.gql(
          RECORD_DIAGNOSTIC,
          {
            input: {
              beneficiaryId: file.id,
              barriers: [
                { kind: 'HOUSING', level: 'LOW' },
                { kind: 'HOUSING', level: 'HIGH' },
              ],
              proposedPathway: 'SOCIAL',
            },
          },
          cast.referent.token,
        ),
      );
      expect(twice.errors?.[0]?.message).toMatch(/chaque type de frein ne peut figurer qu’une fois/);
      const tooLong = await expectRefusedWithoutWrite(platform, 'BAD_USER_INPUT', () =>
        platform.gql(
          RECORD_DIAGNOSTIC,
          { input: { beneficiaryId: file.id, barriers: [], notes: 'x'.repeat(4001), proposedPathway: 'SOCIAL' } },
          cast.referent.token,
        ),
      );
      expect(fieldsOf(tooLong)).toEqual(['notes']);
      const closed = await createBeneficiary(platform, cast.referent);
      await platform.gqlOk(
        `mutation($input: ChangeBeneficiaryStatusInput!) { changeBeneficiaryStatus(input: $input) { status } }`,
        { input: { beneficiaryId: closed.id, status: 'LEFT' } },
        cast.referent.token,
      );
      const refused = await expectRefusedWithoutWrite(platform, 'INVALID_TRANSITION', () =>
        platform.gql(
          RECORD_DIAGNOSTIC,
          { input: { beneficiaryId: closed.id, barriers: [], proposedPathway: 'SOCIAL' } },
          cast.referent.token,
        ),
      );
      expect(refused.errors?.[0]?.extensions?.currentStatus).toBe('LEFT');
    });
  });

  describe('orientBeneficiary', () => {
    let file: BeneficiaryView;
    beforeAll(async () => {
      file = await createBeneficiary(platform, cast.referent);
    });

    it('refuses an orientation without diagnostic', async () => {
      const result = await expectRefusedWithoutWrite(platform, 'INVALID_TRANSITION', () =>
        platform.gql(ORIENT, { input: orientInput(file.id, cast.referent.user.id) }, cast.referent.token),
      );
      expect(result.errors?.[0]).toMatchObject({
        message: "Un diagnostic doit être enregistré avant l'orientation.",
        extensions: { code: 'INVALID_TRANSITION', currentStatus: 'PENDING_DIAGNOSTIC' },
      });
    });

    it('refuses anyone but the referent or the admin, and a référent unique who is not an active referent', async () => {
      await recordDiagnostic(platform, cast.referent, file.id);
      const input = orientInput(file.id, cast.colleague.user.id);
      for (const account of [cast.colleague, cast.manager, cast.belleyReferent, cast.association, cast.coordinator]) {
        await expectRefusedWithoutWrite(platform, 'FORBIDDEN', () => platform.gql(ORIENT, { input }, account.token));
      }
      for (const referentId of [cast.coordinator.user.id, cast.admin.user.id, randomUUID()]) {
        const result = await expectRefusedWithoutWrite(platform, 'BAD_USER_INPUT', () =>
          platform.gql(ORIENT, { input: { ...input, referentId } }, cast.referent.token),
        );
        expect(fieldsOf(result)).toEqual(['referentId']);
      }
      const organism = await expectRefusedWithoutWrite(platform, 'BAD_USER_INPUT', () =>
        platform.gql(ORIENT, { input: { ...input, organism: 'X' } }, cast.referent.token),
      );
      expect(fieldsOf(organism)).toEqual(['organism']);
    });

    it('orients and hands the file over: the former referent keeps the logbook only', async () => {
      clock.advance(3_600_000);
      const data = await platform.gqlOk<{ orientBeneficiary: Record<string, unknown> }>(
        ORIENT,
        {
          input: {
            beneficiaryId: file.id,
            pathway: 'PROFESSIONAL',
            organism: 'France Travail Oyonnax',
            referentId: cast.colleague.user.id,
          },
        },
        cast.referent.token,
      );
      expect(data.orientBeneficiary).toMatchObject({
        pathway: 'PROFESSIONAL',
        organism: 'France Travail Oyonnax',
        isReorientation: false,
        decidedAt: clock.now().toISOString(),
        referent: { id: cast.colleague.user.id },
        previousReferent: { id: cast.referent.user.id },
      });
      const state = await platform.gqlOk<{ beneficiary: Record<string, unknown> }>(
        ORIENTATIONS,
        { id: file.id },
        cast.colleague.token,
      );
      expect(state.beneficiary).toMatchObject({
        orientationStatus: 'ORIENTED',
        orientedAt: clock.now().toISOString(),
        referent: { id: cast.colleague.user.id },
        currentOrientation: { pathway: 'PROFESSIONAL', decidedBy: { id: cast.referent.user.id } },
      });
      const book = await platform.gqlOk<Book>(
        LOGBOOK,
        { beneficiaryId: file.id, types: ['ORIENTATION'] },
        cast.referent.token,
      );
      expect(book.logbook.edges[0].node.summary).toBe(
        'Orientation vers le parcours professionnel ; organisme : France Travail Oyonnax ; référent unique : Julien Collègue ; ' +
          'passation : Claire Référente garde l’accès au carnet de bord jusqu’au 02/06/2026 inclus.',
      );
      const profile = await platform.gql(
        `query($id: ID!) { beneficiary(id: $id) { id } }`,
        { id: file.id },
        cast.referent.token,
      );
      expect(profile.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      await expectRefusedWithoutWrite(platform, 'FORBIDDEN', () =>
        platform.gql(ADD_NOTE, { input: { beneficiaryId: file.id, summary: 'Encore moi' } }, cast.referent.token),
      );
      await platform.gqlOk(
        ADD_NOTE,
        { input: { beneficiaryId: file.id, summary: 'Prise de contact.' } },
        cast.colleague.token,
      );
    });

    it('refuses a second orientation: that is a re-orientation', async () => {
      const result = await expectRefusedWithoutWrite(platform, 'INVALID_TRANSITION', () =>
        platform.gql(ORIENT, { input: orientInput(file.id, cast.colleague.user.id) }, cast.colleague.token),
      );
      expect(result.errors?.[0]?.extensions?.currentStatus).toBe('ORIENTED');
      expect(result.errors?.[0]?.message).toMatch(/réorientation/);
    });
  });

  describe('reorientBeneficiary', () => {
    let file: BeneficiaryView;
    const reorientInput = (referentId: string) => ({
      ...orientInput(file.id, referentId),
      reason: 'Problème de santé survenu : un accompagnement social est d’abord nécessaire.',
    });
    beforeAll(async () => {
      file = await createBeneficiary(platform, cast.referent);
      await recordDiagnostic(platform, cast.referent, file.id);
      clock.advance(60_000);
      await orient(platform, cast.referent, file.id, cast.referent.user.id);
    });

    it('refuses a re-orientation of a file never oriented', async () => {
      const fresh = await createBeneficiary(platform, cast.referent);
      await recordDiagnostic(platform, cast.referent, fresh.id);
      const result = await expectRefusedWithoutWrite(platform, 'INVALID_TRANSITION', () =>
        platform.gql(
          REORIENT,
          { input: { ...reorientInput(cast.referent.user.id), beneficiaryId: fresh.id } },
          cast.referent.token,
        ),
      );
      expect(result.errors?.[0]?.extensions?.currentStatus).toBe('PENDING_ORIENTATION');
    });

    it('refuses a re-orientation without a diagnostic newer than the current orientation', async () => {
      clock.advance(60_000);
      const result = await expectRefusedWithoutWrite(platform, 'INVALID_TRANSITION', () =>
        platform.gql(REORIENT, { input: reorientInput(cast.colleague.user.id) }, cast.referent.token),
      );
      expect(result.errors?.[0]).toMatchObject({
        message:
          "Une réorientation demande un nouveau diagnostic, réalisé après l'orientation en cours : enregistrez-le d'abord.",
        extensions: { currentStatus: 'ORIENTED' },
      });
    });

    it('refuses a re-orientation without a reason, or by someone else', async () => {
      clock.advance(60_000);
      await recordDiagnostic(platform, cast.referent, file.id, { proposedPathway: 'SOCIAL' });
      for (const reason of ['', 'ok']) {
        const result = await expectRefusedWithoutWrite(platform, 'BAD_USER_INPUT', () =>
          platform.gql(REORIENT, { input: { ...reorientInput(cast.colleague.user.id), reason } }, cast.referent.token),
        );
        expect(fieldsOf(result)).toEqual(['reason']);
      }
      for (const account of [cast.colleague, cast.manager, cast.association, cast.coordinator]) {
        await expectRefusedWithoutWrite(platform, 'FORBIDDEN', () =>
          platform.gql(REORIENT, { input: reorientInput(cast.colleague.user.id) }, account.token),
        );
      }
    });

    it('re-orients after a new diagnostic, records the handoff and keeps the reason sensitive', async () => {
      clock.advance(60_000);
      const firstOrientedAt = (
        await platform.gqlOk<{ beneficiary: { orientedAt: string } }>(
          ORIENTATIONS,
          { id: file.id },
          cast.referent.token,
        )
      ).beneficiary.orientedAt;
      const data = await platform.gqlOk<{ reorientBeneficiary: Record<string, unknown> }>(
        REORIENT,
        { input: reorientInput(cast.colleague.user.id) },
        cast.referent.token,
      );
      expect(data.reorientBeneficiary).toMatchObject({
        pathway: 'SOCIAL',
        isReorientation: true,
        referent: { id: cast.colleague.user.id },
        previousReferent: { id: cast.referent.user.id },
      });
      const before = await accessLogCount(platform);
      const state = await platform.gqlOk<{
        beneficiary: { orientedAt: string; orientations: Array<Record<string, unknown>> };
      }>(ORIENTATIONS, { id: file.id }, cast.colleague.token);
      expect(state.beneficiary.orientedAt).toBe(firstOrientedAt);
      expect(state.beneficiary.orientations).toEqual([
        expect.objectContaining({ isReorientation: true, reason: reorientInput('').reason }),
        expect.objectContaining({ isReorientation: false, reason: null }),
      ]);
      expect(await accessLogCount(platform)).toBe(before + 1);
      const [row] = (await platform.dataSource.query(
        `SELECT data_kind, user_id FROM sensitive_data_access ORDER BY id DESC LIMIT 1`,
      )) as Array<Record<string, unknown>>;
      expect(row).toEqual({ data_kind: 'REORIENTATION_REASON', user_id: cast.colleague.user.id });

      const asManager = await platform.gql(ORIENTATIONS, { id: file.id }, cast.manager.token);
      expect(asManager.errors?.map((e) => [e.extensions?.code, e.path?.join('.')])).toEqual([
        ['FORBIDDEN', 'beneficiary.orientations.0.reason'],
      ]);
      const book = await platform.gqlOk<Book>(
        LOGBOOK,
        { beneficiaryId: file.id, types: ['REORIENTATION'] },
        cast.colleague.token,
      );
      expect(book.logbook.edges[0].node.summary).toMatch(
        /^Réorientation : parcours socio-professionnel → parcours social ; organisme : CDS Oyonnax ; référent unique : Julien Collègue ; passation : Claire Référente/,
      );
      expect(JSON.stringify(book)).not.toContain('santé');
    });

    it('lets the former referent read the logbook, confidential notes masked, for three months and no longer', async () => {
      await platform.gqlOk(
        ADD_NOTE,
        { input: { beneficiaryId: file.id, summary: 'Suivi psychologique en place.', confidential: true } },
        cast.colleague.token,
      );
      const saved = clock.now();
      try {
        const book = await platform.gqlOk<Book>(LOGBOOK, { beneficiaryId: file.id, first: 100 }, cast.referent.token);
        expect(JSON.stringify(book)).not.toContain('psychologique');
        expect(book.logbook.edges.some((e) => e.node.summary.startsWith('Note confidentielle'))).toBe(true);
        clock.set('2026-06-02T21:59:00.000Z'); // 23:59 in Paris on the last day
        await platform.gqlOk(LOGBOOK, { beneficiaryId: file.id }, cast.referent.token);
        clock.set('2026-06-02T22:00:00.000Z'); // midnight in Paris
        const expired = await platform.gql(LOGBOOK, { beneficiaryId: file.id }, cast.referent.token);
        expect(expired.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      } finally {
        clock.set(saved);
      }
    });
  });

  describe('overdueOrientations', () => {
    let referent: StaffAccount;
    let late: BeneficiaryView;
    let dueToday: BeneficiaryView;
    let lateAccompaniment: BeneficiaryView;
    let suspended: BeneficiaryView;
    let belleyLate: BeneficiaryView;

    beforeAll(async () => {
      const oyonnax = await platform.territory('CDS-OYONNAX');
      referent = await platform.createStaff(Role.REFERENT, {
        firstName: 'Inès',
        lastName: 'Délais',
        territoryId: oyonnax.id,
      });
      // Today is 2 March 2026.
      late = await createBeneficiary(platform, referent, { firstName: 'Amina', rsaEntryDate: '2026-01-31' });
      dueToday = await createBeneficiary(platform, referent, { firstName: 'Bruno', rsaEntryDate: '2026-02-02' });
      lateAccompaniment = await createBeneficiary(platform, referent, {
        firstName: 'Chloé',
        rsaEntryDate: '2025-12-15',
      });
      await recordDiagnostic(platform, referent, lateAccompaniment.id);
      await orient(platform, referent, lateAccompaniment.id, referent.user.id);
      suspended = await createBeneficiary(platform, referent, { firstName: 'David', rsaEntryDate: '2025-11-01' });
      await platform.gqlOk(
        `mutation($input: ChangeBeneficiaryStatusInput!) { changeBeneficiaryStatus(input: $input) { status } }`,
        { input: { beneficiaryId: suspended.id, status: 'SUSPENDED' } },
        referent.token,
      );
      belleyLate = await createBeneficiary(platform, cast.belleyReferent, {
        firstName: 'Éric',
        communeCode: '01034',
        rsaEntryDate: '2026-01-10',
      });
    });

    const ids = (data: OverdueList) => data.overdueOrientations.edges.map((e) => e.node.beneficiary.id);

    it('lists a referent’s late files, the most late first, with what is late and by how much', async () => {
      const data = await platform.gqlOk<OverdueList>(OVERDUE, { first: 50 }, referent.token);
      expect(data.overdueOrientations.edges.map((e) => e.node)).toEqual([
        expect.objectContaining({
          missed: ['ACCOMPANIMENT'],
          daysLate: 15,
          beneficiary: expect.objectContaining({ id: lateAccompaniment.id }),
        }),
        expect.objectContaining({
          missed: ['ORIENTATION'],
          daysLate: 2,
          beneficiary: expect.objectContaining({ id: late.id }),
        }),
      ]);
      expect(data.overdueOrientations.totalCount).toBe(2);
      expect(ids(data)).not.toContain(dueToday.id);
      expect(ids(data)).not.toContain(suspended.id);
    });

    it('filters by deadline', async () => {
      const orientation = await platform.gqlOk<OverdueList>(OVERDUE, { kind: 'ORIENTATION' }, referent.token);
      expect(ids(orientation)).toEqual([late.id]);
      const accompaniment = await platform.gqlOk<OverdueList>(OVERDUE, { kind: 'ACCOMPANIMENT' }, referent.token);
      expect(ids(accompaniment)).toEqual([lateAccompaniment.id]);
    });

    it('shows the territory manager their territory and the admin everything; never associations or coordinators', async () => {
      const manager = ids(await platform.gqlOk<OverdueList>(OVERDUE, { first: 50 }, cast.manager.token));
      expect(manager).toEqual(expect.arrayContaining([late.id, lateAccompaniment.id]));
      expect(manager).not.toContain(belleyLate.id);
      const admin = await platform.gqlOk<OverdueList>(OVERDUE, { first: 50 }, cast.admin.token);
      expect(ids(admin)).toEqual(expect.arrayContaining([late.id, lateAccompaniment.id, belleyLate.id]));
      const other = ids(await platform.gqlOk<OverdueList>(OVERDUE, { first: 50 }, cast.colleague.token));
      expect(other).not.toContain(late.id);
      for (const account of [cast.association, cast.coordinator]) {
        const result = await platform.gql(OVERDUE, {}, account.token);
        expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        expect(result.data).toBeNull();
      }
    });

    it('agrees with the overdue filter of beneficiaries and with each file’s deadlines', async () => {
      const admin = await platform.gqlOk<OverdueList>(OVERDUE, { first: 50 }, cast.admin.token);
      const list = await platform.gqlOk<{
        beneficiaries: { edges: Array<{ node: { id: string; deadlines: { overdue: boolean } } }> };
      }>(
        `query { beneficiaries(first: 50, overdue: true) { edges { node { id deadlines { overdue } } } } }`,
        {},
        cast.admin.token,
      );
      expect(list.beneficiaries.edges.map((e) => e.node.id).sort()).toEqual(ids(admin).sort());
      expect(list.beneficiaries.edges.every((e) => e.node.deadlines.overdue)).toBe(true);
      const onTime = await platform.gqlOk<{
        beneficiaries: { edges: Array<{ node: { deadlines: { overdue: boolean } } }> };
      }>(
        `query { beneficiaries(first: 50, overdue: false) { edges { node { deadlines { overdue } } } } }`,
        {},
        cast.admin.token,
      );
      expect(onTime.beneficiaries.edges.length).toBeGreaterThan(0);
      expect(onTime.beneficiaries.edges.every((e) => !e.node.deadlines.overdue)).toBe(true);
    });
  });

  describe('daily digest', () => {
    const today = '2026-03-02';
    const digestKeys = async () =>
      (await platform.dataSource.query(
        `SELECT idempotency_key AS key, to_address AS "to" FROM email_message WHERE idempotency_key LIKE 'digest:%' ORDER BY 1`,
      )) as Array<{ key: string; to: string }>;

    it('sends each referent with late files one French digest, and the admin the counts, once a day', async () => {
      platform.smtp.clear();
      const delays = (await platform.dataSource.query(
        `SELECT id FROM app_user WHERE first_name = 'Inès' AND last_name = 'Délais'`,
      )) as Array<{ id: string }>;
      const referentEmail = (
        (await platform.dataSource.query(`SELECT email FROM app_user WHERE id = $1`, [delays[0].id])) as Array<{
          email: string;
        }>
      )[0].email;

      const handler = platform.worker!.get(OverdueDigestHandler);
      const first = await handler.sendDigests();
      expect(first.referentDigests).toBeGreaterThanOrEqual(2);
      expect(first.adminDigests).toBe(1);
      const mails = await platform.smtp.waitFor(first.referentDigests + first.adminDigests);

      const mine = mails.filter((m) => m.to.includes(referentEmail));
      expect(mine).toHaveLength(1);
      expect(mine[0].subject).toBe('Tremplin : 2 dossiers en retard');
      const text = flat(mine[0].text);
      expect(text).toContain(
        'Bonjour Inès, Au 02/03/2026, vous avez 2 dossiers en retard parmi les personnes que vous suivez',
      );
      expect(text).toContain(
        '* Chloé E. : première action d’accompagnement en retard de 15 jours (attendue le 15/02/2026) ' +
          '* Amina E. : orientation en retard de 2 jours (attendue le 28/02/2026)',
      );
      expect(text).not.toMatch(/Bruno|David|Éric/);
      expect(mine[0].html).toContain('Amina E.');

      const toAdmin = mails.filter((m) => m.to.includes(cast.admin.user.email));
      expect(toAdmin).toHaveLength(1);
      expect(toAdmin[0].subject).toMatch(/^Tremplin : \d+ dossiers en retard dans le département$/);
      expect(toAdmin[0].text).toContain('CDS Oyonnax');
      expect(toAdmin[0].text).toContain('CDS Belley');
      expect(toAdmin[0].text).not.toContain('Amina');

      // Referents with nothing late get nothing; associations and coordinators never.
      for (const account of [cast.association, cast.coordinator, cast.manager]) {
        expect(mails.some((m) => m.to.includes(account.user.email))).toBe(false);
      }

      const keys = await digestKeys();
      expect(keys.map((k) => k.key)).toContain(`digest:${delays[0].id}:${today}`);

      // The same day again, directly and through the queue: nothing more.
      expect(await handler.sendDigests()).toEqual({ referentDigests: 0, adminDigests: 0, alreadySent: keys.length });
      const queue = platform.api.get(JobQueue).queue(JOB_DEFINITIONS[JobName.SendOverdueDigests].queue);
      for (const jobId of [randomUUID(), randomUUID()]) {
        await platform.api.get(JobQueue).add(JobName.SendOverdueDigests, {}, { jobId });
        await eventually(
          async () => !['waiting', 'active', 'delayed', 'prioritized'].includes(await queue.getJobState(jobId)),
        );
      }
      expect(await digestKeys()).toEqual(keys);
      await platform.settle();
      expect(platform.smtp.messages).toHaveLength(mails.length);

      // The next day, a new digest.
      clock.advanceDays(1);
      try {
        const next = await handler.sendDigests();
        expect(next.referentDigests).toBe(first.referentDigests);
        const nextMails = await platform.smtp.waitFor(mails.length + next.referentDigests + next.adminDigests);
        const again = nextMails.filter((m) => m.to.includes(referentEmail));
        expect(again).toHaveLength(2);
        expect(flat(again[1].text)).toContain('Amina E. : orientation en retard de 3 jours');
      } finally {
        clock.advanceDays(-1);
      }
    });

    it('drops a file from the digest once the late step is done', async () => {
      const referent = (await platform.dataSource.query(
        `SELECT id FROM app_user WHERE first_name = 'Inès' AND last_name = 'Délais'`,
      )) as Array<{ id: string }>;
      const files = (await platform.dataSource.query(
        `SELECT id FROM beneficiary WHERE referent_id = $1 AND first_name = 'Chloé'`,
        [referent[0].id],
      )) as Array<{ id: string }>;
      const token = (
        await platform.gqlOk<{ login: { token: string } }>(
          `mutation($input: LoginInput!) { login(input: $input) { token } }`,
          {
            input: {
              email: (
                (await platform.dataSource.query(`SELECT email FROM app_user WHERE id = $1`, [
                  referent[0].id,
                ])) as Array<{ email: string }>
              )[0].email,
              password: 'mot-de-passe-de-test-1',
            },
          },
        )
      ).login.token;
      await platform.gqlOk(
        ADD_NOTE,
        { input: { beneficiaryId: files[0].id, type: 'APPOINTMENT', summary: 'Entretien de suivi réalisé.' } },
        token,
      );
      const data = await platform.gqlOk<OverdueList>(OVERDUE, {}, token);
      expect(ids(data)).not.toContain(files[0].id);

      function ids(list: OverdueList): string[] {
        return list.overdueOrientations.edges.map((e) => e.node.beneficiary.id);
      }
    });
  });

  describe('associations and coordinators, by every query path', () => {
    it('get no beneficiary, diagnostic, barrier, orientation or logbook data from any operation', async () => {
      const file = await createBeneficiary(platform, cast.referent);
      await recordDiagnostic(platform, cast.referent, file.id);
      const sensitive = `id firstName lastName birthDate email phone
        diagnostics { id barriers { kind level note } notes strengths }
        orientations { id reason } currentOrientation { id reason }`;
      const operations: Record<string, [string, Record<string, unknown>]> = {
        beneficiary: [`query($id: ID!) { beneficiary(id: $id) { ${sensitive} } }`, { id: file.id }],
        beneficiaries: [`query { beneficiaries(first: 5) { edges { node { ${sensitive} } } } }`, {}],
        logbook: [`query($id: ID!) { logbook(beneficiaryId: $id) { edges { node { summary } } } }`, { id: file.id }],
        overdueOrientations: [
          `query { overdueOrientations(first: 5) { edges { node { beneficiary { ${sensitive} } } } } }`,
          {},
        ],
        sensitiveDataAccessLog: [`query { sensitiveDataAccessLog { edges { node { beneficiaryId dataKind } } } }`, {}],
        createBeneficiary: [CREATE_BENEFICIARY, { input: beneficiaryInput() }],
        updateBeneficiaryProfile: [UPDATE_PROFILE, { id: file.id, input: { frenchLevel: 'A1' } }],
        giveVolunteeringConsent: [
          `mutation($id: ID!) { giveVolunteeringConsent(beneficiaryId: $id) { ${sensitive} } }`,
          { id: file.id },
        ],
        withdrawVolunteeringConsent: [
          `mutation($id: ID!) { withdrawVolunteeringConsent(beneficiaryId: $id) { ${sensitive} } }`,
          { id: file.id },
        ],
        changeBeneficiaryStatus: [
          `mutation($id: ID!) { changeBeneficiaryStatus(input: { beneficiaryId: $id, status: SUSPENDED }) { ${sensitive} } }`,
          { id: file.id },
        ],
        addLogbookNote: [
          `mutation($id: ID!) { addLogbookNote(input: { beneficiaryId: $id, summary: "x" }) { summary } }`,
          { id: file.id },
        ],
        recordDiagnostic: [
          `mutation($id: ID!) { recordDiagnostic(input: { beneficiaryId: $id, barriers: [], proposedPathway: SOCIAL }) { barriers { note } notes } }`,
          { id: file.id },
        ],
        orientBeneficiary: [
          `mutation($id: ID!, $r: ID!) { orientBeneficiary(input: { beneficiaryId: $id, pathway: SOCIAL, organism: "CDS", referentId: $r }) { reason } }`,
          { id: file.id, r: cast.referent.user.id },
        ],
        reorientBeneficiary: [
          `mutation($id: ID!, $r: ID!) { reorientBeneficiary(input: { beneficiaryId: $id, pathway: SOCIAL, organism: "CDS", referentId: $r, reason: "motif de test" }) { reason } }`,
          { id: file.id, r: cast.referent.user.id },
        ],
        proposeMission: [
          `mutation($id: ID!) { proposeMission(input: { beneficiaryId: $id, missionId: "00000000-0000-4000-8000-000000000000" }) { beneficiary { ${sensitive} } } }`,
          { id: file.id },
        ],
        recordProposalAnswer: [
          `mutation { recordProposalAnswer(input: { proposalId: "00000000-0000-4000-8000-000000000000", answer: ACCEPT, channel: PHONE }) { beneficiary { ${sensitive} } } }`,
          {},
        ],
        withdrawProposal: [
          `mutation { withdrawProposal(input: { proposalId: "00000000-0000-4000-8000-000000000000" }) { beneficiary { ${sensitive} } } }`,
          {},
        ],
      };
      // Open to every staff member, personal fields guarded one by one (an association sees the accepted
      // proposals of its missions, first name and contact only): they answer, and reveal nothing of the file.
      const guarded: Record<string, [string, Record<string, unknown>]> = {
        proposal: [`query($id: ID!) { proposal(id: $id) { beneficiary { ${sensitive} } } }`, { id: file.id }],
        proposals: [`query { proposals(first: 5) { edges { node { beneficiary { ${sensitive} } } } } }`, {}],
        // Coordinators only (the association is refused): the proposals waiting for their interview.
        proposalsAwaitingInterview: [
          `query { proposalsAwaitingInterview(first: 5) { edges { node { beneficiary { ${sensitive} } } } } }`,
          {},
        ],
      };

      // Every root operation whose result reaches these types must be in one of the lists above.
      const SENSITIVE_TYPES = new Set([
        'Beneficiary',
        'Diagnostic',
        'DiagnosticBarrier',
        'Orientation',
        'LogbookEntry',
        'SensitiveDataAccess',
      ]);
      const schema = await platform.gqlOk<{
        __schema: {
          types: Array<{ name: string; kind: string; fields: Array<{ name: string; type: unknown }> | null }>;
        };
      }>(`query { __schema { types { name kind fields { name type { ...T } } } } }
          fragment T on __Type { name kind ofType { name kind ofType { name kind ofType { name kind ofType { name kind } } } } }`);
      const types = new Map(schema.__schema.types.map((t) => [t.name, t]));
      const named = (type: unknown): string => {
        let current = type as { name: string | null; ofType: unknown };
        while (!current.name) current = current.ofType as { name: string | null; ofType: unknown };
        return current.name;
      };
      const reaches = (name: string, seen = new Set<string>()): boolean => {
        if (SENSITIVE_TYPES.has(name)) return true;
        if (seen.has(name)) return false;
        seen.add(name);
        return (types.get(name)?.fields ?? []).some((f) => reaches(named(f.type), seen));
      };
      const paths = ['Query', 'Mutation'].flatMap((root) =>
        (types.get(root)?.fields ?? []).filter((f) => reaches(named(f.type))).map((f) => f.name),
      );
      expect(paths.sort()).toEqual([...Object.keys(operations), ...Object.keys(guarded)].sort());

      const before = await accessLogCount(platform);
      for (const account of [cast.association, cast.coordinator]) {
        for (const [name, [query, variables]] of Object.entries(operations)) {
          const result = await expectRefusedWithoutWrite(platform, 'FORBIDDEN', () =>
            platform.gql(query, variables, account.token),
          );
          expect({ name, leaked: /Traitement|familiale|Karima/.test(JSON.stringify(result)) }).toEqual({
            name,
            leaked: false,
          });
        }
        for (const [name, [query, variables]] of Object.entries(guarded)) {
          const snapshot = await fingerprint(platform);
          const result = await platform.gql(query, variables, account.token);
          const code = result.errors?.[0]?.extensions?.code ?? 'OK';
          const refusedToAssociation = name === 'proposalsAwaitingInterview' && account === cast.association;
          expect({ name, code }).toEqual({
            name,
            code: refusedToAssociation ? 'FORBIDDEN' : expect.stringMatching(/^(OK|NOT_FOUND)$/),
          });
          expect({ name, leaked: /Traitement|familiale|Karima/.test(JSON.stringify(result)) }).toEqual({
            name,
            leaked: false,
          });
          expect(await fingerprint(platform)).toEqual(snapshot);
        }
      }
      expect(await accessLogCount(platform)).toBe(before);
    });
  });
});
