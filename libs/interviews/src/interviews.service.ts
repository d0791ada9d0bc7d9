import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Beneficiary, BeneficiaryAccess, Logbook, LogbookEntryType } from '@tremplin/beneficiaries';
import {
  AppException,
  Clock,
  Connection,
  ErrorCode,
  UnitOfWork,
  pageWindow,
  toConnection,
  violatedConstraint,
} from '@tremplin/core';
import type { AuthUser, ConnectionArgs, Transaction } from '@tremplin/core';
import { Mission } from '@tremplin/missions';
import { PROPOSAL_STATUS_LABELS, Proposal, ProposalStatus } from '@tremplin/proposals';
import { formatDistanceFr } from '@tremplin/referentials';
import { Brackets, EntityManager, In, LessThan, MoreThan, Repository } from 'typeorm';

import { InterviewScope, canManageInterview, canSeeInterview } from './domain/interview-access';
import {
  ACTIVE_INTERVIEW_STATUSES,
  INTERVIEW_STATUS_LABELS,
  InterviewOutcome,
  InterviewStatus,
  changeRefusal,
  outcomeRefusal,
} from './domain/interview-status';
import { formatPeriodFr, formatSlotFr } from './domain/paris-time';
import { MIN_BOOKING_NOTICE_MS, SLOT_REFUSAL_MESSAGES, SlotRefusal, bookableSlots, slotRefusal } from './domain/slots';
import { InterviewCapacity } from './dto/availability.input';
import {
  CancelInterviewInput,
  InterviewSlotOption,
  InterviewsArgs,
  RecordInterviewOutcomeInput,
  RescheduleInterviewInput,
  ScheduleInterviewInput,
} from './dto/interview.input';
import { InterviewBooker } from './dto/interview.enums';
import { InterviewAvailability } from './interview-availability.entity';
import { InterviewEvents } from './interview-events';
import { InterviewNotifier } from './interview-notifier';
import { InterviewSlot } from './interview-slot.entity';
import { Interview } from './interview.entity';

export const INTERVIEW_NOT_FOUND = 'Entretien introuvable.';
const PROPOSAL_NOT_FOUND = 'Proposition introuvable.';
const SLOT_NOT_FOUND = 'Créneau introuvable.';
const MANAGE_FORBIDDEN =
  'Seuls un coordinateur France Bénévolat, le service Insertion ou le référent de la personne peuvent organiser cet entretien.';

const ALREADY_BOOKED =
  'Un entretien est déjà prévu (ou a déjà eu lieu) pour cette proposition : déplacez-le plutôt que d’en réserver un autre.';

/** Why a slot cannot be taken, besides the rules of domain/slots: someone else holds the time. */
export type Unavailability = SlotRefusal | 'TAKEN' | 'COORDINATOR_BUSY' | 'BENEFICIARY_BUSY';

const UNAVAILABLE_MESSAGES: Record<Unavailability, string> = {
  ...SLOT_REFUSAL_MESSAGES,
  TAKEN: 'Ce créneau vient d’être réservé : choisissez-en un autre.',
  COORDINATOR_BUSY: 'Le coordinateur a déjà un entretien à cette heure-là : choisissez un autre créneau.',
  BENEFICIARY_BUSY: 'La personne a déjà un entretien à cette heure-là : choisissez un autre créneau.',
};

export function slotUnavailable(reason: Unavailability): AppException {
  return new AppException(ErrorCode.SLOT_UNAVAILABLE, UNAVAILABLE_MESSAGES[reason], { reason });
}

/** The database said no: map its constraints to the error a person understands. */
function translateConstraint(error: unknown): unknown {
  switch (violatedConstraint(error)) {
    case 'uq_interview_active_slot':
      return slotUnavailable('TAKEN');
    case 'ex_interview_coordinator_overlap':
      return slotUnavailable('COORDINATOR_BUSY');
    case 'ex_interview_beneficiary_overlap':
      return slotUnavailable('BENEFICIARY_BUSY');
    case 'uq_interview_open_proposal':
      return AppException.conflict(ALREADY_BOOKED);
    default:
      return error;
  }
}

