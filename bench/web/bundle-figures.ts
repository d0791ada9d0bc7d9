// How much JavaScript each console page makes the browser download (gzip), read from Vite's build
// manifest: the entry chunk, the page's own chunk, and every chunk they import statically. Used by
// `npm run bench:web` (prints the figures) and by test/web-bundle.e2e-spec.ts (holds the budgets).
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
export const PAGE_BUDGETS: { page: string; module: string; budgetKb: number }[] = [
  { page: 'Connexion', module: 'src/features/auth/LoginPage.tsx', budgetKb: 150 },
  { page: 'Mon compte', module: 'src/features/auth/AccountPage.tsx', budgetKb: 300 },
  // The référent's home (its counters are in the home page's chunk) and their caseload list
  { page: 'Accueil (référent)', module: 'src/features/home/HomePage.tsx', budgetKb: 300 },
  { page: 'Personnes (référent)', module: 'src/features/caseload/CaseloadPage.tsx', budgetKb: 300 },
  // The other workspaces (their home is the same page as the référent's): their main pages
  { page: 'Missions (association)', module: 'src/features/missions/MissionsPage.tsx', budgetKb: 300 },
  { page: 'Membres (association)', module: 'src/features/members/MembersPage.tsx', budgetKb: 300 },
  { page: 'Agenda (coordination)', module: 'src/features/coordination/AgendaPage.tsx', budgetKb: 300 },
  { page: 'Modération (Département)', module: 'src/features/moderation/ModerationPage.tsx', budgetKb: 300 },
];

export interface PageFigure {
  page: string;
  kb: number;
  budgetKb: number;
  ratio: number;
}

export interface BundleFigures {
  /** The entry chunk and its static imports: what every page loads first. */
  entryKb: number;
  pages: PageFigure[];
}

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

/** Reads the build in `dist` (dist/web by default): `npm run build` or `npm run web:build` first. */
export function measureBundle(dist = join(process.cwd(), 'dist', 'web')): BundleFigures {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  const gzipKb = (key: string) => gzipSync(readFileSync(join(dist, manifest[key].file)), { level: 9 }).length / 1024;
  const sum = (keys: Set<string>) => [...keys].reduce((total, key) => total + gzipKb(key), 0);
  const entry = Object.entries(manifest).find(([, chunk]) => chunk.isEntry)?.[0];
  if (!entry) throw new Error('pas de point d’entrée dans le manifeste : lancez « npm run build »');
  return {
    entryKb: sum(staticClosure(manifest, [entry])),
    pages: PAGE_BUDGETS.map(({ page, module, budgetKb }) => {
      const kb = sum(staticClosure(manifest, [entry, module]));
      return { page, kb, budgetKb, ratio: kb / budgetKb };
    }),
  };
}
