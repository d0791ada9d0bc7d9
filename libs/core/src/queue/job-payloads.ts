import { IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
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
  /** One reminder of a tripartite interview, 48 h or 2 h before it (interviews domain; delayed job). */
  SendInterviewReminder = 'send-interview-reminder',
  /** Reminds a beneficiary who accepted a mission to book their interview, if not done yet (interviews domain). */
  SendInterviewBookingNudge = 'send-interview-booking-nudge',
  /** Recompute one beneficiary's mission suggestions (profile created or changed, proposal answered). */
  RecomputeBeneficiaryMatches = 'recompute-beneficiary-matches',
  /** Recompute the suggestions a mission may enter or leave (published, changed, closed, places changed). */
  RecomputeMissionMatches = 'recompute-mission-matches',
  /** Full rescore: splits the beneficiaries into chunks that any number of workers share (nightly). */
  RescoreAll = 'rescore-all',
  /** One chunk of a full rescore: the beneficiaries whose id is in (afterId, untilId]. */
  RescoreChunk = 'rescore-chunk',
  /** Working-day morning digest of missions to moderate and associations to validate (missions domain). */
  SendModerationDigests = 'send-moderation-digests',
  /** Daily summary of proposal events for the referents who chose it (proposals domain). */
  SendProposalDigests = 'send-proposal-digests',
  /** Produce the export of everything held about one person (right of access; privacy domain). */
  ProducePersonalDataExport = 'produce-personal-data-export',
  /** Erase the files of an export at the end of their short retention (privacy domain; delayed job). */
  ExpirePersonalDataExport = 'expire-personal-data-export',
  /**
   * Daily end of life of personal data (privacy domain): anonymises the files whose retention after
   * the end of follow-up is over, purges the old access log and email metadata. Reads the database.
   */
  ApplyRetention = 'apply-retention',
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

export class InterviewReminderJob {
  @IsUUID()
  interviewId: string;

  @IsIn(['H48', 'H2'])
  kind: 'H48' | 'H2';

  /** The start time the reminder was planned for (ms since the epoch): a moved interview has new reminders. */
  @IsInt()
  startsAtMs: number;
}

export class InterviewBookingNudgeJob {
  @IsUUID()
  proposalId: string;
}

export class PersonalDataExportJob {
  @IsUUID()
  exportId: string;
}

export class RecomputeBeneficiaryMatchesJob {
  @IsUUID()
  beneficiaryId: string;
}

export class RecomputeMissionMatchesJob {
  @IsUUID()
  missionId: string;
}

export class RescoreChunkJob {
  /** The full rescore this chunk belongs to (the id of its rescore-all job). */
  @IsString()
  @MaxLength(200)
  runId: string;

  /** Exclusive lower bound (null: from the first beneficiary). */
  @IsOptional()
  @IsUUID()
  afterId: string | null;

  /** Inclusive upper bound (null: to the last beneficiary). */
  @IsOptional()
  @IsUUID()
  untilId: string | null;
}

/**
 * Debounce of a job (BullMQ deduplication): jobs with the same key collapse into the last one
 * while it waits `ttlMs`, and one more runs after it when added while it runs — so a burst of 50
 * profile edits causes one recompute, and an edit made during a recompute is never lost.
 */
export interface JobDebounce {
  /** Payload field naming what the job is about (the key is `<job name>:<value>`). */
  keyField?: string;
  ttlMs: number;
}

/** Wait before a matching recompute, extended by each new request in the meantime. */
export const MATCHING_DEBOUNCE_MS = 1_000;

export const JOB_DEFINITIONS = {
  [JobName.SendEmail]: { queue: QueueName.Mail, payload: SendEmailJob },
  [JobName.RelayOutbox]: { queue: QueueName.Mail, payload: EmptyJob },
  [JobName.SendOverdueDigests]: { queue: QueueName.Scheduling, payload: EmptyJob },
  [JobName.RecordIndicatorSnapshots]: { queue: QueueName.Indicators, payload: RecordIndicatorSnapshotsJob },
  [JobName.SweepProposals]: { queue: QueueName.Scheduling, payload: EmptyJob },
  [JobName.SendInterviewReminder]: { queue: QueueName.Scheduling, payload: InterviewReminderJob },
  [JobName.SendInterviewBookingNudge]: { queue: QueueName.Scheduling, payload: InterviewBookingNudgeJob },
  [JobName.SendProposalDigests]: { queue: QueueName.Scheduling, payload: EmptyJob },
  [JobName.SendModerationDigests]: { queue: QueueName.Scheduling, payload: EmptyJob },
  [JobName.ProducePersonalDataExport]: { queue: QueueName.Scheduling, payload: PersonalDataExportJob },
  [JobName.ExpirePersonalDataExport]: { queue: QueueName.Scheduling, payload: PersonalDataExportJob },
  [JobName.ApplyRetention]: { queue: QueueName.Scheduling, payload: EmptyJob },
  [JobName.RecomputeBeneficiaryMatches]: {
    queue: QueueName.Matching,
    payload: RecomputeBeneficiaryMatchesJob,
    debounce: { keyField: 'beneficiaryId', ttlMs: MATCHING_DEBOUNCE_MS },
  },
  [JobName.RecomputeMissionMatches]: {
    queue: QueueName.Matching,
    payload: RecomputeMissionMatchesJob,
    debounce: { keyField: 'missionId', ttlMs: MATCHING_DEBOUNCE_MS },
  },
  [JobName.RescoreAll]: { queue: QueueName.Matching, payload: EmptyJob, debounce: { ttlMs: MATCHING_DEBOUNCE_MS } },
  [JobName.RescoreChunk]: { queue: QueueName.Matching, payload: RescoreChunkJob },
} satisfies Record<JobName, { queue: QueueName; payload: new () => object; debounce?: JobDebounce }>;

/** The debounce of a job as declared above, or undefined. */
export function jobDebounce(name: JobName): JobDebounce | undefined {
  return (JOB_DEFINITIONS[name] as { debounce?: JobDebounce }).debounce;
}

export type JobPayload<N extends JobName> = InstanceType<(typeof JOB_DEFINITIONS)[N]['payload']>;
