import { JobName, UnitOfWork } from '@tremplin/core';
import type { SeedContext, Seeder } from '@tremplin/core';
import { MatchingStore } from './matching.store';

/**
 * Runs last: the demo data are written straight to the tables, without the events that keep the
 * suggestions up to date. So every mission goes to the change feed (a worker already running
 * brings its index up to date) and one full rescore is queued for the worker to compute the
 * suggestions (otherwise the demo referents would see none until the nightly rescore).
 */
export const matchingDemoSeeder: Seeder = {
  name: 'matching',
  async seed({ app }: SeedContext): Promise<void> {
    const store = app.get(MatchingStore);
    await app.get(UnitOfWork).run(async (tx) => {
      await store.recordEveryMissionChange(tx.manager);
      await tx.promiseJob(JobName.RescoreAll, {});
    });
  },
};
