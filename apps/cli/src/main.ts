import { ConfigError, EmbeddedPostgresHandle, loadConfig } from '@tremplin/core';
import { resolve } from 'node:path';
import {
  generateSchema,
  migrate,
  previewMails,
  printCredentials,
  seedIfEmpty,
  writePermissionsMatrix,
} from './commands';
import { launch, prepareLocalEnvironment } from './launcher';

const print = (line = '') => process.stdout.write(`${line}\n`);

/** The configuration for one-shot commands: the environment, completed on a developer machine (see prepareLocalEnvironment). */
let embeddedPostgres: EmbeddedPostgresHandle | null = null;

async function localConfig() {
  // A configured environment (production, containers) is used as is; a bare developer machine is completed.
  if (process.env.DATABASE_URL && process.env.JWT_SECRET && process.env.LINK_SECRET) return loadConfig(process.env);
  const { env, embedded } = await prepareLocalEnvironment();
  embeddedPostgres = embedded;
  return loadConfig(env);
}

const COMMANDS: Record<string, () => Promise<void>> = {
  start: launch,
  migrate: async () => {
    const applied = await migrate(await localConfig());
    print(applied.length ? `Migrations appliquées :\n  ${applied.join('\n  ')}` : 'Aucune migration en attente.');
  },
  seed: async () => {
    const config = await localConfig();
    await migrate(config);
    const credentials = await seedIfEmpty(config);
    if (credentials) printCredentials(credentials);
    else print('La base contient déjà des comptes : données de démonstration non chargées.');
  },
  schema: async () => {
    await generateSchema(await localConfig(), 'schema.gql');
    print('schema.gql écrit.');
  },
  permissions: async () => {
    await writePermissionsMatrix(resolve('README.md'));
    print('README.md : matrice des permissions écrite.');
  },
  'mail-preview': async () => {
    const files = await previewMails(resolve('.data/mail-preview'));
    print(`Aperçus des e-mails :\n  ${files.join('\n  ')}`);
  },
};

const name = process.argv[2] ?? '';
const command = COMMANDS[name];
if (!command) {
  process.stderr.write(`Commande inconnue « ${name} ». Commandes : ${Object.keys(COMMANDS).join(', ')}\n`);
  process.exit(2);
}
command().then(
  async () => {
    if (name === 'start') return;
    await embeddedPostgres?.stop();
    process.exit(0);
  },
  async (error: unknown) => {
    await embeddedPostgres?.stop();
    process.stderr.write(
      `${error instanceof ConfigError ? error.message : String((error as Error)?.stack ?? error)}\n`,
    );
    process.exit(1);
  },
);
