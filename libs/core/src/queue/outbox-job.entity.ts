import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { JobName } from './job-payloads';

/**
 * A job written in the same transaction as the fact that causes it, so that committing the
 * fact and promising the job are one atomic step. Rows are handed to BullMQ right after
 * commit (job id = row id) and stay owed until the job is done: the relay hands them over
 * again whenever the queue lost them (flushed, restarted, replaced Redis), or when due.
 */
@Entity('outbox_job')
@Unique('uq_outbox_job_dedup_key', ['dedupKey'])
@Index('ix_outbox_job_owed', ['leasedUntil', 'createdAt'], { where: 'done_at IS NULL AND failed_at IS NULL' })
export class OutboxJob {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  jobName: JobName;

  @Column({ type: 'jsonb' })
  payload: object;

  /** A second row with the same key is not written: the job is already promised. */
  @Column({ type: 'text', nullable: true })
  dedupKey: string | null;

  /** The job may not run before this time (null: as soon as possible). */
  @Column({ type: 'timestamptz', nullable: true })
  runAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** The first hand-over to the queue. */
  @Column({ type: 'timestamptz', nullable: true })
  dispatchedAt: Date | null;

  /** The queue is trusted to hold the job until then; past it, the relay checks and re-hands. */
  @Column({ type: 'timestamptz', nullable: true })
  leasedUntil: Date | null;

  /** The job ran to its end: the row is no longer owed. */
  @Column({ type: 'timestamptz', nullable: true })
  doneAt: Date | null;

  /** The job was given up (a permanent failure, see lastError): no longer owed. */
  @Column({ type: 'timestamptz', nullable: true })
  failedAt: Date | null;

  @Column({ type: 'integer', default: 0 })
  handOvers: number;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;
}
