import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Beneficiary } from '@tremplin/beneficiaries';
import { AppException, Clock, Connection, pageWindow, toConnection } from '@tremplin/core';
import type { AuthUser, ConnectionArgs } from '@tremplin/core';
import { Proposal, ProposalStatus } from '@tremplin/proposals';
import { formatDistanceFr } from '@tremplin/referentials';
import { EntityManager, In, LessThan, Repository } from 'typeorm';
import { ACTIVE_INTERVIEW_STATUSES, INTERVIEW_STATUS_LABELS, InterviewStatus } from './domain/interview-status';
import { formatSlotFr } from './domain/paris-time';
import { MIN_BOOKING_NOTICE_MS, bookableSlots } from './domain/slots';
import { InterviewCapacity } from './dto/availability.input';
import { InterviewSlotOption, InterviewsArgs } from './dto/interview.input';
import { InterviewAvailability } from './interview-availability.entity';
import { InterviewNotifier } from './interview-notifier';
import { INTERVIEW_NOT_FOUND, InterviewScopes, PROPOSAL_NOT_FOUND, assertAccepted } from './interview-scope';
import { InterviewSlot } from './interview-slot.entity';
import { Interview } from './interview.entity';

/** What can be read of interviews: lists, the slots that fit a person, capacity, calendar files. */
@Injectable()
export class InterviewQueries {
  constructor(
    @InjectRepository(Interview) private readonly interviews: Repository<Interview>,
    @InjectRepository(InterviewSlot) private readonly slots: Repository<InterviewSlot>,
    @InjectRepository(Proposal) private readonly proposals: Repository<Proposal>,
    @InjectRepository(Beneficiary) private readonly beneficiaries: Repository<Beneficiary>,
    private readonly scopes: InterviewScopes,
    private readonly notifier: InterviewNotifier,
    private readonly clock: Clock,
  ) {}

  /** A held interview (for engagements): NOT_FOUND, or INVALID_TRANSITION when it was not held. */
  async getHeld(interviewId: string): Promise<Interview> {
    const interview = await this.interviews.findOneBy({ id: interviewId });
    if (!interview) throw AppException.notFound(INTERVIEW_NOT_FOUND);
    if (interview.status !== InterviewStatus.HELD) {
      throw AppException.invalidTransition(
        `L'entretien tripartite n'a pas été réalisé (il est ${INTERVIEW_STATUS_LABELS[interview.status]}) : la mission ne peut pas encore commencer.`,
        interview.status,
      );
    }
    return interview;
  }

  /** The interview if the viewer may see it; NOT_FOUND otherwise (its existence is not revealed). */
  get(viewer: AuthUser, id: string): Promise<Interview> {
    return this.scopes.visible(viewer, id);
  }

  /** The interviews the viewer sees, soonest first, with filters. */
  async list(viewer: AuthUser, args: InterviewsArgs): Promise<Connection<Interview>> {
    const { skip, take } = pageWindow(args);
    const query = this.interviews
      .createQueryBuilder('interview')
      .orderBy('interview.startsAt', 'ASC')
      .addOrderBy('interview.id', 'ASC')
      .skip(skip)
      .take(take);
    this.scopes.applyReadScope(query, viewer);
    if (args.statuses?.length) query.andWhere('interview.status IN (:...statuses)', { statuses: args.statuses });
    if (args.beneficiaryId) query.andWhere('interview.beneficiaryId = :beneficiaryId', args);
    if (args.proposalId) query.andWhere('interview.proposalId = :proposalId', args);
    if (args.missionId) query.andWhere('interview.missionId = :missionId', args);
    if (args.coordinatorId) query.andWhere('interview.coordinatorId = :coordinatorId', args);
    if (args.from) query.andWhere('interview.startsAt >= :from', { from: args.from });
    if (args.to) query.andWhere('interview.startsAt < :to', { to: args.to });
    const [items, total] = await query.getManyAndCount();
    return toConnection(items, skip, total);
  }

  /**
   * Accepted proposals still waiting for their interview (none planned nor held: a cancelled one
   * or a no-show puts the proposal back here), the longest waiting first. Coordinators and admins.
   */
  async awaitingInterview(args: ConnectionArgs): Promise<Connection<Proposal>> {
    const { skip, take } = pageWindow(args);
    const [items, total] = await this.awaitingQuery()
      .orderBy('proposal.answeredAt', 'ASC', 'NULLS FIRST')
      .addOrderBy('proposal.id', 'ASC')
      .skip(skip)
      .take(take)
      .getManyAndCount();
    return toConnection(items, skip, total);
  }

  /** Free bookable slots of the next `days` days against the proposals waiting for an interview. */
  async capacity(days: number): Promise<InterviewCapacity> {
    const now = this.clock.now();
    const to = new Date(now.getTime() + days * 24 * 3_600_000);
    const [freeSlots, proposalsAwaitingInterview, interviewsToRecord] = await Promise.all([
      this.slots
        .createQueryBuilder('slot')
        .where('slot.startsAt >= :earliest AND slot.startsAt < :to', {
          earliest: new Date(now.getTime() + MIN_BOOKING_NOTICE_MS),
          to,
        })
        .andWhere(
          (qb) =>
            `NOT EXISTS ${qb
              .subQuery()
              .select('1')
              .from(Interview, 'i')
              .where('i.slotId = slot.id')
              .andWhere('i.status IN (:...active)')
              .getQuery()}`,
          { active: ACTIVE_INTERVIEW_STATUSES },
        )
        .getCount(),
      this.awaitingQuery().getCount(),
      this.interviews.count({ where: { status: InterviewStatus.SCHEDULED, startsAt: LessThan(now) } }),
    ]);
    return {
      from: now,
      to,
      freeSlots,
      proposalsAwaitingInterview,
      interviewsToRecord,
      short: freeSlots < proposalsAwaitingInterview,
    };
  }

