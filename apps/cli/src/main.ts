import { EmbeddedPostgresHandle, loadConfig, startErrorMessage } from '@tremplin/core';
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

// A one-shot command stopped by a signal stops the embedded PostgreSQL it started (the start
// command handles its own signals).
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    if (process.argv[2] === 'start') return;
    void (embeddedPostgres?.stop() ?? Promise.resolve()).finally(() => process.exit(1));
  });
}

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
    // A French sentence that says what to do; an unexpected error's detail goes to a file.
    process.stderr.write(`${startErrorMessage(error)}\n`);
    process.exit(1);
  },
);
