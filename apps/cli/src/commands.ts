import { NestFactory } from '@nestjs/core';
import {
  AppConfig,
  DemoCredential,
  MailRenderer,
  buildDataSourceOptions,
  databaseUrl,
  dropDatabase,
  ensureDatabase,
} from '@tremplin/core';
import { randomBytes } from 'node:crypto';
import {
  DATABASE_REGISTRY,
  MAIL_TEMPLATES,
  isDatabaseEmpty,
  seedDemoData,
  withPermissionsMatrix,
} from '@tremplin/platform';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { createApiApp } from '../../api/src/bootstrap';
import { CliModule } from './cli.module';

const print = (line = '') => process.stdout.write(`${line}\n`);

/** Applies pending migrations; returns their names. */
export async function migrate(config: AppConfig): Promise<string[]> {
  const dataSource = new DataSource(
    buildDataSourceOptions(config.DATABASE_URL, DATABASE_REGISTRY, { applicationName: 'tremplin-migrate' }),
  );
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}

/** Loads the demo data when the database holds no account yet; returns the demo accounts (empty when skipped). */
export async function seedIfEmpty(config: AppConfig): Promise<DemoCredential[] | null> {
  const app = await NestFactory.createApplicationContext(CliModule.register(config), { logger: ['error', 'warn'] });
  try {
    if (!(await isDatabaseEmpty(app))) return null;
    return await seedDemoData(app);
  } finally {
    await app.close();
  }
}

export function printCredentials(credentials: DemoCredential[]): void {
  print('Comptes de démonstration (mot de passe commun indiqué) :');
  for (const c of credentials)
    print(`  ${c.role.padEnd(12)} ${c.email.padEnd(40)} ${c.password}${c.note ? `  (${c.note})` : ''}`);
}

/**
 * Writes schema.gql from the code-first resolvers, without listening. The API boots on a
 * throw-away database of the same server (migrated, then dropped), so that generating the schema
 * never migrates or writes the database of `npm start` — which may hold another branch's data.
 */
export async function generateSchema(config: AppConfig, file: string): Promise<void> {
  const scratch = `tremplin_schema_${randomBytes(4).toString('hex')}`;
  await ensureDatabase(config.DATABASE_URL, scratch);
  try {
    // Quiet, and without a first administrator: generating the schema must not write accounts.
    const quiet = Object.assign(new AppConfig(), config, {
      DATABASE_URL: databaseUrl(config.DATABASE_URL, scratch),
      LOG_LEVEL: 'warn',
      ADMIN_EMAIL: undefined,
      ADMIN_PASSWORD: undefined,
    });
    await migrate(quiet);
    const app = await createApiApp({ config: quiet, schemaFile: resolve(file) });
    await app.init();
    await app.close();
  } finally {
    await dropDatabase(config.DATABASE_URL, scratch);
  }
}

/** Renders every mail template with its sample data into `dir` (.html and .txt), for review in a browser. */
export async function previewMails(dir: string): Promise<string[]> {
  const renderer = new MailRenderer(MAIL_TEMPLATES);
  await mkdir(dir, { recursive: true });
  const files: string[] = [];
  for (const template of renderer.registered()) {
    const rendered = await renderer.render(template.name, template.preview);
    const base = join(dir, template.name);
    await writeFile(`${base}.html`, rendered.html);
    await writeFile(`${base}.txt`, `Objet : ${rendered.subject}\n\n${rendered.text}\n`);
    files.push(`${base}.html`);
  }
  return files;
}

/** Rewrites the permissions matrix of the README from the table (`libs/platform/src/permissions.ts`). */
export async function writePermissionsMatrix(readmeFile: string): Promise<void> {
  await writeFile(readmeFile, withPermissionsMatrix(await readFile(readmeFile, 'utf8')));
}