  private awaitingQuery() {
    return this.proposals
      .createQueryBuilder('proposal')
      .where('proposal.status = :accepted', { accepted: ProposalStatus.ACCEPTED })
      .andWhere(
        (qb) =>
          `NOT EXISTS ${qb
            .subQuery()
            .select('1')
            .from(Interview, 'open')
            .where('open.proposalId = proposal.id')
            .andWhere('open.status IN (:...open)')
            .getQuery()}`,
        { open: [InterviewStatus.SCHEDULED, InterviewStatus.HELD] },
      );
  }

  /**
   * One page of the free slots that fit the person of an accepted proposal, ranked (nearest place
   * first): the ranking is computed over every bookable slot, then cut at the cursor's offset.
   */
  async slotsFor(
    viewer: AuthUser,
    args: ConnectionArgs & { proposalId: string },
  ): Promise<Connection<InterviewSlotOption>> {
    const proposal = await this.proposals.findOneBy({ id: args.proposalId });
    if (!proposal) throw AppException.notFound(PROPOSAL_NOT_FOUND);
    await this.scopes.assertManageable(viewer, await this.scopes.scopeOfProposal(proposal));
    assertAccepted(proposal);
    const beneficiary = await this.beneficiaries.findOneByOrFail({ id: proposal.beneficiaryId });
    const { skip, take } = pageWindow(args);
    const ranked = await this.freeSlotsFor(beneficiary, Number.MAX_SAFE_INTEGER);
    return toConnection(ranked.slice(skip, skip + take), skip, ranked.length);
  }

  /** Free slots for a person, ranked (also used by the self-booking page and the booking reminder). */
  async freeSlotsFor(
    beneficiary: Pick<Beneficiary, 'latitude' | 'longitude' | 'availabilityMask'>,
    first: number,
    manager: EntityManager = this.slots.manager,
  ): Promise<InterviewSlotOption[]> {
    const now = this.clock.now();
    const rows = await manager
      .createQueryBuilder(InterviewSlot, 'slot')
      .innerJoin(InterviewAvailability, 'availability', 'availability.id = slot.availabilityId')
      .leftJoin(Interview, 'taken', 'taken.slotId = slot.id AND taken.status IN (:...active)', {
        active: ACTIVE_INTERVIEW_STATUSES,
      })
      .select('slot.id', 'id')
      .addSelect('slot.startsAt', 'startsAt')
      .addSelect('slot.endsAt', 'endsAt')
      .addSelect('slot.coordinatorId', 'coordinatorId')
      .addSelect('availability.placeKind', 'placeKind')
      .addSelect('availability.placeLabel', 'placeLabel')
      .addSelect('availability.placeAddress', 'placeAddress')
      .addSelect('availability.communeCode', 'communeCode')
      .addSelect('availability.videoUrl', 'videoUrl')
      .addSelect('availability.latitude', 'latitude')
      .addSelect('availability.longitude', 'longitude')
      .where('taken.id IS NULL')
      .andWhere('slot.startsAt >= :earliest', { earliest: new Date(now.getTime() + MIN_BOOKING_NOTICE_MS) })
      // In the person's availability (fitsAvailability, in SQL): no half-day outside it, none at night.
      .andWhere('slot.dayPartMask <> -1')
      .andWhere('(CAST(:mask AS integer) = 0 OR (slot.dayPartMask & ~CAST(:mask AS integer)) = 0)', {
        mask: beneficiary.availabilityMask,
      })
      .orderBy('slot.startsAt', 'ASC')
      .getRawMany<{
        id: string;
        startsAt: Date;
        endsAt: Date;
        coordinatorId: string;
        placeKind: InterviewAvailability['placeKind'];
        placeLabel: string;
        placeAddress: string | null;
        communeCode: string | null;
        videoUrl: string | null;
        latitude: number | null;
        longitude: number | null;
      }>();
    const candidates = rows.map((row) => ({ ...row, startsAt: new Date(row.startsAt), endsAt: new Date(row.endsAt) }));
    return bookableSlots(candidates, beneficiary, now)
      .slice(0, first)
      .map(({ slot, distanceKm }) => ({
        slotId: slot.id,
        startsAt: slot.startsAt,
        endsAt: slot.endsAt,
        coordinatorId: slot.coordinatorId,
        distanceKm: distanceKm === null ? null : Math.round(distanceKm * 10) / 10,
        place: {
          kind: slot.placeKind,
          label: slot.placeLabel,
          address: slot.placeAddress,
          communeCode: slot.communeCode,
          videoUrl: slot.videoUrl,
        },
        label: `${formatSlotFr(slot.startsAt)} — ${slot.placeLabel}${distanceKm === null ? '' : `, ${formatDistanceFr(distanceKm)}`}`,
      }));
  }

  /** The interview to come (or held) of a proposal, if any. */
  openInterviewOf(proposalId: string): Promise<Interview | null> {
    return this.interviews.findOne({
      where: { proposalId, status: In([InterviewStatus.SCHEDULED, InterviewStatus.HELD]) },
    });
  }

  /** The current calendar file of an interview, for someone who may see it, with the person fields they may read. */
  async calendarFile(viewer: AuthUser, id: string): Promise<string> {
    const interview = await this.scopes.visible(viewer, id);
    const parties = await this.notifier.parties(this.interviews.manager, interview);
    return this.notifier.calendar(
      interview,
      parties,
      interview.status === InterviewStatus.CANCELLED ? 'CANCEL' : 'REQUEST',
      this.notifier.audienceOf(viewer, interview, parties),
    );
  }
}
