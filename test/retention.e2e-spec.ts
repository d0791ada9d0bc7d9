import { FakeClock, JobName, JobQueue, Role } from '@tremplin/core';
import { RetentionService } from '@tremplin/privacy';
import { LOGBOOK, createBeneficiary, recordDiagnostic } from './support/beneficiary-helpers';
import { FollowupCast, createFollowupCast, seedAttestedEngagement } from './support/followup-helpers';
import { StaffAccount, TestPlatform, eventually } from './support/test-platform';

const SLOW = 120_000;
const ERASED = 'Contenu effacé à la fin de la durée de conservation.';

const PREVIEW = `query($retentionMonths: Int) { anonymisationPreview(retentionMonths: $retentionMonths) {
  retentionMonthsAfterExit accessLogRetentionMonths emailRetentionMonths exitedBefore approvedAt approvedByName
  active anonymisedSoFar counts { category label count } lastRun { anonymisedPeople } } }`;
const APPROVE = `mutation { approveAnonymisation { approvedAt approvedByName active } }`;
const CHANGE_STATUS = `mutation($input: ChangeBeneficiaryStatusInput!) { changeBeneficiaryStatus(input: $input) { status } }`;
const ADD_NOTE = `mutation($input: AddLogbookNoteInput!) { addLogbookNote(input: $input) { id } }`;
const DIAGNOSTICS = `query($id: ID!) { beneficiary(id: $id) { diagnostics { id barriers { kind } } } }`;

interface Preview {
  retentionMonthsAfterExit: number;
  approvedAt: string | null;
  approvedByName: string | null;
  active: boolean;
  anonymisedSoFar: number;
  counts: Array<{ category: string; label: string; count: number }>;
  lastRun: { anonymisedPeople: number } | null;
}

/**
 * The end of life of personal data: which files the nightly job anonymises, what it erases and
 * keeps, that it waits for an administrator's approval after the dry run, runs twice harmlessly,
 * takes up after a crash, and purges the access log and the email metadata past their retention.
 */
