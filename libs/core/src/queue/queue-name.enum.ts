/** Every BullMQ queue of the platform (kebab-case names, as stored in Redis or PostgreSQL). */
export enum QueueName {
  /** Sending email (rendering + SMTP), and the outbox relay. */
  Mail = 'mail',
  /** Mission-to-profile scoring. */
  Matching = 'matching',
  /** Time-driven work: reminders, expiries, digests. */
  Scheduling = 'scheduling',
  /** Indicator snapshots. */
  Indicators = 'indicators',
}

/** Jobs processed in parallel per worker process, per queue. */
export const QUEUE_CONCURRENCY: Record<QueueName, number> = {
  [QueueName.Mail]: 8,
  [QueueName.Matching]: 2,
  [QueueName.Scheduling]: 2,
  [QueueName.Indicators]: 1,
};