interface Booker {
  /** The staff member booking; absent when the beneficiary books from their link. */
  viewer: AuthUser | null;
  inviteWelcomeContact: boolean;
}

/** Scheduling, moving, cancelling tripartite interviews and recording what happened. */
@Injectable()
export class InterviewsService {
  private readonly logger = new Logger(InterviewsService.name);

  constructor(
    @InjectRepository(Interview) private readonly interviews: Repository<Interview>,
    @InjectRepository(InterviewSlot) private readonly slots: Repository<InterviewSlot>,
    @InjectRepository(Proposal) private readonly proposals: Repository<Proposal>,
    @InjectRepository(Beneficiary) private readonly beneficiaries: Repository<Beneficiary>,
    private readonly beneficiaryAccess: BeneficiaryAccess,
    private readonly notifier: InterviewNotifier,
    private readonly events: InterviewEvents,
    private readonly logbook: Logbook,
    private readonly unitOfWork: UnitOfWork,
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
  async get(viewer: AuthUser, id: string): Promise<Interview> {
    const interview = await this.interviews.findOneBy({ id });
    if (!interview || !canSeeInterview(viewer, await this.scopeOf(interview))) {
      throw AppException.notFound(INTERVIEW_NOT_FOUND);
    }
    return interview;
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
    this.applyReadScope(query, viewer);
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
    await this.assertManageable(viewer, await this.scopeOfProposal(proposal));
    this.assertAccepted(proposal);
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

  schedule(viewer: AuthUser, input: ScheduleInterviewInput): Promise<Interview> {
    return this.book(
      { viewer, inviteWelcomeContact: input.inviteWelcomeContact ?? false },
      input.proposalId,
      input.slotId,
    );
  }

  /** The beneficiary books from their signed link (the caller verified it). */
  bookFromLink(proposalId: string, slotId: string): Promise<Interview> {
    return this.book({ viewer: null, inviteWelcomeContact: false }, proposalId, slotId);
  }

  /** The interview to come (or held) of a proposal, if any. */
  openInterviewOf(proposalId: string): Promise<Interview | null> {
    return this.interviews.findOne({
      where: { proposalId, status: In([InterviewStatus.SCHEDULED, InterviewStatus.HELD]) },
    });
  }

  async reschedule(viewer: AuthUser, input: RescheduleInterviewInput): Promise<Interview> {
    const now = this.clock.now();
    const id = await this.translating(() =>
      this.unitOfWork.run(async (tx) => {
        const interview = await this.lockManageable(tx, viewer, input.interviewId);
        const refusal = changeRefusal(interview.status, 'reschedule');
        if (refusal) throw AppException.invalidTransition(refusal.message, interview.status);
        if (interview.slotId === input.slotId) {
          throw AppException.invalidField('slotId', 'l’entretien est déjà sur ce créneau');
        }
        const beneficiary = await tx.manager.findOneByOrFail(Beneficiary, { id: interview.beneficiaryId });
        const { slot, availability } = await this.lockBookableSlot(tx, input.slotId, beneficiary, now);
        const previous = { startsAt: interview.startsAt, endsAt: interview.endsAt };
        const formerCoordinatorId = interview.coordinatorId;
        Object.assign(interview, this.slotFields(slot, availability), {
          sequence: interview.sequence + 1,
          scheduledAt: now,
        });
        await tx.manager.save(interview);
        await this.logbook.append(tx, {
          beneficiaryId: interview.beneficiaryId,
          type: LogbookEntryType.INTERVIEW_RESCHEDULED,
          authorId: viewer.id,
          summary: `Entretien tripartite déplacé du ${formatPeriodFr(previous.startsAt, previous.endsAt)} au ${formatPeriodFr(interview.startsAt, interview.endsAt)} (${interview.placeLabel}).`,
          occurredAt: now,
          referenceId: interview.id,
        });
        await this.notifier.invite(tx, interview, previous);
        if (formerCoordinatorId !== interview.coordinatorId) {
          await this.notifier.cancelFor(tx, interview, formerCoordinatorId);
        }
        await this.events.rescheduled(tx, interview, previous);
        return interview.id;
      }),
    );
    this.logger.log({ event: 'interview.rescheduled', interviewId: id });
    return this.interviews.findOneByOrFail({ id });
  }

  async cancel(viewer: AuthUser, input: CancelInterviewInput): Promise<Interview> {
    const id = await this.unitOfWork.run(async (tx) => {
      const interview = await this.lockManageable(tx, viewer, input.interviewId);
      await this.cancelLocked(tx, interview, input.reason, viewer.id);
      return interview.id;
    });
    this.logger.log({ event: 'interview.cancelled', interviewId: id });
    return this.interviews.findOneByOrFail({ id });
  }

  /** Cancels the interviews to come of a proposal that no longer holds (withdrawn), in its transaction. */
  async cancelForProposal(tx: Transaction, proposalId: string, reason: string): Promise<number> {
    const open = await tx.manager.find(Interview, {
      where: { proposalId, status: InterviewStatus.SCHEDULED, startsAt: MoreThan(this.clock.now()) },
      lock: { mode: 'pessimistic_write' },
    });
    for (const interview of open) await this.cancelLocked(tx, interview, reason, null);
    return open.length;
  }

  async recordOutcome(viewer: AuthUser, input: RecordInterviewOutcomeInput): Promise<Interview> {
    const now = this.clock.now();
    const id = await this.unitOfWork.run(async (tx) => {
      const interview = await this.lockManageable(tx, viewer, input.interviewId);
      const refusal = outcomeRefusal(interview.status, interview.startsAt, now);
      if (refusal) throw AppException.invalidTransition(refusal.message, interview.status);
      interview.status = input.outcome as unknown as InterviewStatus;
      interview.outcomeRecordedAt = now;
      interview.outcomeRecordedById = viewer.id;
      interview.outcomeNote = input.note?.trim() || null;
      await tx.manager.save(interview);
      const when = formatPeriodFr(interview.startsAt, interview.endsAt);
      const summaries: Record<InterviewOutcome, string> = {
        HELD: `Entretien tripartite réalisé le ${when} (${interview.placeLabel}).`,
        NO_SHOW: `Entretien tripartite du ${when} : la personne ne s’est pas présentée.`,
        EXCUSED: `Entretien tripartite du ${when} : la personne était excusée.`,
      };
      await this.logbook.append(tx, {
        beneficiaryId: interview.beneficiaryId,
        type:
          input.outcome === InterviewOutcome.HELD ? LogbookEntryType.INTERVIEW_HELD : LogbookEntryType.INTERVIEW_MISSED,
        authorId: viewer.id,
        summary: summaries[input.outcome],
        occurredAt: interview.startsAt,
        referenceId: interview.id,
      });
      await this.events.outcomeRecorded(tx, interview);
      return interview.id;
    });
    this.logger.log({ event: 'interview.outcome_recorded', interviewId: id, outcome: input.outcome });
    return this.interviews.findOneByOrFail({ id });
  }

  /** The current calendar file of an interview, for someone who may see it, with the person fields they may read. */
  async calendarFile(viewer: AuthUser, id: string): Promise<string> {
    const interview = await this.get(viewer, id);
    const parties = await this.notifier.parties(this.interviews.manager, interview);
    return this.notifier.calendar(
      interview,
      parties,
      interview.status === InterviewStatus.CANCELLED ? 'CANCEL' : 'REQUEST',
      this.notifier.audienceOf(viewer, interview, parties),
    );
  }

  /**
   * The facts the access rules need about an interview. Inside a transaction, pass its manager:
   * a second connection taken from the pool while holding one can exhaust it under load.
   */
  async scopeOf(
    interview: Pick<Interview, 'beneficiaryId' | 'missionId' | 'referentId'>,
    manager: EntityManager = this.interviews.manager,
  ): Promise<InterviewScope> {
    const beneficiary = await manager.findOne(Beneficiary, {
      select: { id: true, referentId: true, territoryId: true },
      where: { id: interview.beneficiaryId },
    });
    const mission = await manager.findOne(Mission, {
      select: { id: true, associationId: true },
      where: { id: interview.missionId },
    });
    return {
      referentId: interview.referentId,
      beneficiary: { referentId: beneficiary?.referentId ?? null, territoryId: beneficiary?.territoryId ?? '' },
      missionAssociationId: mission?.associationId ?? '',
    };
  }

  private scopeOfProposal(proposal: Proposal, manager?: EntityManager): Promise<InterviewScope> {
    return this.scopeOf(
      { beneficiaryId: proposal.beneficiaryId, missionId: proposal.missionId, referentId: proposal.referentId },
      manager,
    );
  }

  private async book(booker: Booker, proposalId: string, slotId: string): Promise<Interview> {
    const now = this.clock.now();
    const id = await this.translating(() =>
      this.unitOfWork.run(async (tx) => {
        // Shared lock: the proposal cannot be withdrawn while it is being booked.
        const proposal = await tx.manager.findOne(Proposal, {
          where: { id: proposalId },
          lock: { mode: 'pessimistic_read' },
        });
        if (!proposal) throw AppException.notFound(PROPOSAL_NOT_FOUND);
        if (booker.viewer) await this.assertManageable(booker.viewer, await this.scopeOfProposal(proposal, tx.manager));
        this.assertAccepted(proposal);
        if (
          await tx.manager.existsBy(Interview, {
            proposalId,
            status: In([InterviewStatus.SCHEDULED, InterviewStatus.HELD]),
          })
        ) {
          throw AppException.conflict(ALREADY_BOOKED);
        }
        const beneficiary = await tx.manager.findOneByOrFail(Beneficiary, { id: proposal.beneficiaryId });
        const { slot, availability } = await this.lockBookableSlot(tx, slotId, beneficiary, now);
        const interview = tx.manager.create(Interview, {
          proposalId: proposal.id,
          beneficiaryId: proposal.beneficiaryId,
          missionId: proposal.missionId,
          referentId: proposal.referentId,
          ...this.slotFields(slot, availability),
          status: InterviewStatus.SCHEDULED,
          sequence: 0,
          scheduledAt: now,
          bookedBy: booker.viewer ? InterviewBooker.STAFF : InterviewBooker.BENEFICIARY,
          createdById: booker.viewer?.id ?? null,
          welcomeContactInvited: booker.inviteWelcomeContact,
        });
        await tx.manager.insert(Interview, interview);
        const mission = await tx.manager.findOneByOrFail(Mission, { id: proposal.missionId });
        await this.logbook.append(tx, {
          beneficiaryId: interview.beneficiaryId,
          type: LogbookEntryType.INTERVIEW_SCHEDULED,
          authorId: booker.viewer?.id ?? null,
          summary: `Entretien tripartite planifié le ${formatPeriodFr(interview.startsAt, interview.endsAt)} (${interview.placeLabel}) pour la mission « ${mission.title} »${booker.viewer ? '' : ', choisi par la personne'}.`,
          occurredAt: now,
          referenceId: interview.id,
        });
        await this.notifier.invite(tx, interview);
        await this.events.scheduled(tx, interview);
        return interview.id;
      }),
    );
    this.logger.log({
      event: 'interview.scheduled',
      interviewId: id,
      bookedBy: booker.viewer ? 'staff' : 'beneficiary',
    });
    return this.interviews.findOneByOrFail({ id });
  }

  private async cancelLocked(
    tx: Transaction,
    interview: Interview,
    reason: string,
    byId: string | null,
  ): Promise<void> {
    const refusal = changeRefusal(interview.status, 'cancel');
    if (refusal) throw AppException.invalidTransition(refusal.message, interview.status);
    const now = this.clock.now();
    interview.status = InterviewStatus.CANCELLED;
    interview.cancelReason = reason.trim();
    interview.cancelledAt = now;
    interview.cancelledById = byId;
    interview.sequence += 1;
    await tx.manager.save(interview);
    await this.logbook.append(tx, {
      beneficiaryId: interview.beneficiaryId,
      type: LogbookEntryType.INTERVIEW_CANCELLED,
      authorId: byId,
      summary: `Entretien tripartite du ${formatPeriodFr(interview.startsAt, interview.endsAt)} annulé. Motif : ${interview.cancelReason}`,
      occurredAt: now,
      referenceId: interview.id,
    });
    await this.notifier.cancel(tx, interview);
    await this.events.cancelled(tx, interview);
  }

  /** The slot locked for booking, with its availability, or SLOT_UNAVAILABLE / NOT_FOUND. */
  private async lockBookableSlot(
    tx: Transaction,
    slotId: string,
    beneficiary: Pick<Beneficiary, 'availabilityMask'>,
    now: Date,
  ): Promise<{ slot: InterviewSlot; availability: InterviewAvailability }> {
    // The row lock serialises concurrent bookings of one slot; the constraints back it up.
    const slot = await tx.manager.findOne(InterviewSlot, {
      where: { id: slotId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!slot) throw AppException.notFound(SLOT_NOT_FOUND);
    const refusal = slotRefusal(slot, beneficiary.availabilityMask, now);
    if (refusal) throw slotUnavailable(refusal);
    if (await tx.manager.existsBy(Interview, { slotId, status: In([...ACTIVE_INTERVIEW_STATUSES]) })) {
      throw slotUnavailable('TAKEN');
    }
    const availability = await tx.manager.findOneByOrFail(InterviewAvailability, { id: slot.availabilityId });
    return { slot, availability };
  }

  private slotFields(slot: InterviewSlot, availability: InterviewAvailability): Partial<Interview> {
    return {
      slotId: slot.id,
      coordinatorId: slot.coordinatorId,
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      placeKind: availability.placeKind,
      placeLabel: availability.placeLabel,
      placeAddress: availability.placeAddress,
      communeCode: availability.communeCode,
      latitude: availability.latitude,
      longitude: availability.longitude,
      videoUrl: availability.videoUrl,
    };
  }

  private async lockManageable(tx: Transaction, viewer: AuthUser, id: string): Promise<Interview> {
    const interview = await tx.manager.findOne(Interview, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!interview) throw AppException.notFound(INTERVIEW_NOT_FOUND);
    await this.assertManageable(viewer, await this.scopeOf(interview, tx.manager));
    return interview;
  }

  /** FORBIDDEN for someone who sees but may not manage; NOT_FOUND for someone who may not even see. */
  private async assertManageable(viewer: AuthUser, scope: InterviewScope): Promise<void> {
    if (canManageInterview(viewer, scope)) return;
    if (canSeeInterview(viewer, scope)) throw AppException.forbidden(MANAGE_FORBIDDEN);
    throw AppException.notFound(INTERVIEW_NOT_FOUND);
  }

  private assertAccepted(proposal: Proposal): void {
    if (proposal.status !== ProposalStatus.ACCEPTED) {
      throw AppException.invalidTransition(
        `Un entretien se réserve pour une proposition acceptée ; celle-ci est ${PROPOSAL_STATUS_LABELS[proposal.status]}.`,
        proposal.status,
      );
    }
  }

  private applyReadScope(query: ReturnType<Repository<Interview>['createQueryBuilder']>, viewer: AuthUser): void {
    switch (viewer.role) {
      case 'ADMIN':
      case 'COORDINATOR':
        return;
      case 'REFERENT':
        query.innerJoin(Beneficiary, 'b', 'b.id = interview.beneficiaryId').andWhere(
          new Brackets((where) => {
            where.where('interview.referentId = :scopeReferentId', { scopeReferentId: viewer.id });
            where.orWhere(
              new Brackets((inner) => {
                inner.where('true');
                this.beneficiaryAccess.applyReadScope(inner, 'b', viewer);
              }),
            );
          }),
        );
        return;
      case 'ASSOCIATION':
        if (!viewer.associationId) {
          query.andWhere('false');
          return;
        }
        query
          .innerJoin(Mission, 'm', 'm.id = interview.missionId')
          .andWhere('m.associationId = :scopeAssociationId', { scopeAssociationId: viewer.associationId });
        return;
      default:
        query.andWhere('false');
    }
  }

  private async translating<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw translateConstraint(error);
    }
  }
}
