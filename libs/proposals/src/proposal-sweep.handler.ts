import { Injectable, Logger } from '@nestjs/common';
import { localDateOf } from '@tremplin/beneficiaries';
import { AppConfig, Clock, JobName, OnJob, UnitOfWork } from '@tremplin/core';
import { Mission, MissionAvailability, missionAvailability, openMissionSql } from '@tremplin/missions';
import { DataSource } from 'typeorm';
import { addDaysTo, followUpAction, followUpDelaysOf } from './domain/follow-up';
import { ProposalStatus } from './domain/proposal-status';
import { ProposalWorkflow } from './proposal-workflow';
import { Proposal } from './proposal.entity';

const BATCH = 200;
/** At most 10,000 of each per sweep; the next sweep, a minute later, goes on. */
const MAX_BATCHES = 50;

/**
 * The periodic sweep (every minute, see RECURRING_JOBS): expires the proposals past their delay
 * and sends the one reminder of those unanswered after N days. It reads the database and the
 * clock, so a worker restart (or a lost Redis) loses no reminder or expiry: the next sweep does
 * them. Each proposal is handled in its own transaction, under its row lock, and checked again
 * there — two sweeps at once do each thing once.
 */
@Injectable()
export class ProposalSweepHandler {
  private readonly logger = new Logger(ProposalSweepHandler.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly workflow: ProposalWorkflow,
    private readonly unitOfWork: UnitOfWork,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  @OnJob(JobName.SweepProposals)
  async sweep(): Promise<{ reminded: number; expired: number }> {
    const delays = followUpDelaysOf(this.config);
    const outcome = { reminded: 0, expired: 0 };
    const now = this.clock.now();

    // Handled rows leave the selection (their status or reminder date changes), so each batch is new.
    for (let batch = 0; batch < MAX_BATCHES; batch++) {
      const ids = await this.dueForExpiry(now);
      for (const id of ids) if (await this.handle(id, 'expire', delays)) outcome.expired++;
      if (ids.length < BATCH) break;
    }
    for (let batch = 0; batch < MAX_BATCHES; batch++) {
      const ids = await this.dueForReminder(now, addDaysTo(now, -delays.reminderDays));
      for (const id of ids) if (await this.handle(id, 'remind', delays)) outcome.reminded++;
      if (ids.length < BATCH) break;
    }
    if (outcome.reminded || outcome.expired) this.logger.log({ event: 'proposal.sweep', ...outcome });
    return outcome;
  }

  private async dueForExpiry(now: Date): Promise<string[]> {
    const rows = await this.dataSource
      .getRepository(Proposal)
      .createQueryBuilder('p')
      .select('p.id')
      .where('p.status IN (:...awaiting)', { awaiting: [ProposalStatus.PROPOSED, ProposalStatus.SENT] })
      .andWhere('p.expiresAt <= :now', { now })
      .orderBy('p.expiresAt', 'ASC')
      .limit(BATCH)
      .getMany();
    return rows.map((row) => row.id);
  }

  private async dueForReminder(now: Date, createdBefore: Date): Promise<string[]> {
    const rows = await this.dataSource
      .getRepository(Proposal)
      .createQueryBuilder('p')
      .select('p.id')
      // Only proposals on a mission still open: the others keep their one reminder unsent.
      .innerJoin(Mission, 'm', 'm.id = p.missionId')
      .where('p.status = :sent AND p.remindedAt IS NULL', { sent: ProposalStatus.SENT })
      .andWhere(openMissionSql('m'), { availabilityToday: localDateOf(now) })
      .andWhere('p.createdAt <= :createdBefore', { createdBefore })
      .andWhere('p.expiresAt > :now', { now })
      .orderBy('p.createdAt', 'ASC')
      .limit(BATCH)
      .getMany();
    return rows.map((row) => row.id);
  }

  private handle(
    id: string,
    wanted: 'remind' | 'expire',
    delays: ReturnType<typeof followUpDelaysOf>,
  ): Promise<boolean> {
    return this.unitOfWork.run(async (tx) => {
      const proposal = await this.workflow.lock(tx, id);
      if (!proposal) return false;
      const now = this.clock.now();
      const mission = await tx.manager.findOneByOrFail(Mission, { id: proposal.missionId });
      const missionOpen = missionAvailability(mission, localDateOf(now)) === MissionAvailability.OPEN;
      if (followUpAction(proposal, now, delays, missionOpen) !== wanted) return false;
      if (wanted === 'expire') await this.workflow.expire(tx, proposal);
      else await this.workflow.remind(tx, proposal);
      return true;
    });
  }
}
