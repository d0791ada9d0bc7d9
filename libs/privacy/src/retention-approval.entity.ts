import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An administrator's go-ahead for the retention job, given after reading its dry run: nothing is
 * erased before the first one. It records the settings it covers (see `retentionPermission`) and
 * the counts that were shown.
 */
@Entity('retention_approval')
export class RetentionApproval {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  approvedById: string;

  @Column({ type: 'timestamptz' })
  approvedAt: Date;

  @Column({ type: 'integer' })
  monthsAfterExit: number;

  @Column({ type: 'integer' })
  accessLogMonths: number;

  @Column({ type: 'integer' })
  emailMonths: number;

  /** The dry run's counts, by category, as the administrator saw them. */
  @Column({ type: 'jsonb' })
  preview: Record<string, number>;
}

/** One completed run of the retention job and what it did (counts only). */
@Entity('retention_run')
export class RetentionRun {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'timestamptz' })
  startedAt: Date;

  @Column({ type: 'timestamptz' })
  finishedAt: Date;

  @Column({ type: 'integer' })
  anonymisedPeople: number;

  @Column({ type: 'integer' })
  accessLogDeleted: number;

  @Column({ type: 'integer' })
  emailsDeleted: number;

  @Column({ type: 'integer' })
  emailsStripped: number;
}
