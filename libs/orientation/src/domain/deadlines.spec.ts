import { LogbookEntryType } from '@tremplin/beneficiaries';
import {
  DeadlineKind,
  DeadlineState,
  accompanimentDueOn,
  countsAsAccompaniment,
  deadlineStatus,
  fileDeadlines,
  orientationDueOn,
} from './deadlines';

// Noon in Paris, so that the local date is unambiguous.
const at = (date: string) => new Date(`${date}T11:00:00Z`);

describe(orientationDueOn.name, () => {
  it('is one month after the entry', () => {
    expect(orientationDueOn('2026-03-10')).toBe('2026-04-10');
    expect(orientationDueOn('2025-12-15')).toBe('2026-01-15');
  });

  it('falls on the last day of February for an entry on 31 January (29 in leap years)', () => {
    expect(orientationDueOn('2026-01-31')).toBe('2026-02-28');
    expect(orientationDueOn('2028-01-31')).toBe('2028-02-29');
    expect(orientationDueOn('2024-01-30')).toBe('2024-02-29');
    expect(orientationDueOn('2024-01-29')).toBe('2024-02-29');
    expect(orientationDueOn('2024-01-28')).toBe('2024-02-28');
  });

  it('gives 30 April for an entry on 31 March', () => {
    expect(orientationDueOn('2026-03-31')).toBe('2026-04-30');
  });

  it('gives 29 March for an entry on 29 February', () => {
    expect(orientationDueOn('2024-02-29')).toBe('2024-03-29');
  });
});

describe(accompanimentDueOn.name, () => {
  it('is two months after the entry, clamped to the end of the month', () => {
    expect(accompanimentDueOn('2026-01-15')).toBe('2026-03-15');
    expect(accompanimentDueOn('2025-12-31')).toBe('2026-02-28');
    expect(accompanimentDueOn('2027-12-31')).toBe('2028-02-29');
    expect(accompanimentDueOn('2024-02-29')).toBe('2024-04-29');
    expect(accompanimentDueOn('2026-08-31')).toBe('2026-10-31');
    expect(accompanimentDueOn('2026-07-31')).toBe('2026-09-30');
  });
});

describe(deadlineStatus.name, () => {
  const due = '2026-02-28';

  it('is upcoming until the due date itself, then overdue from the next day', () => {
    expect(deadlineStatus(DeadlineKind.ORIENTATION, due, null, true, '2026-02-27')).toMatchObject({
      state: DeadlineState.UPCOMING,
      daysLeft: 1,
    });
    expect(deadlineStatus(DeadlineKind.ORIENTATION, due, null, true, '2026-02-28')).toMatchObject({
      state: DeadlineState.UPCOMING,
      daysLeft: 0,
    });
    expect(deadlineStatus(DeadlineKind.ORIENTATION, due, null, true, '2026-03-01')).toMatchObject({
      state: DeadlineState.OVERDUE,
      daysLate: 1,
    });
  });

  it('counts a step done on the due date as on time, the day after as late', () => {
    expect(deadlineStatus(DeadlineKind.ORIENTATION, due, at('2026-02-28'), true, '2026-06-01')).toMatchObject({
      state: DeadlineState.MET,
      doneOn: '2026-02-28',
      daysLate: 0,
    });
    expect(deadlineStatus(DeadlineKind.ORIENTATION, due, at('2026-03-03'), true, '2026-06-01')).toMatchObject({
      state: DeadlineState.MET_LATE,
      daysLate: 3,
    });
  });

  it('takes the date of the step in Paris: 23:30 UTC on the due date is already the next day', () => {
    const lateAtNight = new Date('2026-02-28T23:30:00Z');
    const eveningBefore = new Date('2026-02-28T22:30:00Z');
    expect(deadlineStatus(DeadlineKind.ORIENTATION, due, lateAtNight, true, '2026-03-05').state).toBe(
      DeadlineState.MET_LATE,
    );
    expect(deadlineStatus(DeadlineKind.ORIENTATION, due, eveningBefore, true, '2026-03-05').state).toBe(
      DeadlineState.MET,
    );
  });

  it('does not follow suspended or closed files, unless the step was done', () => {
    expect(deadlineStatus(DeadlineKind.ACCOMPANIMENT, due, null, false, '2026-05-01').state).toBe(
      DeadlineState.NOT_TRACKED,
    );
    expect(deadlineStatus(DeadlineKind.ACCOMPANIMENT, due, at('2026-02-01'), false, '2026-05-01').state).toBe(
      DeadlineState.MET,
    );
  });
});

describe(fileDeadlines.name, () => {
  const file = { rsaEntryDate: '2024-01-31', status: 'ACTIVE', orientedAt: null, firstActionAt: null };

  it('in a leap year, an entry on 31 January is late for orientation on 1 March, not on 29 February', () => {
    expect(fileDeadlines(file, '2024-02-29').overdue).toBe(false);
    expect(fileDeadlines(file, '2024-03-01')).toMatchObject({
      overdue: true,
      orientation: { state: DeadlineState.OVERDUE, dueOn: '2024-02-29', daysLate: 1 },
      accompaniment: { state: DeadlineState.UPCOMING, dueOn: '2024-03-31' },
    });
  });

  it('in a common year, the same entry is late on 1 March after a due date of 28 February', () => {
    const common = { ...file, rsaEntryDate: '2026-01-31' };
    expect(fileDeadlines(common, '2026-02-28').overdue).toBe(false);
    expect(fileDeadlines(common, '2026-03-01').orientation).toMatchObject({ dueOn: '2026-02-28', daysLate: 1 });
  });

  it('stays late for accompaniment once oriented but with no action', () => {
    const oriented = { ...file, orientedAt: at('2024-02-20') };
    expect(fileDeadlines(oriented, '2024-04-01')).toMatchObject({
      overdue: true,
      orientation: { state: DeadlineState.MET },
      accompaniment: { state: DeadlineState.OVERDUE, daysLate: 1 },
    });
    expect(fileDeadlines({ ...oriented, firstActionAt: at('2024-03-31') }, '2024-04-01').overdue).toBe(false);
  });

  it('is never late for a suspended file', () => {
    expect(fileDeadlines({ ...file, status: 'SUSPENDED' }, '2025-01-01').overdue).toBe(false);
  });
});

describe(countsAsAccompaniment.name, () => {
  it('counts interviews and actions, not notes, diagnostics or orientations', () => {
    expect(countsAsAccompaniment(LogbookEntryType.APPOINTMENT)).toBe(true);
    expect(countsAsAccompaniment(LogbookEntryType.INSERTION_ACTION)).toBe(true);
    expect(countsAsAccompaniment(LogbookEntryType.BARRIER_ACTION)).toBe(true);
    expect(countsAsAccompaniment(LogbookEntryType.NOTE)).toBe(false);
    expect(countsAsAccompaniment(LogbookEntryType.DIAGNOSTIC)).toBe(false);
    expect(countsAsAccompaniment(LogbookEntryType.ORIENTATION)).toBe(false);
  });

  it('counts a mission proposed by the referent, not the answers and follow-ups of proposals', () => {
    expect(countsAsAccompaniment(LogbookEntryType.MISSION_PROPOSED)).toBe(true);
    expect(countsAsAccompaniment(LogbookEntryType.PROPOSAL_ANSWERED)).toBe(false);
    expect(countsAsAccompaniment(LogbookEntryType.PROPOSAL_FOLLOW_UP)).toBe(false);
  });
});
