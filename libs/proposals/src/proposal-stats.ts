import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AWAITING_ANSWER, OPEN_STATUSES, ProposalStatus } from './domain/proposal-status';
import { Proposal } from './proposal.entity';

/** A person who said no, or let a proposal expire, is not offered the same mission again for this long. */
export const RECENT_REFUSAL_DAYS = 90;

/** Read-only figures on proposals for the matching engine (hard filter and diversity criterion). */
@Injectable()
export class ProposalStats {
  constructor(@InjectRepository(Proposal) private readonly proposals: Repository<Proposal>) {}

  /**
   * Missions not to suggest to the person at `at`: those with an open proposal (PROPOSED, SENT,
   * ACCEPTED, WAITING_LIST), and those declined or expired within the last 90 days.
   */
  async excludedMissionIds(beneficiaryId: string, at: Date): Promise<Set<string>> {
    const since = new Date(at.getTime() - RECENT_REFUSAL_DAYS * 24 * 3600 * 1000);
    const rows = await this.proposals
      .createQueryBuilder('p')
      .select('DISTINCT p.missionId', 'missionId')
      .where('p.beneficiaryId = :beneficiaryId', { beneficiaryId })
      .andWhere(
        `(p.status IN (:...open)
          OR (p.status = :declined AND p.answeredAt >= :since)
          OR (p.status = :expired AND p.expiredAt >= :since))`,
        { open: OPEN_STATUSES, declined: ProposalStatus.DECLINED, expired: ProposalStatus.EXPIRED, since },
      )
      .getRawMany<{ missionId: string }>();
    return new Set(rows.map((row) => row.missionId));
  }

  /** Proposals awaiting an answer (PROPOSED + SENT) per mission; missions without any are absent. */
  async pendingCountsByMission(missionIds?: string[]): Promise<Map<string, number>> {
    if (missionIds && missionIds.length === 0) return new Map();
    const query = this.proposals
      .createQueryBuilder('p')
      .select('p.missionId', 'missionId')
      .addSelect('count(*)::int', 'count')
      .where('p.status IN (:...awaiting)', { awaiting: AWAITING_ANSWER })
      .groupBy('p.missionId');
    if (missionIds) query.andWhere('p.missionId = ANY(:missionIds)', { missionIds });
    const rows = await query.getRawMany<{ missionId: string; count: number }>();
    return new Map(rows.map((row) => [row.missionId, Number(row.count)]));
  }
}
