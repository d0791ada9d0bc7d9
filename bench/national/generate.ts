// `npm run bench:national:generate` — a national dataset in a throw-away database made from the
// migrations: 1.8 M people over the 101 départements with their territories (CDS), référents and
// caseloads, 100 k missions, 5 M proposals, 20 M carnet entries, interviews, engagements and
// passports. `SCALE` (default 1) scales every count but the referentials (0.05: 90 k people).
// Rows are written by `generate_series` inside PostgreSQL, one statement per territory, with
// deterministic ids (a table prefix and the row's number), so that a row's neighbours (its
// référent, its missions) are computed rather than looked up.
//
// The referentials of the platform hold the Ain only: its 407 communes and CDS are kept; every
// other département gets 8 CDS and synthetic communes (350, fewer overseas) scattered around its
// préfecture (bench/national/departements.ts), each given the CDS nearest to it.
//
// Environment: BENCH_PG_URL (server, default postgres://postgres@127.0.0.1:5432), BENCH_DB
// (default perf_national), SCALE. Prints the size that ran and the time each step took.
import argon2 from 'argon2';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { DEPARTEMENTS } from './departements';
import {
  databaseOn,
  IdPrefix,
  NATIONAL_PASSWORD,
  nationalDatabaseUrl,
  nationalSizes,
  uuidJs,
  uuidSql,
} from './national-data';

const FIRST_NAMES = [
  'Camille',
  'Léa',
  'Manon',
  'Chloé',
  'Emma',
  'Inès',
  'Sarah',
  'Julie',
  'Laura',
  'Nadia',
  'Fatima',
  'Sophie',
  'Aurélie',
  'Céline',
  'Nathalie',
  'Isabelle',
  'Sandrine',
  'Karine',
  'Amandine',
  'Mélanie',
  'Lucas',
  'Hugo',
  'Thomas',
  'Nicolas',
  'Julien',
  'Maxime',
  'Kevin',
  'Mehdi',
  'Karim',
  'Yannick',
  'Sébastien',
  'Olivier',
  'Stéphane',
  'Christophe',
  'Frédéric',
  'David',
  'Pierre',
  'Jérôme',
  'Mamadou',
  'Rémi',
];
const LAST_NAMES = [
  'Martin',
  'Bernard',
  'Thomas',
  'Petit',
  'Robert',
  'Richard',
  'Durand',
  'Dubois',
  'Moreau',
  'Laurent',
  'Simon',
  'Michel',
  'Lefebvre',
  'Leroy',
  'Roux',
  'David',
  'Bertrand',
  'Morel',
  'Fournier',
  'Girard',
  'Bonnet',
  'Dupont',
  'Lambert',
  'Fontaine',
  'Rousseau',
  'Vincent',
  'Muller',
  'Lefèvre',
  'Faure',
  'André',
  'Mercier',
  'Blanc',
  'Guérin',
  'Boyer',
  'Garnier',
  'Chevalier',
  'François',
  'Legrand',
  'Gauthier',
  'Garcia',
  'Perrin',
  'Robin',
  'Clément',
  'Morin',
  'Nicolas',
  'Henry',
  'Roussel',
  'Mathieu',
  'Gautier',
  'Masson',
  'Marchand',
  'Duval',
  'Denis',
  'Dumont',
  'Marie',
  'Lemaire',
  'Noël',
  'Meyer',
  'Dufour',
  'Meunier',
  'Brun',
  'Blanchard',
  'Giraud',
  'Joly',
  'Rivière',
  'Lucas',
  'Brunet',
  'Gaillard',
  'Barbier',
  'Arnaud',
  'Martinez',
  'Gérard',
  'Roche',
  'Renard',
  'Schmitt',
  'Roy',
  'Leroux',
  'Colin',
  'Vidal',
  'Caron',
  'Picard',
  'Roger',
  'Fabre',
  'Aubert',
  'Lemoine',
  'Renaud',
  'Dumas',
  'Lacroix',
  'Olivier',
  'Philippe',
  'Bourgeois',
  'Pierre',
  'Benoît',
  'Rey',
  'Leclerc',
  'Payet',
  'Rolland',
  'Leclercq',
  'Guillaume',
  'Lecomte',
];
const COMMUNE_STEMS = [
  'Saint-Martin',
  'Saint-Julien',
  'Villeneuve',
  'Montigny',
  'Beaumont',
  'Fontaine',
  'Saint-Pierre',
  'Châteauneuf',
  'Bellevue',
  'Roche',
  'Vaux',
  'Champagne',
  'Mont',
  'Bourg',
  'Neuville',
  'Sainte-Marie',
  'Saint-Georges',
  'La Chapelle',
  'Le Plessis',
  'Longchamp',
];
const COMMUNE_SUFFIXES = [
  '',
  '-sur-Loire',
  '-les-Bains',
  '-le-Château',
  '-en-Plaine',
  '-la-Forêt',
  '-sur-Mer',
  '-le-Vieux',
  '-des-Prés',
  '-en-Val',
  '-sur-Rivière',
  '-le-Haut',
  '-le-Bas',
  '-du-Bois',
  '-aux-Champs',
  '-la-Montagne',
  '-sous-Roche',
  '-lès-Moulins',
];
const CARDINALS = ['Nord', 'Sud', 'Est', 'Ouest', 'Centre', 'Nord-Est', 'Sud-Ouest', 'Littoral'];
const MISSION_TITLES = [
  'Accueil des visiteurs à la ressourcerie',
  'Aide à la distribution alimentaire',
  'Entretien du jardin partagé',
  'Animation d’ateliers numériques',
  'Accompagnement de personnes âgées isolées',
  'Aide aux devoirs pour des collégiens',
  'Préparation d’une manifestation sportive',
  'Tri et valorisation de vêtements',
  'Promenade des chiens du refuge',
  'Accueil au festival de musique',
  'Soutien logistique à l’épicerie solidaire',
  'Réparation de vélos',
];
/** Carnet entry kinds, as a beneficiary's history brings them, in a cycle. */
const LOGBOOK_CYCLE = [
  'ENTRY',
  'DIAGNOSTIC',
  'ORIENTATION',
  'APPOINTMENT',
  'NOTE',
  'INSERTION_ACTION',
  'APPOINTMENT',
  'BARRIER_ACTION',
  'CONSENT_GIVEN',
  'NOTE',
  'APPOINTMENT',
];