describe('retention: anonymisation and purges', () => {
  const clock = new FakeClock('2027-03-01T08:00:00.000Z');
  let platform: TestPlatform;
  let cast: FollowupCast;
  let admin: StaffAccount;
  let karima: string;
  let paul: string;
  let recent: string;
  let active: string;

  const row = async <T = Record<string, unknown>>(sql: string, parameters: unknown[] = []) =>
    ((await platform.dataSource.query(sql, parameters)) as T[])[0];
  const count = async (sql: string, parameters: unknown[] = []) => (await row<{ n: number }>(sql, parameters)).n;
  const preview = async (variables: Record<string, unknown> = {}) =>
    (await platform.gqlOk<{ anonymisationPreview: Preview }>(PREVIEW, variables, admin.token)).anonymisationPreview;
  const byCategory = (p: Preview) => Object.fromEntries(p.counts.map((c) => [c.category, c.count]));
  const leave = (beneficiaryId: string) =>
    platform.gqlOk(CHANGE_STATUS, { input: { beneficiaryId, status: 'LEFT' } }, cast.referent.token);

  beforeAll(async () => {
    platform = await TestPlatform.start({ clock, env: { ANONYMISATION_BATCH_SIZE: '1' } });
    cast = await createFollowupCast(platform);
    admin = await platform.createStaff(Role.ADMIN, { firstName: 'Anne', lastName: 'Insertion' });
    // Karima: a whole journey (interview held, mission, attested competencies), a diagnostic, a note.
    const followup = await seedAttestedEngagement(platform, clock, cast, {
      email: 'karima.benali@exemple.fr',
      phone: '06 12 34 56 78',
    });
    karima = followup.beneficiary.id;
    await recordDiagnostic(platform, cast.referent, karima);
    await platform.gqlOk(DIAGNOSTICS, { id: karima }, cast.referent.token);
    await platform.gqlOk(
      ADD_NOTE,
      { input: { beneficiaryId: karima, summary: 'A trouvé un logement à Nantua', type: 'BARRIER_ACTION' } },
      cast.referent.token,
    );
    const passport = await fetch(`${platform.baseUrl}/passports/${karima}.pdf`, {
      headers: { authorization: `Bearer ${cast.referent.token}` },
    });
    expect(passport.status).toBe(200);
    // Paul leaves the day after Karima; a third person leaves much later; a fourth is still followed.
    paul = (await createBeneficiary(platform, cast.referent, { firstName: 'Paul', email: 'paul.martin@exemple.fr' }))
      .id;
    recent = (await createBeneficiary(platform, cast.referent, { firstName: 'Rémi' })).id;
    active = (await createBeneficiary(platform, cast.referent, { firstName: 'Inès' })).id;
    await platform.gqlOk(
      ADD_NOTE,
      { input: { beneficiaryId: paul, summary: 'Rendez-vous au CDS' } },
      cast.referent.token,
    );
    clock.set('2027-06-01T08:00:00.000Z');
    await leave(karima);
    clock.set('2027-06-02T08:00:00.000Z');
    await leave(paul);
    clock.set('2028-09-01T08:00:00.000Z');
    await leave(recent);
    // Two years and a day after Karima left; a fresh read of the access log, which stays.
    clock.set('2029-06-03T08:00:00.000Z');
    await platform.gqlOk(DIAGNOSTICS, { id: karima }, cast.referent.token);
  }, SLOW);
  afterAll(async () => {
    await platform?.dataSource.query(`DROP TRIGGER IF EXISTS test_crash ON beneficiary`);
    await platform?.stop();
  });

  it('refuses the dry run and the approval to anyone but the service Insertion, and a negative retention', async () => {
    for (const account of [cast.referent, cast.coordinator, cast.host]) {
      const refused = await platform.gql(PREVIEW, {}, account.token);
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await platform.gql(APPROVE, {}, account.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect((await platform.gql(PREVIEW, {})).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const negative = await platform.gql(PREVIEW, { retentionMonths: -1 }, admin.token);
    expect(negative.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(negative.errors?.[0].message).toContain('doit être un nombre de mois positif ou nul');
    expect(await count(`SELECT count(*)::int AS n FROM retention_approval`)).toBe(0);
  });

  it('gives the access log as CSV to the service Insertion only, the person named as the reader may read', async () => {
    const url = `${platform.baseUrl}/access-log.csv?beneficiaryId=${karima}`;
    const response = await fetch(url, { headers: { authorization: `Bearer ${admin.token}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="journal-des-acces-2029-06-03.csv"');
    const lines = (await response.text())
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'Date et heure (Paris);Qui a consulté;Rôle;Donnée consultée;Personne concernée;Identifiant du dossier',
    );
    expect(lines).toContain(
      `03/06/2029 10:00:00;Claire Référente;référent(e) de parcours;freins identifiés lors du diagnostic;Karima Benali;${karima}`,
    );
    expect(lines.length).toBe(
      1 + (await count(`SELECT count(*)::int AS n FROM sensitive_data_access WHERE beneficiary_id = $1`, [karima])),
    );
    for (const account of [cast.referent, cast.coordinator, cast.host]) {
      const refused = await fetch(url, {
        headers: { authorization: `Bearer ${account.token}`, accept: 'application/json' },
      });
      expect(refused.status).toBe(403);
    }
    expect((await fetch(url, { headers: { accept: 'application/json' } })).status).toBe(401);
    const bad = await fetch(`${platform.baseUrl}/access-log.csv?userId=nope`, {
      headers: { authorization: `Bearer ${admin.token}`, accept: 'application/json' },
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { code: string }).code).toBe('BAD_USER_INPUT');
  });

  it('shows the dry run, counts per category, and erases nothing before an approval', async () => {
    const dryRun = await preview();
    expect(dryRun).toMatchObject({ retentionMonthsAfterExit: 24, approvedAt: null, active: false, lastRun: null });
    const counts = byCategory(dryRun);
    expect(counts.PEOPLE).toBe(2);
    expect(counts.LOGBOOK_TEXTS).toBe(
      await count(`SELECT count(*)::int AS n FROM logbook_entry WHERE beneficiary_id IN ($1, $2)`, [karima, paul]),
    );
    expect(counts.DIAGNOSTIC_DETAILS).toBe(1);
    expect(counts.BARRIERS).toBe(2);
    expect(counts.PASSPORT_CODES).toBe(1);
    expect(counts.EMAILS).toBeGreaterThan(0);
    // The reads of March 2027 are past the 12 months of the access log, the one of today is not.
    expect(counts.ACCESS_LOG_LINES).toBe((await count(`SELECT count(*)::int AS n FROM sensitive_data_access`)) - 1);
    expect(counts.ACCESS_LOG_LINES).toBeGreaterThan(0);
    expect(dryRun.counts.find((c) => c.category === 'PEOPLE')?.label).toBe(
      'Dossiers anonymisés (identité, coordonnées, commune, profil)',
    );
    // Another retention, simulated: with 6 months, the person who left in September 2028 too.
    expect(byCategory(await preview({ retentionMonths: 6 })).PEOPLE).toBe(3);

    const run = await platform.api.get(RetentionService).apply();
    expect(run).toMatchObject({ approved: false, anonymisedPeople: 0, accessLogDeleted: 0 });
    expect(await count(`SELECT count(*)::int AS n FROM beneficiary WHERE anonymised_at IS NOT NULL`)).toBe(0);
  });

  it(
    'takes up after a crash: a committed batch stays anonymised, the failed one is left whole',
    async () => {
      const approved = (await platform.gqlOk<{ approveAnonymisation: Preview }>(APPROVE, {}, admin.token))
        .approveAnonymisation;
      expect(approved).toMatchObject({ approvedByName: 'Anne Insertion', active: true });
      // The database refuses Paul's anonymisation (a crash in his batch, after his emails were changed).
      await platform.dataSource.query(`
        CREATE OR REPLACE FUNCTION test_crash() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'simulated crash'; END $$`);
      await platform.dataSource.query(
        `CREATE TRIGGER test_crash BEFORE UPDATE ON beneficiary FOR EACH ROW
           WHEN (OLD.id = '${paul}' AND NEW.anonymised_at IS NOT NULL) EXECUTE FUNCTION test_crash()`,
      );
      await expect(platform.api.get(RetentionService).apply()).rejects.toThrow('simulated crash');
      expect(
        await row(`SELECT first_name, anonymised_at IS NOT NULL AS done FROM beneficiary WHERE id = $1`, [karima]),
      ).toEqual({
        first_name: 'Personne',
        done: true,
      });
      expect(await row(`SELECT first_name, email, anonymised_at FROM beneficiary WHERE id = $1`, [paul])).toEqual({
        first_name: 'Paul',
        email: 'paul.martin@exemple.fr',
        anonymised_at: null,
      });
      expect(
        await count(`SELECT count(*)::int AS n FROM logbook_entry WHERE beneficiary_id = $1 AND summary = $2`, [
          paul,
          ERASED,
        ]),
      ).toBe(0);
      await platform.dataSource.query(`DROP TRIGGER test_crash ON beneficiary`);
      const karimaName = (await row<{ last_name: string }>(`SELECT last_name FROM beneficiary WHERE id = $1`, [karima]))
        .last_name;

      // The next run (here through the queue, as the nightly scheduler does) takes up the rest.
      const runs = await count(`SELECT count(*)::int AS n FROM retention_run`);
      await platform.api.get(JobQueue).add(JobName.ApplyRetention, {});
      await eventually(async () => (await count(`SELECT count(*)::int AS n FROM retention_run`)) === runs + 1, 60_000);
      expect(await row(`SELECT first_name, email FROM beneficiary WHERE id = $1`, [paul])).toEqual({
        first_name: 'Personne',
        email: null,
      });
      // Karima was not taken again: her random name is the one of the first run.
      expect(
        (await row<{ last_name: string }>(`SELECT last_name FROM beneficiary WHERE id = $1`, [karima])).last_name,
      ).toBe(karimaName);
    },
    SLOW,
  );

  it('replaces the identity, erases free texts, barriers, email contents and contact data, withdraws codes', async () => {
    const person = await row(
      `SELECT b.civility, b.first_name, b.last_name, b.birth_date::text AS birth, b.email, b.phone, b.status,
              b.territory_id = r.territory_id AS same_territory, b.rsa_entry_date::text AS entry,
              b.commune_code = (SELECT min(insee_code) FROM commune c WHERE c.territory_id = b.territory_id) AS stand_in,
              cardinality(b.interest_domain_codes) + cardinality(b.target_job_codes) AS codes
         FROM beneficiary b JOIN app_user r ON r.id = $2 WHERE b.id = $1`,
      [karima, cast.referent.user.id],
    );
    expect(person).toMatchObject({
      civility: null,
      first_name: 'Personne',
      birth: '1900-01-01',
      email: null,
      phone: null,
      status: 'LEFT',
      same_territory: true,
      entry: '2027-02-10',
      stand_in: true,
      codes: 0,
    });
    expect(person.last_name).toMatch(/^anonymisée [0-9a-f]{12}$/);
    // The carnet keeps its entries' kinds and dates, not their texts.
    const logbook = await platform.dataSource.query(
      `SELECT type, summary FROM logbook_entry WHERE beneficiary_id = $1`,
      [karima],
    );
    expect(logbook.length).toBeGreaterThan(5);
    expect(logbook.filter((e: { summary: string }) => e.summary !== ERASED)).toEqual([]);
    expect(logbook.map((e: { type: string }) => e.type)).toContain('BARRIER_ACTION');
    expect(await row(`SELECT notes, strengths FROM diagnostic WHERE beneficiary_id = $1`, [karima])).toEqual({
      notes: null,
      strengths: null,
    });
    expect(
      await count(
        `SELECT count(*)::int AS n FROM diagnostic_barrier x JOIN diagnostic d ON d.id = x.diagnostic_id WHERE d.beneficiary_id = $1`,
        [karima],
      ),
    ).toBe(0);
    expect(
      await count(
        `SELECT count(*)::int AS n FROM competency_attestation c JOIN passport_attestation p ON p.id = c.attestation_id
          WHERE p.beneficiary_id = $1 AND c.comment IS NOT NULL`,
        [karima],
      ),
    ).toBe(0);
    expect(
      await count(
        `SELECT count(*)::int AS n FROM passport_verification WHERE beneficiary_id = $1 AND revoked_at IS NULL`,
        [karima],
      ),
    ).toBe(0);
    // No email keeps her address or a content; the interview and engagement stay for the indicators.
    expect(
      await count(
        `SELECT count(*)::int AS n FROM email_message WHERE to_address ILIKE '%benali%' OR data::text ILIKE '%karima%'`,
      ),
    ).toBe(0);
    expect(await row(`SELECT status FROM interview WHERE beneficiary_id = $1`, [karima])).toEqual({ status: 'HELD' });
    expect(await count(`SELECT count(*)::int AS n FROM engagement WHERE beneficiary_id = $1`, [karima])).toBe(1);
    // The console shows the file as anonymised; the others are whole.
    const logbookView = await platform.gqlOk<{ logbook: { edges: Array<{ node: { summary: string } }> } }>(
      LOGBOOK,
      { beneficiaryId: karima, first: 5 },
      admin.token,
    );
    expect(logbookView.logbook.edges[0].node.summary).toBe(ERASED);
    expect(
      await platform.dataSource.query(
        `SELECT first_name, anonymised_at FROM beneficiary WHERE id IN ($1, $2) ORDER BY first_name`,
        [recent, active],
      ),
    ).toEqual([
      { first_name: 'Inès', anonymised_at: null },
      { first_name: 'Rémi', anonymised_at: null },
    ]);
  });

  it('purged the access log and the email metadata past their retention, keeping what the indicators count', async () => {
    // 12 months for the access log: only today's read is left.
    expect(await count(`SELECT count(*)::int AS n FROM sensitive_data_access`)).toBe(1);
    // 24 months for the email metadata: the emails of March–May 2027 went, but those to the host about
    // the proposal (the exchanges indicator A5-Q2) stay, without content.
    const old = await platform.dataSource.query(
      `SELECT idempotency_key, to_address, data::text AS data FROM email_message WHERE created_at < '2027-06-03'`,
    );
    expect(old.length).toBeGreaterThan(0);
    for (const email of old as Array<{ idempotency_key: string; to_address: string; data: string }>) {
      expect(email.idempotency_key).toMatch(/^(proposal|interview):/);
      expect(email.data).toBe('{}');
      expect(email.to_address).not.toBe('personne-anonymisee@anonymise.invalid');
    }
  });

  it('does nothing more when run again (idempotent)', async () => {
    const tables = ['beneficiary', 'logbook_entry', 'email_message', 'sensitive_data_access', 'diagnostic'];
    const snapshot = async () =>
      Promise.all(
        tables.map((table) =>
          platform.dataSource.query(`SELECT md5(string_agg(t::text, '' ORDER BY t::text)) AS h FROM ${table} t`),
        ),
      );
    const before = await snapshot();
    clock.advance(60_000);
    const run = await platform.api.get(RetentionService).apply();
    expect(run).toEqual({
      approved: true,
      anonymisedPeople: 0,
      accessLogDeleted: 0,
      emailsDeleted: 0,
      emailsStripped: 0,
    });
    expect(await snapshot()).toEqual(before);
    const after = await preview();
    expect(after.anonymisedSoFar).toBe(2);
    expect(after.lastRun).toEqual({ anonymisedPeople: 0 });
    expect(byCategory(after).PEOPLE).toBe(0);
  });

  it('waits for a new approval when the retention after exit is shortened', async () => {
    await platform.dataSource.query(`UPDATE retention_approval SET months_after_exit = 36`);
    expect((await preview()).active).toBe(false);
    const run = await platform.api.get(RetentionService).apply();
    expect(run.anonymisedPeople).toBe(0);
    expect(run.approved).toBe(true);
  });
});
