import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig, JOB_DEFINITIONS, JobName, JobQueue, describeError } from '@tremplin/core';

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
  // Every night at 3:45 (Paris), after the snapshots and the rescore: the end of life of personal
  // data. What is due is read from the database, so a lost run is caught up by the next one.
  { job: JobName.ApplyRetention, pattern: '45 3 * * *' },
];

/**
 * Upserts the schedulers above and removes those no longer listed (a job retired by an upgrade),
 * which would otherwise keep producing jobs that nothing handles. Then, every
 * OUTBOX_RELAY_INTERVAL_SECONDS, puts back any scheduler the queue lost (Redis flushed,
 * restarted without persistence, replaced): every worker does it, upserting is idempotent.
 */
@Injectable()
export class RecurringJobs implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(RecurringJobs.name);
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    private readonly jobs: JobQueue,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const entry of RECURRING_JOBS) await this.upsert(entry);
    const listed = new Set<string>(RECURRING_JOBS.map(({ job }) => job));
    for (const name of this.queueNames()) {
      const queue = this.jobs.queue(name);
      for (const scheduler of await queue.getJobSchedulers()) {
        if (listed.has(scheduler.key)) continue;
        await queue.removeJobScheduler(scheduler.key);
        this.logger.log({ event: 'queue.scheduler_retired', queue: name, scheduler: scheduler.key });
      }
    }
    this.schedule();
  }

  onApplicationShutdown(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
  }

  /** Puts back the listed schedulers missing from their queue; returns how many. */
  async restoreMissing(): Promise<number> {
    let restored = 0;
    const present = new Set<string>();
    for (const name of this.queueNames()) {
      for (const scheduler of await this.jobs.queue(name).getJobSchedulers()) present.add(`${name}/${scheduler.key}`);
    }
    for (const entry of RECURRING_JOBS) {
      if (present.has(`${JOB_DEFINITIONS[entry.job].queue}/${entry.job}`)) continue;
      await this.upsert(entry);
      restored++;
      this.logger.warn({ event: 'queue.scheduler_restored', scheduler: entry.job });
    }
    return restored;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.restoreMissing()
        .catch((error: unknown) => this.logger.warn({ event: 'queue.scheduler_check_failed', ...describeError(error) }))
        .finally(() => this.schedule());
    }, this.config.OUTBOX_RELAY_INTERVAL_SECONDS * 1000);
  }

  private upsert({ job, every, pattern }: (typeof RECURRING_JOBS)[number]): Promise<unknown> {
    const interval = job === JobName.RelayOutbox ? this.config.OUTBOX_RELAY_INTERVAL_SECONDS * 1000 : every;
    return this.jobs
      .queue(JOB_DEFINITIONS[job].queue)
      .upsertJobScheduler(job, interval ? { every: interval } : { pattern, tz: 'Europe/Paris' }, {
        name: job,
        data: {},
      });
  }

  private queueNames() {
    return new Set(Object.values(JOB_DEFINITIONS).map((definition) => definition.queue));
  }
}