interface TerritoryPlan {
  index: number;
  id: string;
  code: string;
  departement: number;
  communes: { insee: string; lat: number; lon: number }[];
  people: { start: number; count: number };
  referents: { start: number; count: number };
  proposals: { start: number; count: number };
  logbook: { start: number; count: number };
  interviews: { start: number; count: number };
}

interface DepartementPlan {
  index: number;
  code: string;
  missions: { start: number; count: number };
  associations: { start: number; count: number };
  territories: TerritoryPlan[];
}

/** A small deterministic generator (mulberry32), for the synthetic geography only. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Splits `total` over weights (largest remainders), so that the parts add up exactly. */
function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const raw = weights.map((w) => (total * w) / sum);
  const parts = raw.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    parts[i]++;
  }
  return parts;
}

function ranges(counts: number[]): { start: number; count: number }[] {
  let start = 1;
  return counts.map((count) => {
    const range = { start, count };
    start += count;
    return range;
  });
}

const print = (line: string) => process.stdout.write(`${line}\n`);

async function step<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = Date.now();
  const result = await work();
  print(`  ${label.padEnd(48)} ${((Date.now() - started) / 1000).toFixed(1).padStart(7)} s`);
  return result;
}

async function main(): Promise<void> {
  const sizes = nationalSizes();
  const url = nationalDatabaseUrl();
  const database = new URL(url).pathname.slice(1);
  if (!database.startsWith('perf_national')) throw new Error(`BENCH_DB must start with perf_national (${database})`);
  const started = Date.now();
  print(`National dataset, SCALE=${sizes.scale} into ${database}:`);
  print(
    `  ${sizes.people} people, ${sizes.missions} missions, ${sizes.proposals} proposals, ${sizes.logbook} carnet entries`,
  );

  const server = new Client({ connectionString: databaseOn(url, 'postgres') });
  await server.connect();
  await server.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  await server.query(`CREATE DATABASE "${database}"`);
  await server.end();
  await step('migrations (the platform CLI, from dist/)', async () => {
    execFileSync(process.execPath, [resolve('dist/apps/cli/src/main.js'), 'migrate'], {
      env: {
        ...process.env,
        DATABASE_URL: url,
        JWT_SECRET: process.env.JWT_SECRET ?? 'perf-national-jwt-secret-0123456789abcdef',
        LINK_SECRET: process.env.LINK_SECRET ?? 'perf-national-link-secret-0123456789abcdef',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  });

  const db = new Client({ connectionString: url });
  await db.connect();
  const q = (sql: string, params: unknown[] = []) => db.query(sql, params);
  // Bulk load: no foreign-key triggers (the ids are computed consistently), no synchronous commit.
  await q(`SET session_replication_role = replica`);
  await q(`SET synchronous_commit = off`);
  await q(`SET maintenance_work_mem = '512MB'`);
  await q(`SELECT setseed(0.18)`);

  // --- Geography: the Ain as migrated, synthetic communes and CDS elsewhere -----------------
  const ainTerritories = (await q(`SELECT id, code FROM territory ORDER BY code`)).rows as {
    id: string;
    code: string;
  }[];
  const ainCommunes = (await q(`SELECT insee_code, latitude, longitude, territory_id FROM commune ORDER BY insee_code`))
    .rows as { insee_code: string; latitude: number; longitude: number; territory_id: string }[];
  const departements: DepartementPlan[] = [];
  const territories: TerritoryPlan[] = [];
  const newTerritories: { id: string; code: string; name: string }[] = [];
  const newCommunes: { insee: string; name: string; lat: number; lon: number; territory: string }[] = [];
  let territoryIndex = 0;
  for (const [d, dep] of DEPARTEMENTS.entries()) {
    const plan: DepartementPlan = { index: d, code: dep.code, missions: null!, associations: null!, territories: [] };
    if (dep.code === '01') {
      for (const t of ainTerritories) {
        const communes = ainCommunes
          .filter((c) => c.territory_id === t.id)
          .map((c) => ({ insee: c.insee_code, lat: c.latitude, lon: c.longitude }));
        if (!communes.length) continue;
        plan.territories.push({
          index: territoryIndex++,
          id: t.id,
          code: t.code,
          departement: d,
          communes,
        } as TerritoryPlan);
      }
    } else {
      const rand = random(d + 1);
      const overseas = dep.code.length === 3;
      const cds = overseas ? 4 : 8;
      const seats = CARDINALS.slice(0, cds).map((cardinal, k) => {
        const angle = (2 * Math.PI * k) / cds;
        const r = k === 4 ? 0 : dep.spread * 0.55;
        return {
          cardinal,
          lat: dep.lat + r * Math.sin(angle),
          lon: dep.lon + (r * Math.cos(angle)) / Math.cos((dep.lat * Math.PI) / 180),
        };
      });
      const planned = seats.map((seat, k) => {
        const id = uuidJs(IdPrefix.Territory, d * 100 + k);
        const code = `CDS-${dep.code}-${String(k + 1).padStart(2, '0')}`;
        newTerritories.push({ id, code, name: `CDS ${dep.name} ${seat.cardinal}` });
        return { index: 0, id, code, departement: d, communes: [] } as unknown as TerritoryPlan;
      });
      const communeCount = overseas ? 30 : 350;
      for (let k = 0; k < communeCount; k++) {
        // Denser near the préfecture, as towns are.
        const r = dep.spread * Math.sqrt(rand()) * (rand() < 0.3 ? 0.35 : 1);
        const angle = 2 * Math.PI * rand();
        const lat = dep.lat + r * Math.sin(angle);
        const lon = dep.lon + (r * Math.cos(angle)) / Math.cos((dep.lat * Math.PI) / 180);
        let nearest = 0;
        for (let s = 1; s < seats.length; s++) {
          const ds = (seats[s].lat - lat) ** 2 + (seats[s].lon - lon) ** 2;
          if (ds < (seats[nearest].lat - lat) ** 2 + (seats[nearest].lon - lon) ** 2) nearest = s;
        }
        const insee = overseas
          ? `${dep.code}${String(k + 1).padStart(2, '0')}`
          : `${dep.code}${String(k + 1).padStart(3, '0')}`;
        const name = `${COMMUNE_STEMS[k % COMMUNE_STEMS.length]}${COMMUNE_SUFFIXES[Math.floor(k / COMMUNE_STEMS.length) % COMMUNE_SUFFIXES.length]}`;
        newCommunes.push({ insee, name, lat, lon, territory: planned[nearest].id });
        planned[nearest].communes.push({ insee, lat, lon });
      }
      for (const t of planned) {
        if (!t.communes.length) continue;
        t.index = territoryIndex++;
        plan.territories.push(t);
      }
    }
    departements.push(plan);
    territories.push(...plan.territories);
  }
  await step(`referentials: ${newTerritories.length} CDS, ${newCommunes.length} communes added`, async () => {
    await q(`INSERT INTO territory (id, code, name) SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[])`, [
      newTerritories.map((t) => t.id),
      newTerritories.map((t) => t.code),
      newTerritories.map((t) => t.name),
    ]);
    await q(
      `INSERT INTO commune (insee_code, name, latitude, longitude, territory_id)
       SELECT * FROM unnest($1::text[], $2::text[], $3::float8[], $4::float8[], $5::uuid[])`,
      [
        newCommunes.map((c) => c.insee),
        newCommunes.map((c) => c.name),
        newCommunes.map((c) => c.lat),
        newCommunes.map((c) => c.lon),
        newCommunes.map((c) => c.territory),
      ],
    );
  });

  // --- Plans: who lives where, who follows whom ------------------------------------------------
  const depWeights = DEPARTEMENTS.map((d) => d.weight);
  const peoplePerDep = apportion(sizes.people, depWeights);
  const territoryPeople: number[] = [];
  for (const dep of departements) {
    territoryPeople.push(
      ...apportion(
        peoplePerDep[dep.index],
        dep.territories.map((t) => t.communes.length),
      ),
    );
  }
  const peopleRanges = ranges(territoryPeople);
  const referentRanges = ranges(territoryPeople.map((n) => Math.max(1, Math.ceil(n / sizes.caseload))));
  const proposalRanges = ranges(apportion(sizes.proposals, territoryPeople));
  const logbookRanges = ranges(apportion(sizes.logbook, territoryPeople));
  const interviewRanges = ranges(apportion(sizes.interviews, territoryPeople));
  territories.forEach((t, i) => {
    t.people = peopleRanges[i];
    t.referents = referentRanges[i];
    t.proposals = proposalRanges[i];
    t.logbook = logbookRanges[i];
    t.interviews = interviewRanges[i];
  });
  const missionRanges = ranges(apportion(sizes.missions, peoplePerDep));
  const associationRanges = ranges(
    missionRanges.map((m) => Math.max(1, Math.ceil(m.count / sizes.missionsPerAssociation))),
  );
  departements.forEach((d, i) => {
    d.missions = missionRanges[i];
    d.associations = associationRanges[i];
  });
  const referentCount = referentRanges.reduce((n, r) => n + r.count, 0);
  const associationCount = associationRanges.reduce((n, r) => n + r.count, 0);

  // --- Staff ---------------------------------------------------------------------------------
  const hash = await argon2.hash(NATIONAL_PASSWORD);
  await step(`staff: ${referentCount} référents, ${territories.length} coordinators, admins`, async () => {
    await q(
      `INSERT INTO app_user (id, email, password_hash, password_set_at, role, first_name, last_name, territory_id,
                             is_territory_manager)
       SELECT ${uuidSql(IdPrefix.Admin, '1')}, 'admin.1@national.tremplin.fr', $1, now(), 'ADMIN', 'Claire', 'Admin', NULL, false`,
      [hash],
    );
    for (const t of territories) {
      await q(
        `INSERT INTO app_user (id, email, password_hash, password_set_at, role, first_name, last_name, territory_id,
                               is_territory_manager)
         SELECT ${uuidSql(IdPrefix.Referent, 'n')}, 'referent.' || n || '@national.tremplin.fr', $1, now(), 'REFERENT',
                (ARRAY[${sqlList(FIRST_NAMES)}])[1 + n % ${FIRST_NAMES.length}],
                (ARRAY[${sqlList(LAST_NAMES)}])[1 + (n / 7) % ${LAST_NAMES.length}], $2::uuid, n = $3
           FROM generate_series($3::int, $4::int) n`,
        [hash, t.id, t.referents.start, t.referents.start + t.referents.count - 1],
      );
      await q(
        `INSERT INTO app_user (id, email, password_hash, password_set_at, role, first_name, last_name, territory_id)
         VALUES (${uuidSql(IdPrefix.Coordinator, '$3::int')}, 'coordination.' || $3 || '@national.tremplin.fr', $1, now(),
                 'COORDINATOR', 'Morgane', 'Coordination', $2)`,
        [hash, t.id, t.index + 1],
      );
    }
  });

  // --- Associations and missions (per département) -------------------------------------------
  const domains = (await q(`SELECT code FROM mission_domain ORDER BY sort_order`)).rows.map((r) => r.code as string);
  const competencies = (await q(`SELECT code FROM competency ORDER BY sort_order`)).rows.map((r) => r.code as string);
  await step(`associations: ${associationCount} (one member each)`, async () => {
    for (const dep of departements) {
      const communes = dep.territories.flatMap((t) => t.communes.map((c) => c.insee));
      await q(
        `INSERT INTO association (id, name, rna, address, commune_code, email, phone, domain_codes,
                                  welcome_contact_name, welcome_contact_email, status, decided_at, decided_by_id, created_at)
         SELECT ${uuidSql(IdPrefix.Association, 'n')}, 'Association ' || n, 'W' || lpad(n::text, 9, '0'),
                n || ' rue de la République', ($1::text[])[1 + (n * 7) % cardinality($1::text[])],
                'contact.' || n || '@asso.example.org', '0400000000', ARRAY[($2::text[])[1 + n % cardinality($2::text[])]],
                'Dominique Accueil', 'accueil.' || n || '@asso.example.org',
                CASE WHEN n % 50 = 0 THEN 'PENDING' ELSE 'VALIDATED' END,
                CASE WHEN n % 50 = 0 THEN NULL ELSE now() - interval '200 days' END,
                CASE WHEN n % 50 = 0 THEN NULL ELSE ${uuidSql(IdPrefix.Admin, '1')} END,
                now() - interval '1 day' * (n % 400)
           FROM generate_series($3::int, $4::int) n`,
        [communes, domains, dep.associations.start, dep.associations.start + dep.associations.count - 1],
      );
    }
    await q(
      `INSERT INTO app_user (id, email, password_hash, password_set_at, role, first_name, last_name, association_id)
       SELECT ${uuidSql(IdPrefix.Member, 'n')}, 'association.' || n || '@national.tremplin.fr', $1, now(), 'ASSOCIATION',
              'Dominique', 'Bénévole', ${uuidSql(IdPrefix.Association, 'n')}
         FROM generate_series(1, $2::int) n`,
      [hash, associationCount],
    );
  });

  await step(`missions: ${sizes.missions}`, async () => {
    for (const dep of departements) {
      const communes = dep.territories.flatMap((t) => t.communes);
      const territoryOf = dep.territories.flatMap((t) => t.communes.map(() => t.id));
      // status by n % 100: 0-79 published, 80-83 full, 84-86 submitted, 87-91 draft, 92-99 closed.
      await q(
        `INSERT INTO mission (id, association_id, title, summary, description, domain_code, competency_codes, commune_code,
                              territory_id, latitude, longitude, weekly_slots, hours_per_week, duration_weeks, places,
                              places_taken, driving_licence_required, public_transport, status, published_at, closed_at,
                              created_by_id, created_at, updated_at, start_date, end_date)
         SELECT ${uuidSql(IdPrefix.Mission, 'n')}, ${uuidSql(IdPrefix.Association, `($1::int + (n - $3::int) % $2::int)`)},
                ($4::text[])[1 + n % cardinality($4::text[])] || ' — ' || n,
                'Une mission de bénévolat près de chez vous.', 'Vous rejoignez une équipe de bénévoles pour quelques heures par semaine.',
                ($5::text[])[1 + n % cardinality($5::text[])],
                ARRAY[($6::text[])[1 + n % cardinality($6::text[])], ($6::text[])[1 + (n / 3) % cardinality($6::text[])]],
                ($7::text[])[c], ($10::uuid[])[c],
                ($8::float8[])[c] + (random() - 0.5) * 0.02, ($9::float8[])[c] + (random() - 0.5) * 0.02,
                (1 << (n % 21)) | (1 << ((n / 21) % 21)), 2 + n % 6, 4 + n % 20, 1 + n % 8,
                CASE WHEN n % 100 BETWEEN 80 AND 83 THEN 1 + n % 8 ELSE 0 END,
                n % 5 = 0, n % 3 = 0,
                CASE WHEN n % 100 < 80 THEN 'PUBLISHED' WHEN n % 100 < 84 THEN 'FULL' WHEN n % 100 < 87 THEN 'SUBMITTED'
                     WHEN n % 100 < 92 THEN 'DRAFT' ELSE 'CLOSED' END,
                CASE WHEN n % 100 < 84 OR n % 100 >= 92 THEN now() - interval '1 hour' * (n % 8000) END,
                CASE WHEN n % 100 >= 92 THEN now() - interval '1 hour' * (n % 100) END,
                ${uuidSql(IdPrefix.Member, `($1::int + (n - $3::int) % $2::int)`)},
                now() - interval '1 hour' * (n % 8000) - interval '1 day', now() - interval '1 hour' * (n % 100),
                current_date - (n % 60), current_date + 60 + n % 200
           FROM generate_series($3::int, $11::int) n, LATERAL (SELECT (1 + (n::bigint * 7919) % cardinality($7::text[]))::int AS c) pick`,
        [
          dep.associations.start,
          dep.associations.count,
          dep.missions.start,
          MISSION_TITLES,
          domains,
          competencies,
          communes.map((c) => c.insee),
          communes.map((c) => c.lat),
          communes.map((c) => c.lon),
          territoryOf,
          dep.missions.start + dep.missions.count - 1,
        ],
      );
    }
  });

  // --- People, their carnet, proposals, interviews, engagements, passports (per territory) -----
  await step(`people: ${sizes.people}`, async () => {
    for (const t of territories) {
      // status: 92 % active; orientation: 75 % oriented, 15 % waiting for it, 10 % for the diagnostic;
      // 60 % agreed to volunteering proposals.
      await q(
        `INSERT INTO beneficiary (id, civility, first_name, last_name, birth_date, email, phone, commune_code, latitude,
                                  longitude, territory_id, rsa_entry_date, referent_id, status, mobility_modes,
                                  has_driving_licence, has_vehicle, max_distance_km, availability_mask,
                                  interest_domain_codes, competency_codes, volunteering_consent_given_at,
                                  orientation_status, oriented_at, first_action_at, orientation_due_on,
                                  accompaniment_due_on, created_at, updated_at)
         SELECT ${uuidSql(IdPrefix.Beneficiary, 'n')},
                CASE WHEN n % 40 < 20 THEN 'MADAME' ELSE 'MONSIEUR' END,
                (ARRAY[${sqlList(FIRST_NAMES)}])[1 + n % ${FIRST_NAMES.length}],
                (ARRAY[${sqlList(LAST_NAMES)}])[1 + (n / ${FIRST_NAMES.length}) % ${LAST_NAMES.length}],
                date '1962-01-01' + ((n / ${FIRST_NAMES.length * LAST_NAMES.length}) * 30
                                     + (n % ${FIRST_NAMES.length * LAST_NAMES.length}) % 30),
                CASE WHEN n % 4 <> 0 THEN 'personne.' || n || '@exemple.fr' END, '0600000000',
                ($1::text[])[c], ($2::float8[])[c] + (random() - 0.5) * 0.01, ($3::float8[])[c] + (random() - 0.5) * 0.01,
                $4::uuid, current_date - 30 - (n % 1500),
                ${uuidSql(IdPrefix.Referent, `($5::int + (n - $6::int) % $7::int)`)},
                CASE WHEN n % 25 = 0 THEN 'SUSPENDED' WHEN n % 25 = 1 THEN 'LEFT' ELSE 'ACTIVE' END,
                CASE WHEN n % 5 < 2 THEN 1 ELSE 2 END | CASE WHEN n % 7 = 0 THEN 4 ELSE 0 END,
                n % 5 < 2, n % 5 < 2, 10 + n % 40, (n::bigint * 2654435761) % 2097152,
                ARRAY[($8::text[])[1 + n % cardinality($8::text[])]],
                ARRAY[($9::text[])[1 + n % cardinality($9::text[])], ($9::text[])[1 + (n / 5) % cardinality($9::text[])]],
                CASE WHEN n % 10 < 6 THEN now() - interval '1 day' * (n % 300) END,
                CASE WHEN n % 20 < 15 THEN 'ORIENTED' WHEN n % 20 < 18 THEN 'PENDING_ORIENTATION' ELSE 'PENDING_DIAGNOSTIC' END,
                CASE WHEN n % 20 < 15 THEN now() - interval '1 day' * (n % 400) END,
                CASE WHEN n % 20 < 12 THEN now() - interval '1 day' * (n % 300) END,
                current_date + 30 - (n % 90), current_date + 60 - (n % 120),
                now() - interval '1 day' * (30 + n % 1500), now() - interval '1 hour' * (n % 1000)
           FROM generate_series($6::int, $10::int) n, LATERAL (SELECT (1 + (n::bigint * 7919) % cardinality($1::text[]))::int AS c) pick`,
        [
          t.communes.map((c) => c.insee),
          t.communes.map((c) => c.lat),
          t.communes.map((c) => c.lon),
          t.id,
          t.referents.start,
          t.people.start,
          t.referents.count,
          domains,
          competencies,
          t.people.start + t.people.count - 1,
        ],
      );
    }
  });

  await step(`carnet entries: ${sizes.logbook}`, async () => {
    for (const t of territories) {
      if (!t.people.count) continue;
      await q(
        `INSERT INTO logbook_entry (id, beneficiary_id, type, author_id, summary, occurred_at, recorded_at, confidential)
         SELECT ${uuidSql(IdPrefix.Logbook, 'j')}, ${uuidSql(IdPrefix.Beneficiary, 'b')},
                (ARRAY[${sqlList(LOGBOOK_CYCLE)}])[1 + k % ${LOGBOOK_CYCLE.length}],
                ${uuidSql(IdPrefix.Referent, `($4::int + (b - $2::int) % $5::int)`)},
                'Point d’étape avec la personne : démarches en cours et prochaines actions.',
                now() - interval '1 day' * (1500 - k * 40 - b % 30), now() - interval '1 day' * (1500 - k * 40 - b % 30),
                j % 20 = 0
           FROM generate_series($1::int, $6::int) j,
                LATERAL (SELECT $2::int + (j - $1::int) % $3::int AS b, (j - $1::int) / $3::int AS k) pick`,
        [
          t.logbook.start,
          t.people.start,
          t.people.count,
          t.referents.start,
          t.referents.count,
          t.logbook.start + t.logbook.count - 1,
        ],
      );
    }
  });

  const dep = (t: TerritoryPlan) => departements[t.departement];
  await step(`proposals: ${sizes.proposals}`, async () => {
    for (const t of territories) {
      if (!t.people.count) continue;
      // The k-th proposal of a person goes to a distinct mission of the département.
      // Status by j % 100: 0-6 proposed, 7-21 sent, 22-33 accepted, 34-53 declined, 54-93 expired, 94-99 withdrawn.
      await q(
        `INSERT INTO proposal (id, beneficiary_id, mission_id, referent_id, status, answered_at, consent_at, sent_at,
                               expires_at, expired_at, withdrawn_at, withdrawn_by_id, decline_reason, answer_channel,
                               created_at, updated_at)
         SELECT ${uuidSql(IdPrefix.Proposal, 'j')}, ${uuidSql(IdPrefix.Beneficiary, 'b')},
                ${uuidSql(IdPrefix.Mission, `($7::int + ((b * 31 + k) % $8::int))`)},
                ${uuidSql(IdPrefix.Referent, `($4::int + (b - $2::int) % $5::int)`)},
                CASE WHEN s < 7 THEN 'PROPOSED' WHEN s < 22 THEN 'SENT' WHEN s < 34 THEN 'ACCEPTED' WHEN s < 54 THEN 'DECLINED'
                     WHEN s < 94 THEN 'EXPIRED' ELSE 'WITHDRAWN' END,
                CASE WHEN s BETWEEN 22 AND 53 THEN created + interval '2 days' END,
                CASE WHEN s BETWEEN 22 AND 33 THEN created + interval '2 days' END,
                CASE WHEN s >= 7 THEN created + interval '1 minute' END,
                created + interval '14 days',
                CASE WHEN s BETWEEN 54 AND 93 THEN created + interval '14 days' END,
                CASE WHEN s >= 94 THEN created + interval '3 days' END,
                CASE WHEN s >= 94 THEN ${uuidSql(IdPrefix.Referent, `($4::int + (b - $2::int) % $5::int)`)} END,
                CASE WHEN s BETWEEN 34 AND 53 THEN (ARRAY['NOT_AVAILABLE', 'TOO_FAR', 'NOT_INTERESTED', 'OTHER'])[1 + j % 4] END,
                CASE WHEN s BETWEEN 22 AND 53 THEN 'LINK' END,
                created, created + interval '2 days'
           FROM generate_series($1::int, $6::int) j,
                LATERAL (SELECT $2::int + (j - $1::int) % $3::int AS b, (j - $1::int) / $3::int AS k, j % 100 AS s,
                                CASE WHEN j % 100 < 22 THEN now() - interval '1 hour' * (j % 300)
                                     ELSE now() - interval '1 hour' * (400 + j % 8000) END AS created) pick`,
        [
          t.proposals.start,
          t.people.start,
          t.people.count,
          t.referents.start,
          t.referents.count,
          t.proposals.start + t.proposals.count - 1,
          dep(t).missions.start,
          dep(t).missions.count,
        ],
      );
    }
  });

  await step(`interviews: ${sizes.interviews}, with their slots; engagements, passports`, async () => {
    // Interview s of a territory: the first proposal of a distinct person, among the accepted ones
    // (j % 100 in 22..33; person b's first proposal is j = proposals.start + (b - people.start)).
    // The territory's coordinator holds one-hour slots, 8 a day; 80 % of them are past (held).
    await q(
      `CREATE TEMP TABLE timed_interview (s int, j int, coordinator uuid, territory uuid, insee text, lat float8,
                                          lon float8, starts_at timestamptz)`,
    );
    for (const t of territories) {
      if (!t.interviews.count) continue;
      const seat = t.communes[0];
      await q(
        `INSERT INTO timed_interview
         SELECT s, j, ${uuidSql(IdPrefix.Coordinator, String(t.index + 1))}, $4::uuid, $5, $6, $7,
                date_trunc('day', now()) - interval '1 day' * $8::int + interval '1 day' * (s / 8)
                  + interval '1 hour' * (9 + s % 8)
           FROM (SELECT (row_number() OVER (ORDER BY j) - 1)::int AS s, j
                   FROM generate_series($1::int, $1::int + $2::int - 1) j
                  WHERE j % 100 BETWEEN 22 AND 33
                  LIMIT $3) picked`,
        [
          t.proposals.start,
          Math.min(t.people.count, t.proposals.count),
          t.interviews.count,
          t.id,
          seat.insee,
          seat.lat,
          seat.lon,
          Math.ceil((t.interviews.count / 8) * 0.8),
        ],
      );
    }
    await q(`ANALYZE timed_interview`);
    await q(
      `INSERT INTO interview_availability (id, coordinator_id, starts_at, ends_at, slot_minutes, place_kind, place_label,
                                           place_address, commune_code, territory_id, latitude, longitude)
       SELECT ${uuidSql(IdPrefix.Availability, 'j')}, coordinator, starts_at, starts_at + interval '1 hour', 60, 'CDS',
              'Centre départemental de la solidarité', '1 place de la Mairie', insee, territory, lat, lon
         FROM timed_interview`,
    );
    await q(
      `INSERT INTO interview_slot (id, availability_id, coordinator_id, starts_at, ends_at, day_part_mask)
       SELECT ${uuidSql(IdPrefix.Slot, 'j')}, ${uuidSql(IdPrefix.Availability, 'j')}, coordinator, starts_at,
              starts_at + interval '1 hour',
              1 << ((extract(isodow FROM starts_at)::int - 1) * 3 + CASE WHEN extract(hour FROM starts_at) < 12 THEN 0 ELSE 1 END)
         FROM timed_interview`,
    );
    await q(
      `INSERT INTO interview (id, proposal_id, beneficiary_id, mission_id, coordinator_id, referent_id, slot_id, starts_at,
                              ends_at, place_kind, place_label, place_address, commune_code, latitude, longitude, status,
                              scheduled_at, booked_by, created_by_id, outcome_recorded_at, outcome_recorded_by_id)
       SELECT ${uuidSql(IdPrefix.Interview, 'j')}, p.id, p.beneficiary_id, p.mission_id, coordinator, p.referent_id,
              ${uuidSql(IdPrefix.Slot, 'j')}, starts_at, starts_at + interval '1 hour', 'CDS',
              'Centre départemental de la solidarité', '1 place de la Mairie', insee, lat, lon,
              CASE WHEN starts_at < now() - interval '1 day' THEN 'HELD' ELSE 'SCHEDULED' END,
              starts_at - interval '5 days', 'STAFF', p.referent_id,
              CASE WHEN starts_at < now() - interval '1 day' THEN starts_at + interval '2 hours' END,
              CASE WHEN starts_at < now() - interval '1 day' THEN coordinator END
         FROM timed_interview ti JOIN proposal p ON p.id = ${uuidSql(IdPrefix.Proposal, 'ti.j')}`,
    );
    // Engagements: 60 % of the interviews held; 40 % of them completed, with a passport.
    await q(
      `INSERT INTO engagement (id, interview_id, proposal_id, beneficiary_id, mission_id, association_id, status, start_date,
                               planned_hours, end_date, hours_done, started_by_id, ended_by_id, ended_at)
       SELECT ${uuidSql(IdPrefix.Engagement, 'ti.j')}, i.id, i.proposal_id, i.beneficiary_id, i.mission_id, m.association_id,
              CASE WHEN ti.j % 5 < 2 THEN 'COMPLETED' ELSE 'ACTIVE' END, (ti.starts_at + interval '3 days')::date,
              40, CASE WHEN ti.j % 5 < 2 THEN (ti.starts_at + interval '30 days')::date END,
              CASE WHEN ti.j % 5 < 2 THEN 36 END, coordinator,
              CASE WHEN ti.j % 5 < 2 THEN coordinator END,
              CASE WHEN ti.j % 5 < 2 THEN ti.starts_at + interval '30 days' END
         FROM timed_interview ti
         JOIN interview i ON i.id = ${uuidSql(IdPrefix.Interview, 'ti.j')}
         JOIN mission m ON m.id = i.mission_id
        WHERE i.status = 'HELD' AND ti.j % 10 < 6`,
    );
    await q(
      `INSERT INTO passport_attestation (id, engagement_id, beneficiary_id, association_id, attested_by_id, attestor_name,
                                         attestor_role, attested_at)
       SELECT ${uuidSql(IdPrefix.Attestation, `('x' || right(e.id::text, 12))::bit(48)::bigint`)}, e.id, e.beneficiary_id,
              e.association_id, ${uuidSql(IdPrefix.Member, `('x' || right(e.association_id::text, 12))::bit(48)::bigint`)},
              'Dominique Bénévole', 'Responsable des bénévoles', e.ended_at
         FROM engagement e WHERE e.status = 'COMPLETED'`,
    );
    await q(
      `INSERT INTO competency_attestation (attestation_id, competency_code, level)
       SELECT a.id, code, 2 FROM passport_attestation a, LATERAL unnest(ARRAY[$1, $2]) code`,
      [competencies[0], competencies[3]],
    );
    await q(
      `INSERT INTO passport (beneficiary_id, issued_at, last_attested_at)
       SELECT beneficiary_id, min(attested_at), max(attested_at) FROM passport_attestation GROUP BY beneficiary_id`,
    );
    await q(`DROP TABLE timed_interview`);
  });

  await step('vacuum analyze', async () => {
    await q(`SET session_replication_role = origin`);
    await q(`VACUUM ANALYZE`);
  });
  const counts = (
    await q(
      `SELECT relname AS table, n_live_tup::bigint AS rows FROM pg_stat_user_tables
        WHERE n_live_tup > 0 AND schemaname = 'public' ORDER BY n_live_tup DESC`,
    )
  ).rows as { table: string; rows: string }[];
  const size = (await q(`SELECT pg_size_pretty(pg_database_size(current_database())) AS size`)).rows[0].size as string;
  await db.end();
  print(`Rows: ${counts.map((c) => `${c.table} ${Number(c.rows).toLocaleString('en')}`).join(', ')}`);
  print(
    `SCALE=${sizes.scale}: ${database} (${size}) generated in ${((Date.now() - started) / 1000).toFixed(0)} s. ` +
      `Password of every account: ${NATIONAL_PASSWORD}`,
  );
}

function sqlList(values: readonly string[]): string {
  return values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ');
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
