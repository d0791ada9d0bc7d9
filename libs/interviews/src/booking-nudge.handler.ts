import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { Beneficiary, localDateOf } from '@tremplin/beneficiaries';
import { Clock, JobName, Mailer, OnJob, SignedLinks, UnitOfWork } from '@tremplin/core';
import type { InterviewBookingNudgeJob, Transaction } from '@tremplin/core';
import { User } from '@tremplin/identity';
import { Association } from '@tremplin/associations';
import { Mission } from '@tremplin/missions';
import { Proposal, ProposalEvents, ProposalStatus } from '@tremplin/proposals';
import type { ProposalListener } from '@tremplin/proposals';
import { In } from 'typeorm';
import {
  SELF_BOOKING_LINK_PURPOSE,
  BOOKING_LINK_VALIDITY_MS,
  BOOKING_NUDGE_DELAY_MS,
  nudgeMakesSense,
} from './domain/booking';
import { InterviewStatus } from './domain/interview-status';
import { Interview } from './interview.entity';
import { INTERVIEW_BOOKING_NUDGE_MAIL } from './interviews.mail';
import { InterviewCancellation } from './interview-cancellation';
import { InterviewQueries } from './interview-queries';

export type NudgeOutcome = 'sent' | 'already-sent' | 'booked' | 'not-accepted' | 'mission-closed' | 'no-email';

/**
 * After a « oui », the proposals domain shows the self-booking link at once (page and email). A
 * person who has not booked three days later gets one reminder with the link and a few of the
 * nearest free slots: a job promised in the transaction of the acceptance, run once. A withdrawn
 * proposal cancels the interviews it had.
 */
@Injectable()
export class BookingNudgeHandler implements OnModuleInit, ProposalListener {
  private readonly logger = new Logger(BookingNudgeHandler.name);

  constructor(
    private readonly proposalEvents: ProposalEvents,
    private readonly interviews: InterviewQueries,
    private readonly cancellation: InterviewCancellation,
    private readonly mailer: Mailer,
    private readonly links: SignedLinks,
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.proposalEvents.subscribe(this);
  }

  async proposalAccepted(tx: Transaction, proposal: Proposal): Promise<void> {
    await tx.promiseJob(
      JobName.SendInterviewBookingNudge,
      { proposalId: proposal.id },
      {
        dedupKey: `interview-booking-nudge:${proposal.id}`,
        runAt: new Date(this.clock.now().getTime() + BOOKING_NUDGE_DELAY_MS),
      },
    );
  }

  async proposalWithdrawn(tx: Transaction, proposal: Proposal): Promise<void> {
    await this.cancellation.cancelForProposal(tx, proposal.id, 'La proposition de mission a été retirée.');
  }

  /** Sends the reminder to book, unless the interview is booked, the proposal no longer accepted, or it went already. */
  @OnJob(JobName.SendInterviewBookingNudge)
  async nudge({ proposalId }: InterviewBookingNudgeJob): Promise<NudgeOutcome> {
    const outcome = await this.unitOfWork.run(async (tx): Promise<NudgeOutcome> => {
      const proposal = await tx.manager.findOneBy(Proposal, { id: proposalId });
      if (!proposal || proposal.status !== ProposalStatus.ACCEPTED) return 'not-accepted';
      const booked = await tx.manager.existsBy(Interview, {
        proposalId,
        status: In([InterviewStatus.SCHEDULED, InterviewStatus.HELD]),
      });
      if (booked) return 'booked';
      const mission = await tx.manager.findOneByOrFail(Mission, { id: proposal.missionId });
      if (!nudgeMakesSense(mission, localDateOf(this.clock.now()))) return 'mission-closed';
      const beneficiary = await tx.manager.findOneByOrFail(Beneficiary, { id: proposal.beneficiaryId });
      if (!beneficiary.email) return 'no-email';
      const referent = await tx.manager.findOneByOrFail(User, { id: proposal.referentId });
      const association = await tx.manager.findOneByOrFail(Association, { id: mission.associationId });
      const slots = await this.interviews.freeSlotsFor(beneficiary, 3, tx.manager);
      const token = this.links.sign(
        SELF_BOOKING_LINK_PURPOSE,
        proposal.id,
        new Date(this.clock.now().getTime() + BOOKING_LINK_VALIDITY_MS),
      );
      const queued = await this.mailer.queue(tx, {
        idempotencyKey: `interview:booking-nudge:${proposal.id}`,
        template: INTERVIEW_BOOKING_NUDGE_MAIL,
        to: beneficiary.email,
        replyTo: referent.email,
        data: {
          firstName: beneficiary.firstName,
          missionTitle: mission.title,
          associationName: association.name,
          referentName: `${referent.firstName} ${referent.lastName}`,
          bookingUrl: this.links.url('/rdv', token),
          slots: slots.map((slot) => slot.label),
        },
      });
      return queued ? 'sent' : 'already-sent';
    });
    this.logger.log({ event: 'interview.booking_nudge', proposalId, outcome });
    return outcome;
  }
}
