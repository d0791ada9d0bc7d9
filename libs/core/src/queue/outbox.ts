import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { Clock } from '../clock/clock';
import { JOB_DEFINITIONS, JobName, JobPayload } from './job-payloads';
import { JobQueue } from './job-queue';
import { OutboxJob } from './outbox-job.entity';

export interface PromiseJobOptions {
  /** At most one row per key, ever: a second promise with the same key is a no-op. */
  dedupKey?: string;
  runAt?: Date;
}

/** A promised job taken back: its row is gone, its queued job (id = row id) is removed after commit. */
export interface WithdrawnJob {
  id: string;
  jobName: JobName;
}

/** Rows older than this without dispatch are picked up by the relay. */
export const OUTBOX_RELAY_GRACE_MS = 5_000;

/**
 * Writes jobs in the caller's transaction and hands them to the queue after commit.
 * Handing over may fail (queue down, process killed): the relay job re-dispatches any row
 * still undispatched, and handlers are idempotent, so a job may run twice but never zero times.
 */
@Injectable()
export class Outbox {
  private readonly logger = new Logger(Outbox.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
  ) {}

  /** Inserts the job row in `manager`'s transaction; returns it, or null when the dedup key already exists. */
  async write<N extends JobName>(
    manager: EntityManager,
    name: N,
    payload: JobPayload<N>,
    options: PromiseJobOptions = {},
  ): Promise<OutboxJob | null> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(OutboxJob)
      .values({
        jobName: name,
        payload: { ...payload },
        dedupKey: options.dedupKey ?? null,
        runAt: options.runAt ?? null,
      })
      .orIgnore()
      .returning('*')
      .execute();
    const row = result.raw[0] as Record<string, unknown> | undefined;
    if (!row) return null;
    return manager.create(OutboxJob, {
      id: row.id as string,
      jobName: name,
      payload: row.payload as object,
      dedupKey: (row.dedup_key as string | null) ?? null,
      runAt: (row.run_at as Date | null) ?? null,
    });
  }

  /** Hands committed rows to BullMQ (job id = row id) and marks them dispatched. */
  async dispatch(rows: OutboxJob[]): Promise<void> {
    if (rows.length === 0) return;
    const dispatched: string[] = [];
    for (const row of rows) {
      try {
        const delayMs = row.runAt ? row.runAt.getTime() - this.clock.now().getTime() : 0;
        await this.jobs.add(row.jobName, row.payload as JobPayload<typeof row.jobName>, { jobId: row.id, delayMs });
        dispatched.push(row.id);
      } catch (error) {
        // The row stays undispatched: the relay retries it; the fact it belongs to is already committed.
        this.logger.warn({ event: 'outbox.dispatch_failed', outboxId: row.id, job: row.jobName, error: String(error) });
      }
    }
    if (dispatched.length > 0) {
      await this.dataSource.getRepository(OutboxJob).update({ id: In(dispatched) }, { dispatchedAt: this.clock.now() });
    }
  }

  /** Deletes the rows of these dedup keys in `manager`'s transaction; returns what they were. */
  async erase(manager: EntityManager, dedupKeys: string[]): Promise<WithdrawnJob[]> {
    if (dedupKeys.length === 0) return [];
    const result = await manager
      .createQueryBuilder()
      .delete()
      .from(OutboxJob)
      .where('dedup_key IN (:...dedupKeys)', { dedupKeys })
      .returning('id, job_name')
      .execute();
    return (result.raw as Array<{ id: string; job_name: JobName }>).map((row) => ({
      id: row.id,
      jobName: row.job_name,
    }));
  }

  /**
   * Removes the queued jobs of withdrawn rows. A job that cannot be removed (running, queue
   * down) is left to its handler, which checks that its cause still holds before acting.
   */
  async recall(jobs: WithdrawnJob[]): Promise<void> {
    for (const job of jobs) {
      try {
        await this.jobs.queue(JOB_DEFINITIONS[job.jobName].queue).remove(job.id);
      } catch (error) {
        this.logger.warn({ event: 'outbox.recall_failed', outboxId: job.id, job: job.jobName, error: String(error) });
      }
    }
  }

  /** Re-dispatches rows that stayed undispatched past the grace period. Returns how many were handed over. */
  async relay(limit = 500): Promise<number> {
    const before = new Date(this.clock.now().getTime() - OUTBOX_RELAY_GRACE_MS);
    const rows = await this.dataSource
      .getRepository(OutboxJob)
      .createQueryBuilder('job')
      .where('job.dispatchedAt IS NULL')
      .andWhere('job.createdAt < :before', { before })
      .orderBy('job.createdAt', 'ASC')
      .limit(limit)
      .getMany();
    await this.dispatch(rows);
    return rows.length;
  }
}
