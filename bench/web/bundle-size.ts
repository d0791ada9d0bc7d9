// `npm run bench:web` — how much JavaScript each console page makes the browser download (gzip),
// read from Vite's build manifest (see bundle-figures.ts). Printed beside each page's budget, as a
// ratio (≤ 1 meets it); the login page, the first one anybody opens, first.
import { measureBundle } from './bundle-figures';

function main(): void {
  const { entryKb, pages } = measureBundle();
  process.stdout.write(`Point d’entrée (chargé par toutes les pages) : ${entryKb.toFixed(1)} KB gzip\n`);
  const login = pages.find((figure) => figure.page === 'Connexion');
  if (login) {
    process.stdout.write(
      `Page de connexion : ${login.kb.toFixed(1)} KB gzip pour un budget de ${login.budgetKb} KB ` +
        `(${login.ratio.toFixed(2)}, ${login.ratio <= 1 ? 'dans le budget' : 'au-dessus du budget'})\n`,
    );
  }
  process.stdout.write(`\n| page | JavaScript gzip | budget | ratio |\n|---|---|---|---|\n`);
  for (const { page, kb, budgetKb, ratio } of pages) {
    process.stdout.write(`| ${page} | ${kb.toFixed(1)} KB | ${budgetKb} KB | ${ratio.toFixed(2)} |\n`);
  }
  const over = pages.filter((figure) => figure.ratio > 1).length;
  if (over) {
    process.stdout.write(`\n${over} page(s) au-dessus de leur budget.\n`);
    process.exitCode = 1;
  }
}

main();
