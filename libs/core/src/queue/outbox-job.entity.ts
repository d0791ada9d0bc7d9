import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { JobName } from './job-payloads';

/**
 * A job written in the same transaction as the fact that causes it, so that committing the
 * fact and promising the job are one atomic step. Rows are handed to BullMQ right after
 * commit (job id = row id) and, should that fail, by the periodic relay.
 */
@Entity('outbox_job')
@Unique('uq_outbox_job_dedup_key', ['dedupKey'])
@Index('ix_outbox_job_pending', ['createdAt'], { where: 'dispatched_at IS NULL' })
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

  @Column({ type: 'timestamptz', nullable: true })
  dispatchedAt: Date | null;
}
