// The DataSource used by the TypeORM CLI (`npm run migration:*`), on the compiled build.
import { buildDataSourceOptions } from '@tremplin/core';
import { DataSource } from 'typeorm';
import { DATABASE_REGISTRY } from './registry';

const url = process.env.DATABASE_URL;
if (!url) {
  process.stderr.write('DATABASE_URL : est obligatoire pour les commandes de migration\n');
  process.exit(1);
}

export default new DataSource(
  buildDataSourceOptions(url, DATABASE_REGISTRY, { applicationName: 'tremplin-migrations' }),
);
