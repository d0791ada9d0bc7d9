// Interviews: the tripartite interview (entretien tripartite) between a beneficiary who accepted a
// mission, their referent and France Bénévolat — availabilities, booking, invitations, reminders.
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BeneficiariesModule } from '@tremplin/beneficiaries';
import { IdentityModule } from '@tremplin/identity';
import { ReferentialsModule } from '@tremplin/referentials';
import { AvailabilityResolver } from './availability.resolver';
import { AvailabilityService } from './availability.service';
import { InterviewAvailability } from './interview-availability.entity';
import { InterviewEvents } from './interview-events';
import { InterviewReminder } from './interview-reminder.entity';
import { InterviewSlot } from './interview-slot.entity';
import { Interview } from './interview.entity';
import { InterviewsService } from './interviews.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([InterviewAvailability, InterviewSlot, Interview, InterviewReminder]),
    BeneficiariesModule,
    IdentityModule,
    ReferentialsModule,
  ],
  providers: [InterviewEvents, InterviewsService, AvailabilityService, AvailabilityResolver],
  exports: [InterviewEvents, InterviewsService, AvailabilityService],
})
export class InterviewsModule {}
