// Interviews: the tripartite interview (entretien tripartite) between a beneficiary who accepted a
// mission, their referent and France Bénévolat — availabilities, booking, invitations, reminders.
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AssociationsModule } from '@tremplin/associations';
import { BeneficiariesModule } from '@tremplin/beneficiaries';
import { IdentityModule } from '@tremplin/identity';
import { MissionsModule } from '@tremplin/missions';
import { ProposalsModule } from '@tremplin/proposals';
import { ReferentialsModule } from '@tremplin/referentials';
import { AvailabilityResolver } from './availability.resolver';
import { AvailabilityService } from './availability.service';
import { BookingNudgeHandler } from './booking-nudge.handler';
import { InterviewAvailability } from './interview-availability.entity';
import { InterviewEvents } from './interview-events';
import { InterviewNotifier } from './interview-notifier';
import { InterviewReminder } from './interview-reminder.entity';
import { InterviewRemindersHandler } from './interview-reminders.handler';
import { InterviewSlot } from './interview-slot.entity';
import { Interview } from './interview.entity';
import { InterviewsResolver } from './interviews.resolver';
import { InterviewBooking } from './interview-booking';
import { InterviewCancellation } from './interview-cancellation';
import { InterviewOutcomes } from './interview-outcomes';
import { InterviewQueries } from './interview-queries';
import { InterviewScopes } from './interview-scope';
import { BookingController } from './web/booking.controller';
import { InvitationController } from './web/invitation.controller';
import { InterviewCaseloadStages } from './interview-caseload-stages';

@Module({
  imports: [
    TypeOrmModule.forFeature([InterviewAvailability, InterviewSlot, Interview, InterviewReminder]),
    AssociationsModule,
    BeneficiariesModule,
    IdentityModule,
    MissionsModule,
    ProposalsModule,
    ReferentialsModule,
  ],
  controllers: [BookingController, InvitationController],
  providers: [
    InterviewCaseloadStages,
    InterviewEvents,
    InterviewNotifier,
    InterviewScopes,
    InterviewQueries,
    InterviewBooking,
    InterviewCancellation,
    InterviewOutcomes,
    AvailabilityService,
    InterviewRemindersHandler,
    BookingNudgeHandler,
    AvailabilityResolver,
    InterviewsResolver,
  ],
  exports: [
    InterviewEvents,
    InterviewQueries,
    InterviewBooking,
    InterviewCancellation,
    InterviewOutcomes,
    AvailabilityService,
  ],
})
export class InterviewsModule {}
