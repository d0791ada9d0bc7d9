import { GraphQLSchemaHost } from '@nestjs/graphql';
import { PersonAudience, PersonField } from '@tremplin/beneficiaries';
import { CONSOLE_ASSETS_ROUTE, CONSOLE_ROUTES, FakeClock } from '@tremplin/core';
import { ACTORS, PERMISSIONS, permissionKey } from '@tremplin/platform';
import { DayPart, Weekday, slotsToMask } from '@tremplin/referentials';
import { QUEUE_DASHBOARD_PATH } from '../apps/api/src/http/queue-dashboard';
import { ProbeContext } from './permissions/context';
import { operationsOf } from './permissions/documents';
import { PROBES, ROUTE_PROBES } from './permissions/probes';
import {
  Attempt,
  Outcome,
  PreparedCall,
  Runner,
  attemptsOf,
  describeAttempt,
  everyTable,
  pooled,
} from './permissions/runner';
import { OYONNAX } from './support/beneficiary-helpers';
import { publishedMission } from './support/matching-helpers';
import { pdfText } from './support/passport-helpers';
import { leakedFields } from './support/person-leaks';
import { StaffAccount, TestPlatform, eventually } from './support/test-platform';
import { WORLD_START, World, buildWorld } from './support/world';

const SLOW = 300_000;

/** Routes mounted outside Nest's router (middleware), listed with the router's own routes. */
const MOUNTED_ROUTES = [
  `GET ${QUEUE_DASHBOARD_PATH}`,
  ...Object.values(CONSOLE_ROUTES).map((path) => `GET ${path}`),
  `GET ${CONSOLE_ASSETS_ROUTE}`,
];

/** The method and path of every route of the live Express application. */
function routesOf(platform: TestPlatform): string[] {
  const app = platform.api.getHttpAdapter().getInstance() as {
    router: { stack: Array<{ route?: { path: string; methods: Record<string, boolean> } }> };
  };
  const routes = app.router.stack.flatMap((layer) =>
    layer.route
      ? Object.keys(layer.route.methods)
          .filter((method) => method !== '_all')
          .map((method) => `${method.toUpperCase()} ${layer.route!.path}`)
      : [],
  );
  return [...new Set([...routes, ...MOUNTED_ROUTES])].sort();
}

/** A staff reader of the world, with what the person-field list lets it read of the person. */
interface Reader {
  name: string;
  account: (world: World) => StaffAccount;
  audience: PersonAudience;
}

const READERS: Reader[] = [
  { name: 'the service Insertion', account: (w) => w.admin, audience: PersonAudience.FILE },
  { name: 'the referent', account: (w) => w.referent, audience: PersonAudience.FILE },
  { name: 'the territory manager', account: (w) => w.manager, audience: PersonAudience.FILE },
  { name: 'a coordinator', account: (w) => w.coordinator, audience: PersonAudience.COORDINATOR },
  { name: 'the host association', account: (w) => w.host, audience: PersonAudience.HOST },
  { name: 'another association', account: (w) => w.otherHost, audience: PersonAudience.NONE },
  { name: 'another referent', account: (w) => w.otherReferent, audience: PersonAudience.NONE },
  { name: 'the manager of another territory', account: (w) => w.otherManager, audience: PersonAudience.NONE },
];

const PERSON_FIELDS_SELECTION = 'id firstName lastName email phone';

/** GraphQL outputs that show the person outside their file, each with every person field it carries. */
const PERSON_OUTPUTS: Array<{ name: string; query: string; variables: (w: World) => Record<string, unknown> }> = [
  {
    name: 'interview',
    query: `query($id: ID!) { interview(id: $id) { id beneficiary { ${PERSON_FIELDS_SELECTION} } } }`,
    variables: (w) => ({ id: w.journey.interviewId }),
  },
  {
    name: 'interviews',
    query: `{ interviews(first: 50) { edges { node { id beneficiary { ${PERSON_FIELDS_SELECTION} } } } } }`,
    variables: () => ({}),
  },
  {
    name: 'proposal',
    query: `query($id: ID!) { proposal(id: $id) { id message candidate { firstName lastName email phone }
      beneficiary { id firstName lastName birthDate } } }`,
    variables: (w) => ({ id: w.journey.proposalId }),
  },
  {
    name: 'proposals',
    query: `{ proposals(first: 50) { edges { node { id candidate { firstName lastName email phone } } } } }`,
    variables: () => ({}),
  },
  {
    name: 'engagement',
    query: `query($id: ID!) { engagement(id: $id) { id volunteer { beneficiaryId firstName lastName email phone } } }`,
    variables: (w) => ({ id: w.journey.engagementId }),
  },
  {
    name: 'engagements',
    query: `{ engagements(first: 50) { edges { node { id volunteer { firstName lastName email phone } } } } }`,
    variables: () => ({}),
  },
  {
    name: 'passport',
    query: `query($id: ID!) { passport(beneficiaryId: $id) { holderName } }`,
    variables: (w) => ({ id: w.journey.person.id }),
  },
];

