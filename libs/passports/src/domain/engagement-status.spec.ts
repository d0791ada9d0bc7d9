import {
  EngagementStatus,
  MAX_HOURS_DONE,
  MAX_PLANNED_HOURS,
  attestationRefusal,
  endProblems,
  endRefusal,
  reasonProblems,
  releasesPlace,
  startProblems,
  withdrawalRefusal,
} from './engagement-status';

const { ACTIVE, COMPLETED, ABANDONED, WITHDRAWN } = EngagementStatus;
const ENDS = [COMPLETED, ABANDONED, WITHDRAWN] as const;

describe('endRefusal', () => {
  it.each(ENDS)('lets an active engagement end as %s', (to) => {
    expect(endRefusal(ACTIVE, to)).toBeNull();
  });

  it.each(ENDS.flatMap((from) => ENDS.map((to) => [from, to] as const)))(
    'refuses to move a %s engagement to %s: the ends are final',
    (from, to) => {
      const refusal = endRefusal(from, to);
      expect(refusal?.currentStatus).toBe(from);
      expect(refusal?.message).toMatch(/^Cette mission est déjà/);
    },
  );
});

describe('releasesPlace', () => {
  it('frees the place only when the engagement is withdrawn', () => {
    expect(releasesPlace(WITHDRAWN)).toBe(true);
    expect(releasesPlace(COMPLETED)).toBe(false);
    expect(releasesPlace(ABANDONED)).toBe(false);
    expect(releasesPlace(ACTIVE)).toBe(false);
  });
});

describe('attestationRefusal', () => {
  it('accepts a started, completed or interrupted mission', () => {
    expect(attestationRefusal(ACTIVE, '2026-03-01', '2026-03-01')).toBeNull();
    expect(attestationRefusal(COMPLETED, '2026-01-01', '2026-03-01')).toBeNull();
    expect(attestationRefusal(ABANDONED, '2026-01-01', '2026-03-01')).toBeNull();
  });

  it('refuses a withdrawn mission and one that has not started', () => {
    expect(attestationRefusal(WITHDRAWN, '2026-01-01', '2026-03-01')?.currentStatus).toBe(WITHDRAWN);
    expect(attestationRefusal(ACTIVE, '2026-03-02', '2026-03-01')?.message).toContain('02/03/2026');
  });
});

describe('withdrawalRefusal', () => {
  it('allows withdrawing an active engagement without attestation', () => {
    expect(withdrawalRefusal(ACTIVE, 0)).toBeNull();
  });

  it('refuses once competencies were attested, or once ended', () => {
    expect(withdrawalRefusal(ACTIVE, 1)?.message).toContain('attestées');
    expect(withdrawalRefusal(COMPLETED, 0)?.currentStatus).toBe(COMPLETED);
  });
});

describe('startProblems', () => {
  const base = { interviewDate: '2026-03-10', startDate: '2026-03-16', plannedHours: 40, today: '2026-03-11' };

  it('accepts a start on or after the interview, within a year', () => {
    expect(startProblems(base)).toEqual([]);
    expect(startProblems({ ...base, startDate: '2026-03-10' })).toEqual([]);
    expect(startProblems({ ...base, startDate: '2027-03-11' })).toEqual([]);
  });

  it('refuses a start before the interview, with the interview date', () => {
    expect(startProblems({ ...base, startDate: '2026-03-09' })).toEqual([
      { field: 'startDate', message: "ne peut pas précéder l'entretien tripartite du 10/03/2026" },
    ]);
  });

  it('refuses a start more than a year ahead', () => {
    expect(startProblems({ ...base, startDate: '2027-03-12' }).map((p) => p.field)).toEqual(['startDate']);
  });

  it.each([0, -1, 2.5, MAX_PLANNED_HOURS + 1, Number.NaN])('refuses %p planned hours', (plannedHours) => {
    expect(startProblems({ ...base, plannedHours }).map((p) => p.field)).toEqual(['plannedHours']);
  });
});

describe('endProblems', () => {
  const base = { startDate: '2026-03-16', endDate: '2026-05-29', hoursDone: 38, today: '2026-06-01' };

  it('accepts an end between the start and today', () => {
    expect(endProblems(base, true)).toEqual([]);
    expect(endProblems({ ...base, endDate: '2026-03-16', hoursDone: 0 }, true)).toEqual([]);
    expect(endProblems({ ...base, endDate: '2026-06-01' }, true)).toEqual([]);
  });

  it('refuses an end before the start or in the future', () => {
    expect(endProblems({ ...base, endDate: '2026-03-15' }, true)[0].message).toContain('16/03/2026');
    expect(endProblems({ ...base, endDate: '2026-06-02' }, true)).toEqual([
      { field: 'endDate', message: 'ne peut pas être dans le futur' },
    ]);
  });

  it('requires the hours done for a completion, not for an interruption', () => {
    expect(endProblems({ ...base, hoursDone: null }, true).map((p) => p.field)).toEqual(['hoursDone']);
    expect(endProblems({ ...base, hoursDone: null }, false)).toEqual([]);
  });

  it.each([-1, 1.5, MAX_HOURS_DONE + 1])('refuses %p hours done', (hoursDone) => {
    expect(endProblems({ ...base, hoursDone }, false).map((p) => p.field)).toEqual(['hoursDone']);
  });
});

describe('reasonProblems', () => {
  it('wants between 3 and 500 characters once trimmed', () => {
    expect(reasonProblems('Déménagement')).toEqual([]);
    expect(reasonProblems('  a ')).toHaveLength(1);
    expect(reasonProblems(null)).toHaveLength(1);
    expect(reasonProblems('x'.repeat(501), 'abandonReason')[0].field).toBe('abandonReason');
  });
});
