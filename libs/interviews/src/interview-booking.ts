import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Beneficiary, Logbook, LogbookEntryType } from '@tremplin/beneficiaries';
import { AppException, Clock, ErrorCode, UnitOfWork, violatedConstraint } from '@tremplin/core';
import type { AuthUser, Transaction } from '@tremplin/core';
import { Mission } from '@tremplin/missions';
import { Proposal } from '@tremplin/proposals';
import { In, Repository } from 'typeorm';
import { rescheduledSummary, scheduledSummary } from './domain/interview-logbook';
import { ACTIVE_INTERVIEW_STATUSES, InterviewStatus, changeRefusal } from './domain/interview-status';
import { SLOT_REFUSAL_MESSAGES, SlotRefusal, slotRefusal } from './domain/slots';
import { RescheduleInterviewInput, ScheduleInterviewInput } from './dto/interview.input';
import { InterviewBooker } from './dto/interview.enums';
import { InterviewAvailability } from './interview-availability.entity';
import { InterviewEvents } from './interview-events';
import { InterviewNotifier } from './interview-notifier';
import { InterviewScopes, PROPOSAL_NOT_FOUND, assertAccepted } from './interview-scope';
import { InterviewSlot } from './interview-slot.entity';
import { Interview } from './interview.entity';

const SLOT_NOT_FOUND = 'Créneau introuvable.';

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

/** Booking an interview on a slot (by staff or by the person from their link) and moving it to another. */
@Injectable()
export class InterviewBooking {
  private readonly logger = new Logger(InterviewBooking.name);

  constructor(
    @InjectRepository(Interview) private readonly interviews: Repository<Interview>,
    private readonly scopes: InterviewScopes,
    private readonly notifier: InterviewNotifier,
    private readonly events: InterviewEvents,
    private readonly logbook: Logbook,
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

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

  async reschedule(viewer: AuthUser, input: RescheduleInterviewInput): Promise<Interview> {
    const now = this.clock.now();
    const id = await this.translating(() =>
      this.unitOfWork.run(async (tx) => {
        const interview = await this.scopes.lockManageable(tx, viewer, input.interviewId);
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
          summary: rescheduledSummary(previous, interview),
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
        if (booker.viewer)
          await this.scopes.assertManageable(booker.viewer, await this.scopes.scopeOfProposal(proposal, tx.manager));
        assertAccepted(proposal);
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
          summary: scheduledSummary(interview, mission.title, !booker.viewer),
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

  private async translating<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw translateConstraint(error);
    }
  }
}
