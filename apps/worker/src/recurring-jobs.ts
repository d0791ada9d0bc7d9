import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { JOB_DEFINITIONS, JobName, JobQueue } from '@tremplin/core';

/** Jobs that run on a schedule. Upserting a scheduler is idempotent: every worker may do it. */
export const RECURRING_JOBS: ReadonlyArray<{ job: JobName; every?: number; pattern?: string }> = [
  { job: JobName.RelayOutbox, every: 10_000 },
  // Every day at 7:30 (Paris), as the plan asks: the referents find it when they start their day.
  { job: JobName.SendOverdueDigests, pattern: '30 7 * * *' },
  // Every night at 2:15 (Paris): the indicators of the current and the previous month are stored.
  { job: JobName.RecordIndicatorSnapshots, pattern: '15 2 * * *' },
  // Proposal reminders and expiries: the sweep reads the database, so a restart loses nothing.
  { job: JobName.SweepProposals, every: 60_000 },
  // Every night at 2:30 (Paris): a full rescore catches what no event announces (missions ending,
  // refusals older than 90 days leaving the exclusions).
  { job: JobName.RescoreAll, pattern: '30 2 * * *' },
  // Working days at 7:40 (Paris): moderators learn which missions and associations wait for them.
  { job: JobName.SendModerationDigests, pattern: '40 7 * * 1-5' },
  // The referents who chose one summary a day get it with their morning digest of late files.
  { job: JobName.SendProposalDigests, pattern: '35 7 * * *' },
];

/**
 * Upserts the schedulers above and removes those no longer listed (a job retired by an upgrade),
 * which would otherwise keep producing jobs that nothing handles.
 */
@Injectable()
export class RecurringJobs implements OnApplicationBootstrap {
  private readonly logger = new Logger(RecurringJobs.name);

  constructor(private readonly jobs: JobQueue) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const { job, every, pattern } of RECURRING_JOBS) {
      await this.jobs
        .queue(JOB_DEFINITIONS[job].queue)
        .upsertJobScheduler(job, every ? { every } : { pattern, tz: 'Europe/Paris' }, { name: job, data: {} });
    }
    const listed = new Set<string>(RECURRING_JOBS.map(({ job }) => job));
    const queues = new Set(Object.values(JOB_DEFINITIONS).map((definition) => definition.queue));
    for (const name of queues) {
      const queue = this.jobs.queue(name);
      for (const scheduler of await queue.getJobSchedulers()) {
        if (listed.has(scheduler.key)) continue;
        await queue.removeJobScheduler(scheduler.key);
        this.logger.log({ event: 'queue.scheduler_retired', queue: name, scheduler: scheduler.key });
      }
    }
  }
}
