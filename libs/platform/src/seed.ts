import { INestApplicationContext, Logger } from '@nestjs/common';
import { Clock, DemoCredential, SeedRandom } from '@tremplin/core';
import { User } from '@tremplin/identity';
import { DataSource } from 'typeorm';
import { SEEDERS } from './registry';

export const DEMO_PASSWORD = 'Tremplin-demo-2026';

/** True when no staff account exists yet (a fresh database). */
export async function isDatabaseEmpty(app: INestApplicationContext): Promise<boolean> {
  return (await app.get(DataSource).getRepository(User).count()) === 0;
}

/** Loads the demo data of every domain, in order, and returns the demo accounts to print. */
export async function seedDemoData(app: INestApplicationContext): Promise<DemoCredential[]> {
  const logger = new Logger('Seed');
  const context = {
    app,
    random: new SeedRandom(2026),
    demoPassword: DEMO_PASSWORD,
    credentials: [] as DemoCredential[],
    now: app.get(Clock).now(),
  };
  for (const seeder of SEEDERS) {
    const started = Date.now();
    await seeder.seed(context);
    logger.log({ event: 'seed.done', seeder: seeder.name, ms: Date.now() - started });
  }
  return context.credentials;
}
