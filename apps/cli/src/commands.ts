import type { INestApplicationContext } from '@nestjs/common';
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
import { User, UsersService } from '@tremplin/identity';
import {
  DATABASE_REGISTRY,
  DEMO_PASSWORD,
  MAIL_TEMPLATES,
  isDatabaseEmpty,
  seedDemoData,
  withPermissionsMatrix,
} from '@tremplin/platform';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { DataSource, IsNull, Like } from 'typeorm';
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

/** Runs `work` in an application context of the domain modules (no HTTP), closed afterwards. */
async function withCliApp<T>(config: AppConfig, work: (app: INestApplicationContext) => Promise<T>): Promise<T> {
  const app = await NestFactory.createApplicationContext(CliModule.register(config), { logger: ['error', 'warn'] });
  try {
    return await work(app);
  } finally {
    await app.close();
  }
}

/**
 * Loads the demo data when the database holds no account yet; returns the demo accounts (null when
 * skipped). The configured first administrator is created before them: the demo data hold an
 * administrator of their own, after which « no administrator yet » would never be true.
 */
async function seedInto(app: INestApplicationContext): Promise<DemoCredential[] | null> {
  if (!(await isDatabaseEmpty(app))) return null;
  await app.get(UsersService).ensureFirstAdmin();
  return seedDemoData(app);
}

export function seedIfEmpty(config: AppConfig): Promise<DemoCredential[] | null> {
  return withCliApp(config, seedInto);
}

/** The demo accounts' addresses end with it (`…@tremplin.local`, associations' `…@asso.tremplin.local`). */
const DEMO_DOMAIN = 'tremplin.local';

/**
 * The accounts a start may print because they open with the password it prints: the first
 * administrator (checked), and the demo accounts — those just seeded, or, on a database seeded
 * before, the first demo account of each role whose password is still the demo password.
 */
async function workingAccounts(
  app: INestApplicationContext,
  config: AppConfig,
  seeded: DemoCredential[] | null,
): Promise<{ adminWorks: boolean; demo: DemoCredential[] }> {
  const users = app.get(UsersService);
  const opens = (email: string, password: string) =>
    email !== config.ADMIN_EMAIL ? users.opensWith(email, password) : Promise.resolve(false);
  const adminWorks =
    Boolean(config.ADMIN_EMAIL && config.ADMIN_PASSWORD) &&
    (await users.opensWith(config.ADMIN_EMAIL!, config.ADMIN_PASSWORD!));
  const demo: DemoCredential[] = [];
  if (seeded) {
    for (const credential of seeded) if (await opens(credential.email, credential.password)) demo.push(credential);
    return { adminWorks, demo };
  }
  const accounts = await app
    .get(DataSource)
    .getRepository(User)
    .find({
      where: { email: Like(`%${DEMO_DOMAIN}`), disabledAt: IsNull() },
      order: { createdAt: 'ASC', email: 'ASC' },
    });
  for (const account of accounts) {
    if (demo.some((shown) => shown.role === account.role)) continue;
    if (await opens(account.email, DEMO_PASSWORD)) {
      demo.push({ role: account.role, email: account.email, password: DEMO_PASSWORD });
    }
  }
  return { adminWorks, demo };
}

/** `npm start`'s accounts, in one application context: seeds an empty database, then checks what it will print. */
export function seedAndCheckAccounts(
  config: AppConfig,
): Promise<{ seeded: boolean; adminWorks: boolean; demo: DemoCredential[] }> {
  return withCliApp(config, async (app) => {
    const seeded = await seedInto(app);
    return { seeded: seeded !== null, ...(await workingAccounts(app, config, seeded)) };
  });
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