describe('permissions: every operation and route, as every kind of caller, against the table', () => {
  const clock = new FakeClock(WORLD_START);
  let platform: TestPlatform;
  let world: World;
  let ctx: ProbeContext;
  let runner: Runner;
  let prospectMissionId: string;

  beforeAll(async () => {
    platform = await TestPlatform.start({ clock });
    world = await buildWorld(platform, clock);
    ctx = new ProbeContext(platform, world);
    runner = new Runner(ctx, platform.api.get(GraphQLSchemaHost).schema);
    // A mission of the other association that suits the person: they are suggested for it.
    const prospect = await publishedMission(platform, world.admin, world.otherAssociation.id, {
      communeCode: OYONNAX,
      domainCode: 'ALIMENTATION',
      weeklySlots: slotsToMask([{ day: Weekday.TUESDAY, part: DayPart.MORNING }]),
    });
    prospectMissionId = prospect.id;
  }, SLOW);
  afterAll(async () => {
    await platform?.stop();
  });

  const email = () => world.journey.person.email as string;
  const failures = (outcomes: Outcome[]) =>
    outcomes.filter((o) => o.problem).map((o) => `${describeAttempt(o.attempt)}: ${o.problem}`);

  describe('the table', () => {
    it('has a row for every query and mutation of the live schema, and none for an operation that is gone', () => {
      const live = operationsOf(platform.api.get(GraphQLSchemaHost).schema);
      const rows = PERMISSIONS.filter((p) => p.kind !== 'route')
        .map(permissionKey)
        .sort();
      expect({ withoutRow: live.filter((op) => !rows.includes(op)) }).toEqual({ withoutRow: [] });
      expect({ rowWithoutOperation: rows.filter((op) => !live.includes(op)) }).toEqual({ rowWithoutOperation: [] });
    });

    it('has a row for every route of the live application, and none for a route that is gone', () => {
      const live = routesOf(platform);
      const rows = PERMISSIONS.filter((p) => p.kind === 'route')
        .map((p) => p.name)
        .sort();
      expect({ withoutRow: live.filter((r) => !rows.includes(r)) }).toEqual({ withoutRow: [] });
      expect({ rowWithoutRoute: rows.filter((r) => !live.includes(r)) }).toEqual({ rowWithoutRoute: [] });
    });

    it('has one row per operation and a probe for every row', () => {
      const keys = PERMISSIONS.map(permissionKey);
      expect(new Set(keys).size).toBe(keys.length);
      const probes = new Set([...Object.keys(PROBES), ...Object.keys(ROUTE_PROBES)]);
      expect({ withoutProbe: keys.filter((key) => !probes.has(key)) }).toEqual({ withoutProbe: [] });
      expect({ probeWithoutRow: [...probes].filter((key) => !keys.includes(key)) }).toEqual({ probeWithoutRow: [] });
    });
  });

  describe('the calls the table refuses', () => {
    it(
      'are refused with UNAUTHENTICATED (no session, or a link) or FORBIDDEN / NOT_FOUND, and write nothing',
      async () => {
        const attempts = attemptsOf(PERMISSIONS, ACTORS).filter((a) => a.mode !== 'in');
        const calls: PreparedCall[] = await pooled(
          attempts.map((attempt) => () => runner.prepare(attempt)),
          4,
        );
        // Nothing runs behind the calls: the worker stops once it has done what the world left it to do.
        await platform.settle(60_000);
        await platform.stopWorker();
        try {
          const before = await everyTable(ctx);
          const outcomes = await pooled(
            calls.map((call) => call.run),
            8,
          );
          expect(failures(outcomes)).toEqual([]);
          expect(outcomes).toHaveLength(attempts.length);
          const after = await everyTable(ctx);
          if (JSON.stringify(after) !== JSON.stringify(before)) {
            // Find which refusal wrote: once more, one at a time.
            const writers: string[] = [];
            for (const call of calls) {
              const start = await everyTable(ctx);
              await call.run();
              const end = await everyTable(ctx);
              const changed = Object.keys(end).filter((table) => end[table] !== start[table]);
              if (changed.length) writers.push(`${describeAttempt(call.attempt)} wrote ${changed.join(', ')}`);
            }
            expect(writers).toEqual([]);
          }
          expect(after).toEqual(before);
        } finally {
          await platform.startWorker();
        }
      },
      SLOW,
    );
  });

  describe('the calls the table allows', () => {
    const run = async (attempts: Attempt[]) => {
      const calls = await pooled(
        attempts.map((attempt) => () => runner.prepare(attempt)),
        4,
      );
      return pooled(
        calls.map((call) => call.run),
        6,
      );
    };
    const allowed = (kind: string) =>
      attemptsOf(PERMISSIONS, ACTORS).filter((a) => a.mode === 'in' && a.permission.kind === kind);

    it(
      "answer every query within scope, with nothing of the person beyond the caller's list",
      async () => {
        expect(failures(await run(allowed('query')))).toEqual([]);
      },
      SLOW,
    );

    it(
      'carry out every mutation within scope',
      async () => {
        expect(failures(await run(allowed('mutation')))).toEqual([]);
      },
      SLOW,
    );

    it(
      "serve every route within scope, the downloads with nothing of the person beyond the caller's list",
      async () => {
        expect(failures(await run(allowed('route')))).toEqual([]);
      },
      SLOW,
    );
  });

  describe.each(READERS)('the person-field list: $name', (reader) => {
    it(
      'gets no person field beyond its list in the GraphQL outputs about the person',
      async () => {
        const token = reader.account(world).token;
        const results = await Promise.all(
          PERSON_OUTPUTS.map(async (output) => ({
            name: output.name,
            answer: await platform.gql(output.query, output.variables(world), token),
          })),
        );
        const leaks = results
          .map(({ name, answer }) => ({ name, leaked: leakedFields(JSON.stringify(answer), reader.audience, email()) }))
          .filter(({ leaked }) => leaked.length > 0);
        expect(leaks).toEqual([]);
        // The outputs are really read where the list allows it (the check above cannot pass on empty answers).
        if (reader.audience !== PersonAudience.NONE) {
          const interview = results.find((r) => r.name === 'interview')?.answer;
          expect(JSON.stringify(interview)).toContain(world.journey.person.firstName);
        }
      },
      SLOW,
    );

    it(
      'gets no person field beyond its list in the downloads (.ics, PDF, CSV)',
      async () => {
        const token = reader.account(world).token;
        const downloads = [
          `/interviews/${world.journey.interviewId}/invite.ics`,
          `/passports/${world.journey.person.id}.pdf`,
          `/indicators.csv?from=2026-01-01&to=2027-01-01`,
        ];
        const served: string[] = [];
        for (const path of downloads) {
          const response = await fetch(`${platform.baseUrl}${path}`, {
            headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
          });
          const bytes = new Uint8Array(await response.arrayBuffer());
          if (response.status !== 200) {
            expect([403, 404]).toContain(response.status);
            continue;
          }
          served.push(path);
          const text = path.includes('.pdf') ? await pdfText(bytes) : new TextDecoder().decode(bytes);
          expect({ path, leaked: leakedFields(text, reader.audience, email()) }).toEqual({ path, leaked: [] });
        }
        // Whoever reads something of the person downloads the invitation (the check above ran on it).
        expect(served.includes(downloads[0])).toBe(reader.audience !== PersonAudience.NONE);
      },
      SLOW,
    );
  });

  it(
    'names the person in the invitation as each reader may: first name only for the host association',
    async () => {
      const invitation = async (account: StaffAccount) =>
        (
          await fetch(`${platform.baseUrl}/interviews/${world.journey.interviewId}/invite.ics`, {
            headers: { authorization: `Bearer ${account.token}` },
          })
        ).text();
      const forHost = await invitation(world.host);
      expect(forHost).toContain('Léonide (bénévole)');
      expect(forHost).not.toMatch(/quenouillard/i);
      expect(await invitation(world.coordinator)).toContain('Léonide Quenouillard (bénévole)');
    },
    SLOW,
  );

  it(
    'gives the welcome contact an invitation email and calendar without the last name',
    async () => {
      const mail = platform.smtp.messages.find(
        (m) => m.to.includes(world.hostAssociation.welcomeContactEmail) && /entretien/i.test(m.subject),
      );
      expect(mail).toBeDefined();
      const calendars = mail!.parsed.attachments.filter((a) => a.filename?.endsWith('.ics'));
      expect(calendars.length).toBeGreaterThan(0);
      for (const calendar of calendars) {
        expect(leakedFields(calendar.content.toString('utf8'), PersonAudience.HOST, email())).toEqual([]);
      }
      expect(leakedFields(`${mail!.text} ${mail!.html}`, PersonAudience.HOST, email())).toEqual([]);
    },
    SLOW,
  );

  it(
    'gives the person everything about themself from their own links',
    async () => {
      const ics = await fetch(`${platform.baseUrl}/rdv/${world.links.booking}/entretien.ics`);
      expect(ics.status).toBe(200);
      expect(await ics.text()).toMatch(/Léonide Quenouillard/);
      const pdf = await fetch(`${platform.baseUrl}/passeport/${world.links.passport}`);
      expect(pdf.status).toBe(200);
      expect(await pdfText(new Uint8Array(await pdf.arrayBuffer()))).toContain('Léonide Quenouillard');
    },
    SLOW,
  );

  describe('candidateSuggestions', () => {
    const CANDIDATES = `query($missionId: ID!) { candidateSuggestions(missionId: $missionId, first: 100) {
      edges { node { score beneficiaryId displayName explanation profile { distanceBand }
        breakdown { projectFit interestFit proximity scheduleFit fairShare novelty distanceKm } } } } }`;
    type Candidate = {
      beneficiaryId: string | null;
      displayName: string | null;
      explanation: string[] | null;
      profile: { distanceBand: string | null };
      breakdown: Record<string, number | null> | null;
    };
    const candidates = async (account: StaffAccount) =>
      (
        await platform.gqlOk<{ candidateSuggestions: { edges: Array<{ node: Candidate }> } }>(
          CANDIDATES,
          { missionId: prospectMissionId },
          account.token,
        )
      ).candidateSuggestions.edges.map((edge) => edge.node);

    beforeAll(async () => {
      await eventually(
        async () => (await candidates(world.admin)).some((c) => c.beneficiaryId === world.journey.person.id),
        60_000,
      );
    }, SLOW);

    it(
      'gives the association of the mission the score and a distance band only: no breakdown, no reason, no name',
      async () => {
        const seen = await candidates(world.otherHost);
        expect(seen.length).toBeGreaterThan(0);
        for (const candidate of seen) {
          expect(candidate).toMatchObject({
            beneficiaryId: null,
            displayName: null,
            explanation: null,
            breakdown: null,
          });
          expect(candidate.profile.distanceBand).toMatch(/km|distance/);
        }
      },
      SLOW,
    );

    it(
      'gives a coordinator the short name, the breakdown and the reasons',
      async () => {
        const seen = await candidates(world.coordinator);
        const person = seen.find((c) => c.displayName === 'Léonide Q.');
        expect(person?.breakdown).toEqual(expect.objectContaining({ distanceKm: expect.any(Number) }));
        expect(person?.explanation?.length).toBeGreaterThan(0);
        expect(leakedFields(JSON.stringify(seen), PersonAudience.COORDINATOR, email())).toEqual([]);
      },
      SLOW,
    );

    it('keeps the list and the test in step: every field of the list is exercised', () => {
      expect(Object.values(PersonField).sort()).toEqual(
        ['DISTANCE_BAND', 'EMAIL', 'FILE', 'FIRST_NAME', 'LAST_NAME', 'MATCH_DETAILS', 'PHONE'].sort(),
      );
    });
  });
});
