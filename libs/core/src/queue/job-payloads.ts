import { IsUUID } from 'class-validator';
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
  /** Reminders and expiries of mission proposals that are due (proposals domain; periodic, reads the clock). */
  SweepProposals = 'sweep-proposals',
}

export class SendEmailJob {
  @IsUUID()
  emailId: string;
}

export class EmptyJob {}

export const JOB_DEFINITIONS = {
  [JobName.SendEmail]: { queue: QueueName.Mail, payload: SendEmailJob },
  [JobName.RelayOutbox]: { queue: QueueName.Mail, payload: EmptyJob },
  [JobName.SendOverdueDigests]: { queue: QueueName.Scheduling, payload: EmptyJob },
  [JobName.SweepProposals]: { queue: QueueName.Scheduling, payload: EmptyJob },
} satisfies Record<JobName, { queue: QueueName; payload: new () => object }>;

export type JobPayload<N extends JobName> = InstanceType<(typeof JOB_DEFINITIONS)[N]['payload']>;
