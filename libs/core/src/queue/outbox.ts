import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../clock/clock';
import { AppConfig } from '../config/app-config';
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

/** BullMQ states in which a job will still run without help. */
const LIVE_STATES = new Set(['waiting', 'delayed', 'active', 'prioritized', 'waiting-children']);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Writes jobs in the caller's transaction and hands them to the queue after commit. A row stays
 * owed until its job is done (`markDone`) or given up (`markFailed`): the queue only holds a copy.
 * Each hand-over is trusted until its lease ends; the relay then asks the queue whether it still
 * has the job and hands it over again if not (Redis flushed, restarted or replaced). A delayed
 * job is a due date in PostgreSQL: the relay hands it over when due even if Redis lost its timer.
 * Handlers are idempotent, so a job may run twice but never zero times.
 */
@Injectable()
export class Outbox {
  private readonly logger = new Logger(Outbox.name);
  private readonly leaseMs: number;

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
    config: AppConfig,
  ) {
    this.leaseMs = config.OUTBOX_LEASE_SECONDS * 1000;
  }

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

  /** Hands committed rows to BullMQ (job id = row id) and starts their lease. */
  async dispatch(rows: OutboxJob[]): Promise<void> {
    if (rows.length === 0) return;
    const handed: OutboxJob[] = [];
    for (const row of rows) {
      try {
        await this.hand(row);
        handed.push(row);
      } catch (error) {
        // The row stays owed without a lease: the relay hands it over; its fact is already committed.
        this.logger.warn({ event: 'outbox.dispatch_failed', outboxId: row.id, job: row.jobName, error: String(error) });
      }
    }
    if (handed.length === 0) return;
    const now = this.clock.now();
    await this.dataSource.query(
      `UPDATE outbox_job o SET dispatched_at = COALESCE(o.dispatched_at, $2), hand_overs = o.hand_overs + 1,
              leased_until = CASE WHEN o.run_at > $2 THEN o.run_at + make_interval(secs => $4::double precision / 1000)
                                  ELSE $3::timestamptz END
        WHERE o.id = ANY($1::uuid[]) AND o.done_at IS NULL`,
      [handed.map((row) => row.id), now, new Date(now.getTime() + this.leaseMs), OUTBOX_RELAY_GRACE_MS],
    );
  }

  /** The job ran to its end: its row is no longer owed. Ids that are not outbox rows are ignored. */
  async markDone(jobId: string | undefined): Promise<void> {
    if (!jobId || !UUID.test(jobId)) return;
    await this.dataSource.query(`UPDATE outbox_job SET done_at = $2 WHERE id = $1 AND done_at IS NULL`, [
      jobId,
      this.clock.now(),
    ]);
  }

  /** The job is given up for good (permanent failure): recorded with its reason, no longer owed. */
  async markFailed(jobId: string | undefined, reason: string): Promise<void> {
    if (!jobId || !UUID.test(jobId)) return;
    await this.dataSource.query(
      `UPDATE outbox_job SET failed_at = $2, last_error = $3 WHERE id = $1 AND done_at IS NULL`,
      [jobId, this.clock.now(), reason.slice(0, 500)],
    );
  }

  /** Records why the last run failed (the job stays owed and is retried). */
  async noteError(jobId: string | undefined, reason: string): Promise<void> {
    if (!jobId || !UUID.test(jobId)) return;
    await this.dataSource.query(`UPDATE outbox_job SET last_error = $2 WHERE id = $1`, [jobId, reason.slice(0, 500)]);
  }

  /** Adds the row's job to its queue unless the queue still holds it alive; a dead copy is replaced. */
  private async hand(row: OutboxJob): Promise<'added' | 'still-queued'> {
    const queue = this.jobs.queue(JOB_DEFINITIONS[row.jobName].queue);
    const existing = await queue.getJob(row.id);
    if (existing) {
      const state = await existing.getState();
      if (LIVE_STATES.has(state)) return 'still-queued';
      // Completed without the row marked done, or failed: it is owed, so it runs again.
      await existing.remove();
    }
    const delayMs = row.runAt ? row.runAt.getTime() - this.clock.now().getTime() : 0;
    await this.jobs.add(row.jobName, row.payload as JobPayload<typeof row.jobName>, { jobId: row.id, delayMs });
    return 'added';
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

  /**
   * Takes the owed rows whose lease ended (or that were never handed over past the grace period),
   * renews their lease in the same statement (SKIP LOCKED: several workers share the work), then
   * makes sure the queue holds each one. Returns how many were handed over again.
   */
  async relay(limit = 500): Promise<{ checked: number; handed: number }> {
    const now = this.clock.now();
    const rows = (await this.dataSource.query(
      `WITH due AS (
         SELECT id FROM outbox_job
          WHERE done_at IS NULL AND failed_at IS NULL
            AND (leased_until < $1 OR (leased_until IS NULL AND created_at < $2))
          ORDER BY leased_until NULLS FIRST, created_at
          LIMIT $3
          FOR UPDATE SKIP LOCKED)
       UPDATE outbox_job o
          SET leased_until = CASE WHEN o.run_at > $1 THEN o.run_at + make_interval(secs => $5::double precision / 1000)
                                  ELSE $4::timestamptz END
         FROM due WHERE o.id = due.id
       RETURNING o.id, o.job_name, o.payload, o.run_at`,
      [
        now,
        new Date(now.getTime() - OUTBOX_RELAY_GRACE_MS),
        limit,
        new Date(now.getTime() + this.leaseMs),
        OUTBOX_RELAY_GRACE_MS,
      ],
    )) as [Array<{ id: string; job_name: JobName; payload: object; run_at: Date | null }>, number];
    let handed = 0;
    const relayed: string[] = [];
    for (const raw of rows[0]) {
      const row = Object.assign(new OutboxJob(), {
        id: raw.id,
        jobName: raw.job_name,
        payload: raw.payload,
        runAt: raw.run_at,
      });
      try {
        if ((await this.hand(row)) === 'added') {
          handed++;
          relayed.push(row.id);
        }
      } catch (error) {
        // Its lease was renewed: the next relay after it tries again.
        this.logger.warn({ event: 'outbox.relay_failed', outboxId: row.id, job: row.jobName, error: String(error) });
      }
    }
    if (relayed.length > 0) {
      await this.dataSource.query(
        `UPDATE outbox_job SET hand_overs = hand_overs + 1, dispatched_at = COALESCE(dispatched_at, $2)
          WHERE id = ANY($1::uuid[])`,
        [relayed, now],
      );
      this.logger.log({ event: 'outbox.relayed', count: relayed.length });
    }
    return { checked: rows[0].length, handed };
  }
}
