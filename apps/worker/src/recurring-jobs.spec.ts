import { JobName } from '@tremplin/core';
import { RECURRING_JOBS } from './recurring-jobs';

describe('RECURRING_JOBS', () => {
  it('sends the digest of late files every day at 7:30 (Paris time)', () => {
    expect(RECURRING_JOBS).toContainEqual({ job: JobName.SendOverdueDigests, pattern: '30 7 * * *' });
  });

  it('stores the indicators of the month every night at 2:15 (Paris time)', () => {
    expect(RECURRING_JOBS).toContainEqual({ job: JobName.RecordIndicatorSnapshots, pattern: '15 2 * * *' });
  });

  it('sweeps proposal reminders and expiries every minute', () => {
    expect(RECURRING_JOBS).toContainEqual({ job: JobName.SweepProposals, every: 60_000 });
  });

  it('leaves interview reminders to delayed jobs planned with each interview', () => {
    expect(RECURRING_JOBS.map(({ job }) => job)).not.toContain(JobName.SendInterviewReminder);
  });

  it('rescores every suggestion every night at 2:30 (Paris time)', () => {
    expect(RECURRING_JOBS).toContainEqual({ job: JobName.RescoreAll, pattern: '30 2 * * *' });
  });

  it('tells moderators what waits for them on working-day mornings at 7:40 (Paris time)', () => {
    expect(RECURRING_JOBS).toContainEqual({ job: JobName.SendModerationDigests, pattern: '40 7 * * 1-5' });
  });

  it('sends the daily summary of proposal events at 7:35 (Paris time)', () => {
    expect(RECURRING_JOBS).toContainEqual({ job: JobName.SendProposalDigests, pattern: '35 7 * * *' });
  });

  it('applies the retention of personal data every night at 3:45 (Paris time)', () => {
    expect(RECURRING_JOBS).toContainEqual({ job: JobName.ApplyRetention, pattern: '45 3 * * *' });
  });
});
