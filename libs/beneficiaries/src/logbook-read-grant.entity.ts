import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Read access to a logbook kept by a former referent after a handoff, until it expires. */
@Entity('logbook_read_grant')
export class LogbookReadGrant {
  @PrimaryColumn({ type: 'uuid' })
  beneficiaryId: string;

  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @Column({ type: 'timestamptz' })
  grantedAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;
}
