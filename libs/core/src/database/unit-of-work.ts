import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { JobName, JobPayload } from '../queue/job-payloads';
import { Outbox, PromiseJobOptions, WithdrawnJob } from '../queue/outbox';
import { OutboxJob } from '../queue/outbox-job.entity';

/** A running transaction: its entity manager, and the jobs it promises (or takes back) once it commits. */
export class Transaction {
  readonly promised: OutboxJob[] = [];
  readonly withdrawn: WithdrawnJob[] = [];

  constructor(
    readonly manager: EntityManager,
    private readonly outbox: Outbox,
  ) {}

  /**
   * Promises a job in this transaction: it is written now and runs only if the transaction
   * commits. Returns false when a job with the same dedup key was already promised.
   */
  async promiseJob<N extends JobName>(
    name: N,
    payload: JobPayload<N>,
    options: PromiseJobOptions = {},
  ): Promise<boolean> {
    const row = await this.outbox.write(this.manager, name, payload, options);
    if (row) this.promised.push(row);
    return row !== null;
  }

  /**
   * Takes back jobs promised earlier under these dedup keys (a delayed reminder of an interview
   * that moved): their rows go in this transaction, so the keys can be promised again, and their
   * queued jobs are removed once it commits. Returns how many were taken back.
   */
  async withdrawJobs(dedupKeys: string[]): Promise<number> {
    const rows = await this.outbox.erase(this.manager, dedupKeys);
    this.withdrawn.push(...rows);
    return rows.length;
  }
}

/** Runs business work in one database transaction, then dispatches the jobs it promised. */
@Injectable()
export class UnitOfWork {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  async run<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    let transaction: Transaction | undefined;
    const result = await this.dataSource.transaction(async (manager) => {
      transaction = new Transaction(manager, this.outbox);
      return work(transaction);
    });
    if (transaction) {
      await this.outbox.dispatch(transaction.promised);
      await this.outbox.recall(transaction.withdrawn);
    }
    return result;
  }
}
