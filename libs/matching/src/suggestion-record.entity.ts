import { PersonalData, PersonalDataCategory } from '@tremplin/core';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Breakdown } from './domain/score-match';

const bigintAsNumber = {
  to: (value: number) => value,
  from: (value: string | null) => (value === null ? value : Number(value)),
};

/** One suggested mission for one beneficiary, with its rank, score and explanation. */
@Entity('mission_suggestion')
export class SuggestionRecord {
  @PrimaryColumn({ type: 'uuid' })
  beneficiaryId: string;

  @PrimaryColumn({ type: 'uuid' })
  missionId: string;

  /** 1 for the best suggestion. */
  @Column({ type: 'integer' })
  rank: number;

  /** In [0, 100]. */
  @Column({ type: 'double precision' })
  score: number;

  @Column({ type: 'jsonb' })
  @PersonalData(PersonalDataCategory.PROFILE)
  breakdown: Breakdown;

  /** 1 to 3 French sentences. */
  @Column({ type: 'text', array: true })
  @PersonalData(PersonalDataCategory.PROFILE)
  explanation: string[];

  @Column({ type: 'timestamptz' })
  computedAt: Date;

  /** Version of the worker's mission index the suggestion was computed against. */
  @Column({ type: 'bigint', transformer: bigintAsNumber })
  indexVersion: number;
}

/** When a beneficiary's suggestions were last computed, and why there are none if so. */
@Entity('beneficiary_match_state')
export class BeneficiaryMatchState {
  @PrimaryColumn({ type: 'uuid' })
  beneficiaryId: string;

  @Column({ type: 'timestamptz' })
  computedAt: Date;

  @Column({ type: 'bigint', transformer: bigintAsNumber })
  indexVersion: number;

  @Column({ type: 'integer' })
  suggestionCount: number;

  /** Score of the last suggestion kept (null without suggestion). */
  @Column({ type: 'double precision', nullable: true })
  lowestScore: number | null;

  /** Why the profile cannot be matched (French), empty when it can. */
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  @PersonalData(PersonalDataCategory.PROFILE)
  problems: string[];

  /** Number of computations so far. */
  @Column({ type: 'integer', default: 1 })
  runs: number;
}
