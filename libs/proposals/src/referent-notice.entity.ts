import { PersonalData, PersonalDataCategory } from '@tremplin/core';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { ProposalNotificationMode } from './domain/referent-notices';

/** A referent's choice: one email per event on their proposals, or one summary a day. */
@Entity('proposal_notification_setting')
export class ProposalNotificationSetting {
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @Column({ type: 'text' })
  mode: ProposalNotificationMode;

  @Column({ type: 'timestamptz' })
  updatedAt: Date;
}

/** An event on a proposal kept for the daily summary of its referent (instead of an email). */
@Entity('proposal_referent_notice')
export class ProposalReferentNotice {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  referentId: string;

  @Column({ type: 'uuid' })
  proposalId: string;

  @Column({ type: 'text' })
  event: string;

  @Column({ type: 'text' })
  @PersonalData(PersonalDataCategory.FREE_TEXT)
  headline: string;

  @Column({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  digestedAt: Date | null;
}
