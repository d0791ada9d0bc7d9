// `npm run bench:web` — how much JavaScript each console page makes the browser download (gzip),
// read from Vite's build manifest: the entry chunk, the page's own chunk, and every chunk they
// import statically. Printed beside each page's budget, as a ratio (≤ 1 meets it).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

type Manifest = Record<string, ManifestChunk>;

/** The pages measured (their module in apps/web) and their budget in KB of gzipped JavaScript. */
const PAGE_BUDGETS: { page: string; module: string; budgetKb: number }[] = [
  { page: 'Connexion', module: 'src/features/auth/LoginPage.tsx', budgetKb: 150 },
  { page: 'Mon compte', module: 'src/features/auth/AccountPage.tsx', budgetKb: 300 },
];

const DIST = join(process.cwd(), 'dist', 'web');

function staticClosure(manifest: Manifest, keys: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`chunk absent du manifeste : ${key}`);
    seen.add(key);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  keys.forEach(visit);
  return seen;
}

function gzipKb(file: string): number {
  return gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length / 1024;
}

function main(): void {
  const manifest = JSON.parse(readFileSync(join(DIST, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  const entry = Object.entries(manifest).find(([, chunk]) => chunk.isEntry)?.[0];
  if (!entry) throw new Error('pas de point d’entrée dans le manifeste : lancez « npm run build »');
  const entryKb = [...staticClosure(manifest, [entry])].reduce((sum, key) => sum + gzipKb(manifest[key].file), 0);
  process.stdout.write(`Point d’entrée (chargé par toutes les pages) : ${entryKb.toFixed(1)} KB gzip\n\n`);
  process.stdout.write(`| page | JavaScript gzip | budget | ratio |\n|---|---|---|---|\n`);
  let over = 0;
  for (const { page, module, budgetKb } of PAGE_BUDGETS) {
    const kb = [...staticClosure(manifest, [entry, module])].reduce((sum, key) => sum + gzipKb(manifest[key].file), 0);
    const ratio = kb / budgetKb;
    if (ratio > 1) over++;
    process.stdout.write(`| ${page} | ${kb.toFixed(1)} KB | ${budgetKb} KB | ${ratio.toFixed(2)} |\n`);
  }
  if (over) {
    process.stdout.write(`\n${over} page(s) au-dessus de leur budget.\n`);
    process.exitCode = 1;
  }
}

main();
