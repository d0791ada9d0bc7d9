import { IsOptional, IsUUID, Matches } from 'class-validator';
import { QueueName } from './queue-name.enum';

/**
 * Every job of the platform: its name, its queue and its payload class. Payload classes are
 * validated again when the worker takes a job. A job name without a handler stops the worker
 * at boot; a payload of the wrong shape does not compile (see JobPayload).
 */
export enum JobName {
  /** Render and send one email of the email table (once, whatever the retries). */
  SendEmail = 'send-email',
  /** Enqueue outbox rows that were committed but not handed to the queue (crash, queue down). */
  RelayOutbox = 'relay-outbox',
  /** Daily digest of the files late on their orientation or accompaniment deadline (orientation domain). */
  SendOverdueDigests = 'send-overdue-digests',
  /** Nightly: store each indicator's value per month and territory (indicators domain). */
  RecordIndicatorSnapshots = 'record-indicator-snapshots',
  /** Reminders and expiries of mission proposals that are due (proposals domain; periodic, reads the clock). */
  SweepProposals = 'sweep-proposals',
  /** Reminders 48 h and 2 h before tripartite interviews (interviews domain; periodic, reads the clock). */
  SendInterviewReminders = 'send-interview-reminders',
  /** Reminds a beneficiary who accepted a mission to book their interview, if not done yet (interviews domain). */
  SendInterviewBookingNudge = 'send-interview-booking-nudge',
  /** Daily summary of proposal events for the referents who chose it (proposals domain). */
  SendProposalDigests = 'send-proposal-digests',
}

export class SendEmailJob {
  @IsUUID()
  emailId: string;
}

export class EmptyJob {}

export class RecordIndicatorSnapshotsJob {
  /** First day of the month to (re)compute; absent: the current month and the previous one. */
  @IsOptional()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])-01$/, { message: 'doit être le premier jour d’un mois (AAAA-MM-01)' })
  month?: string;
}

export class InterviewBookingNudgeJob {
  @IsUUID()
  proposalId: string;
}

export const JOB_DEFINITIONS = {
  [JobName.SendEmail]: { queue: QueueName.Mail, payload: SendEmailJob },
  [JobName.RelayOutbox]: { queue: QueueName.Mail, payload: EmptyJob },
  [JobName.SendOverdueDigests]: { queue: QueueName.Scheduling, payload: EmptyJob },
  [JobName.RecordIndicatorSnapshots]: { queue: QueueName.Indicators, payload: RecordIndicatorSnapshotsJob },
  [JobName.SweepProposals]: { queue: QueueName.Scheduling, payload: EmptyJob },
  [JobName.SendInterviewReminders]: { queue: QueueName.Scheduling, payload: EmptyJob },
  [JobName.SendInterviewBookingNudge]: { queue: QueueName.Scheduling, payload: InterviewBookingNudgeJob },
  [JobName.SendProposalDigests]: { queue: QueueName.Scheduling, payload: EmptyJob },
} satisfies Record<JobName, { queue: QueueName; payload: new () => object }>;

export type JobPayload<N extends JobName> = InstanceType<(typeof JOB_DEFINITIONS)[N]['payload']>;
