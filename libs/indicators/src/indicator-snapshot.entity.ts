import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One indicator's value for one calendar month and one territory (null: the whole département),
 * exact, as the nightly job computed it. The small-number rule applies when it is read.
 */
@Entity('indicator_snapshot')
export class IndicatorSnapshot {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  /** First day of the month. */
  @Column({ type: 'date' })
  month: string;

  @Column({ type: 'uuid', nullable: true })
  territoryId: string | null;

  @Column({ type: 'text' })
  code: string;

  /** COUNT: the count; SHARE: a fraction; INDEX: the index; null without population. */
  @Column({ type: 'double precision', nullable: true })
  value: number | null;

  @Column({ type: 'integer' })
  numerator: number;

  @Column({ type: 'integer', nullable: true })
  denominator: number | null;

  /** Counts by category for the breakdown indicators (domain code, host id, competency code → count). */
  @Column({ type: 'jsonb', nullable: true })
  breakdown: Record<string, number> | null;

  @Column({ type: 'timestamptz' })
  computedAt: Date;
}
