import { DataSourceOptions } from 'typeorm';
import { DatabaseLogger } from './database-logger';
import { DatabaseRegistry } from './database-registry';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/**
 * The one place where TypeORM is configured. `synchronize` stays off everywhere:
 * the schema only ever changes through the listed migrations.
 */
export function buildDataSourceOptions(
  databaseUrl: string,
  registry: DatabaseRegistry,
  overrides: { poolSize?: number; applicationName?: string } = {},
): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities: registry.entities,
    migrations: registry.migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    namingStrategy: new SnakeNamingStrategy(),
    // Errors and warnings go to the structured log, without query parameters.
    logging: ['error', 'warn'],
    logger: new DatabaseLogger(['error', 'warn']),
    extra: {
      max: overrides.poolSize ?? 10,
      application_name: overrides.applicationName ?? 'tremplin',
    },
  };
}
