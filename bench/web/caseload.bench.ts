// `npm run bench:caseload` — a référent with 2,000 people: how long Chromium takes from the
// navigation to /personnes to the first page of the list rendered, against a baseline measured in
// the same run: the login page (the lightest page: no query, no session). A script, not a timed
// test; it prints the medians and their ratio (figures in bench/README.md).
//
// It starts a platform as the tests do (a throw-away database made from the migrated template on
// the PostgreSQL of 127.0.0.1:5432 or TEST_PG_SERVER_URL, the built console of dist/web: run
// `npm run build` first, which `npm run bench:caseload` does), and Debian's Chromium.
import { Role } from '@tremplin/core';
import type { BrowserContext } from 'playwright-core';
import { launchBrowser, newContext } from '../../test/browser/support/browser';
import { TEST_PASSWORD, TestPlatform } from '../../test/support/test-platform';

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 2000);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const OYONNAX = '01283';
/** The console's own mark when the list's first page is on screen (features/caseload/CaseloadPage.tsx). */
const FIRST_PAGE_MARK = 'tremplin:caseload-first-page';

/**
 * Marks, in every page, the moment a selector first matches (a MutationObserver, so the same
 * measure for both pages whatever the application does).
 */
function observeScript(selector: string, mark: string): string {
  return `(() => {
    const seen = () => {
      if (document.querySelector(${JSON.stringify(selector)})) {
        performance.mark(${JSON.stringify(mark)});
        return true;
      }
      return false;
    };
    const observer = new MutationObserver(() => { if (seen()) observer.disconnect(); });
    document.addEventListener('DOMContentLoaded', () => { if (!seen()) observer.observe(document.body, { childList: true, subtree: true }); });
  })();`;
}

async function seed(platform: TestPlatform, referentId: string): Promise<void> {
  // One statement: names from a short list, birth dates all different (one file per identity).
  await platform.dataSource.query(
    `INSERT INTO beneficiary (first_name, last_name, birth_date, email, commune_code, latitude, longitude, territory_id,
       rsa_entry_date, referent_id, orientation_due_on, accompaniment_due_on)
     SELECT (ARRAY['Karima','Jean','Lucie','Mamadou','Élodie','Thomas','Inès','Hugo'])[1 + i % 8],
            (ARRAY['Martin','Bernard','Dubois','Thomas','Robert','Richard','Petit','Durand','Leroy','Moreau'])[1 + i % 10],
            DATE '1960-01-01' + i * 5,
            CASE WHEN i % 4 = 0 THEN NULL ELSE 'personne' || i || '@exemple.fr' END,
            c.insee_code, c.latitude, c.longitude, c.territory_id,
            DATE '2025-01-01' + (i % 330), $1,
            DATE '2025-02-01' + (i % 330), DATE '2025-03-01' + (i % 330)
     FROM generate_series(1, $2::int) AS i, commune c WHERE c.insee_code = $3`,
    [referentId, PEOPLE, OYONNAX],
  );
}

async function measure(context: BrowserContext, url: string, mark: string): Promise<number> {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark, { timeout: 30_000 });
  const startTime = await page.evaluate((name) => performance.getEntriesByName(name)[0].startTime, mark);
  await page.close();
  return startTime;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

async function main(): Promise<void> {
  process.env.TEST_PG_SERVER_URL ??= 'postgres://postgres@127.0.0.1:5432/postgres';
  process.env.TEST_QUEUE_BACKEND ??= 'postgres';
  process.env.TEST_REDIS_URL ??= '';
  const [platform, browser] = await Promise.all([TestPlatform.start({ worker: false }), launchBrowser()]);
  try {
    const territoryId = (
      (await platform.dataSource.query(`SELECT territory_id FROM commune WHERE insee_code = $1`, [OYONNAX])) as Array<{
        territory_id: string;
      }>
    )[0].territory_id;
    const referent = await platform.createStaff(Role.REFERENT, { firstName: 'Claire', territoryId });
    await seed(platform, referent.user.id);

    // The baseline: the login page, without a session.
    const anonymous = await newContext(browser);
    await anonymous.addInitScript(observeScript('form button[type="submit"]', 'bench:rendered'));
    // The caseload, in a session opened by the login page itself.
    const staff = await newContext(browser);
    await staff.addInitScript(observeScript('table tbody tr', 'bench:rendered'));
    const login = await staff.newPage();
    await login.goto(`${platform.baseUrl}/connexion`);
    await login.getByLabel('Adresse e-mail').fill(referent.user.email);
    await login.getByLabel('Mot de passe', { exact: true }).fill(TEST_PASSWORD);
    await login.getByRole('button', { name: 'Se connecter' }).click();
    await login.waitForURL((url) => !url.pathname.startsWith('/connexion'));
    await login.close();

    const people = `${platform.baseUrl}/personnes`;
    // One warm-up of each (the browser's cache holds the built files afterwards, as for a person at work).
    await measure(anonymous, `${platform.baseUrl}/connexion`, 'bench:rendered');
    await measure(staff, people, 'bench:rendered');
    const baseline: number[] = [];
    const caseload: number[] = [];
    const ownMark: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      baseline.push(await measure(anonymous, `${platform.baseUrl}/connexion`, 'bench:rendered'));
      caseload.push(await measure(staff, people, 'bench:rendered'));
      ownMark.push(await measure(staff, people, FIRST_PAGE_MARK));
    }
    const total = (
      (await platform.dataSource.query(`SELECT count(*)::int AS n FROM beneficiary WHERE referent_id = $1`, [
        referent.user.id,
      ])) as Array<{ n: number }>
    )[0].n;
    const ms = (value: number) => `${value.toFixed(0)} ms`;
    process.stdout.write(
      `\nListe « Personnes » d’un référent suivant ${total} personnes, ${RUNS} mesures (médianes)\n\n`,
    );
    process.stdout.write(`| page | navigation → première page affichée | ratio |\n|---|---|---|\n`);
    process.stdout.write(`| /connexion (référence, sans session) | ${ms(median(baseline))} | 1.00 |\n`);
    process.stdout.write(
      `| /personnes (25 premières lignes sur ${total}) | ${ms(median(caseload))} | ${(median(caseload) / median(baseline)).toFixed(2)} |\n`,
    );
    process.stdout.write(
      `| /personnes, marque de la console (${FIRST_PAGE_MARK}) | ${ms(median(ownMark))} | ${(median(ownMark) / median(baseline)).toFixed(2)} |\n`,
    );
    process.stdout.write(
      `\nObjectif : première page en moins de 1 000 ms — ${median(caseload) <= 1000 ? 'tenu' : 'NON TENU'}.\n`,
    );
    await anonymous.close();
    await staff.close();
  } finally {
    await browser.close();
    await platform.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
