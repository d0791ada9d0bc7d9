import { InterviewStatus, changeRefusal, outcomeRefusal } from './interview-status';

const startsAt = new Date('2026-02-10T09:00:00Z');

describe(outcomeRefusal.name, () => {
  it('accepts an outcome from the time of the interview on', () => {
    expect(outcomeRefusal(InterviewStatus.SCHEDULED, startsAt, startsAt)).toBeNull();
    expect(outcomeRefusal(InterviewStatus.SCHEDULED, startsAt, new Date('2026-02-11T09:00:00Z'))).toBeNull();
  });

  it('refuses an outcome before the interview time, twice, or for a cancelled interview', () => {
    expect(outcomeRefusal(InterviewStatus.SCHEDULED, startsAt, new Date('2026-02-10T08:59:00Z'))?.message).toMatch(
      /pas encore eu lieu/,
    );
    expect(outcomeRefusal(InterviewStatus.HELD, startsAt, startsAt)?.message).toMatch(/déjà enregistré \(réalisé\)/);
    expect(outcomeRefusal(InterviewStatus.CANCELLED, startsAt, startsAt)?.message).toMatch(/annulé/);
  });
});

describe(changeRefusal.name, () => {
  it('lets only a scheduled interview move or be cancelled', () => {
    expect(changeRefusal(InterviewStatus.SCHEDULED, 'reschedule')).toBeNull();
    expect(changeRefusal(InterviewStatus.HELD, 'cancel')?.message).toBe(
      'Cet entretien est réalisé : il ne peut plus être annulé.',
    );
    expect(changeRefusal(InterviewStatus.CANCELLED, 'reschedule')?.message).toBe(
      'Cet entretien est annulé : il ne peut plus être déplacé.',
    );
  });
});
