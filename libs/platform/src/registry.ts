import {
  CreateOutboxAndEmail1764300000100,
  DatabaseRegistry,
  EmailMessage,
  EnableExtensions1764300000000,
  OutboxJob,
  MailTemplate,
  Seeder,
} from '@tremplin/core';
import {
  CreateIdentity1764300001000,
  IdentityModule,
  Territory,
  User,
  WELCOME_MAIL,
  identitySeeder,
} from '@tremplin/identity';
import {
  Commune,
  Competency,
  CreateReferentials1764300002000,
  Job,
  MissionDomain,
  ReferentialsModule,
} from '@tremplin/referentials';

/**
 * The composition root shared by the API, the worker, the CLI and the tests: every domain
 * module, entity and migration of the platform. A new domain registers here, and only here.
 */
export const DOMAIN_MODULES = [IdentityModule, ReferentialsModule];

export const ENTITIES = [OutboxJob, EmailMessage, Territory, User, Commune, MissionDomain, Competency, Job];

/** In timestamp order (a unit test checks it). */
export const MIGRATIONS = [
  EnableExtensions1764300000000,
  CreateOutboxAndEmail1764300000100,
  CreateIdentity1764300001000,
  CreateReferentials1764300002000,
];

export const DATABASE_REGISTRY: DatabaseRegistry = { entities: ENTITIES, migrations: MIGRATIONS };

/** Demo data loaders, in dependency order. */
export const SEEDERS: Seeder[] = [identitySeeder];

/** Every email template (rendered by the worker, previewed by `npm run mail:preview`). */
export const MAIL_TEMPLATES: MailTemplate<object>[] = [WELCOME_MAIL];
