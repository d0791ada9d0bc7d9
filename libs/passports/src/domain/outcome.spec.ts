import { ContractType, OutcomeKind, outcomeProblems, outcomeSummary } from './outcome';

const context = { interviewDate: '2026-03-10', today: '2026-06-15' };

describe('outcomeProblems', () => {
  it('accepts a job with its contract type after the interview', () => {
    expect(
      outcomeProblems(
        { kind: OutcomeKind.JOB, contractType: ContractType.CDD, startDate: '2026-07-01', endDate: '2026-12-31' },
        context,
      ),
    ).toEqual([]);
    expect(outcomeProblems({ kind: OutcomeKind.TRAINING, startDate: '2026-03-10' }, context)).toEqual([]);
    expect(outcomeProblems({ kind: OutcomeKind.NOTHING_YET, startDate: '2026-06-15' }, context)).toEqual([]);
  });

  it('refuses an outcome dated before the interview', () => {
    expect(outcomeProblems({ kind: OutcomeKind.TRAINING, startDate: '2026-03-09' }, context)).toEqual([
      { field: 'startDate', message: "ne peut pas précéder l'entretien tripartite du 10/03/2026" },
    ]);
  });

  it('requires a contract type for a job, and only for a job', () => {
    expect(outcomeProblems({ kind: OutcomeKind.JOB, startDate: '2026-07-01' }, context).map((p) => p.field)).toEqual([
      'contractType',
    ]);
    expect(
      outcomeProblems(
        { kind: OutcomeKind.ANOTHER_MISSION, contractType: ContractType.CDI, startDate: '2026-07-01' },
        context,
      ).map((p) => p.field),
    ).toEqual(['contractType']);
  });

  it('checks the end date', () => {
    const fields = (draft: Parameters<typeof outcomeProblems>[0]) =>
      outcomeProblems(draft, context).map((p) => p.field);
    expect(fields({ kind: OutcomeKind.TRAINING, startDate: '2026-07-01', endDate: '2026-06-30' })).toEqual(['endDate']);
    expect(
      fields({ kind: OutcomeKind.JOB, contractType: ContractType.CDI, startDate: '2026-07-01', endDate: '2027-01-01' }),
    ).toEqual(['endDate']);
    expect(fields({ kind: OutcomeKind.NOTHING_YET, startDate: '2026-06-01', endDate: '2026-06-02' })).toEqual([
      'endDate',
    ]);
  });

  it('refuses a future observation, or a start more than a year ahead', () => {
    expect(outcomeProblems({ kind: OutcomeKind.NOTHING_YET, startDate: '2026-06-16' }, context)).toHaveLength(1);
    expect(outcomeProblems({ kind: OutcomeKind.TRAINING, startDate: '2027-06-16' }, context)).toHaveLength(1);
    expect(outcomeProblems({ kind: OutcomeKind.TRAINING, startDate: '2027-06-15' }, context)).toEqual([]);
  });
});

describe('outcomeSummary', () => {
  it('writes a French line for each kind', () => {
    expect(
      outcomeSummary(
        {
          kind: OutcomeKind.JOB,
          contractType: ContractType.INTERIM,
          startDate: '2026-07-01',
          endDate: '2026-08-31',
          detail: 'Préparateur de commandes',
        },
        'Épicerie solidaire',
      ),
    ).toBe(
      'Suite de la mission « Épicerie solidaire » : emploi en intérim du 01/07/2026 au 31/08/2026 — Préparateur de commandes.',
    );
    expect(
      outcomeSummary({ kind: OutcomeKind.JOB, contractType: ContractType.CDI, startDate: '2026-07-01' }, 'M'),
    ).toBe('Suite de la mission « M » : emploi en CDI à partir du 01/07/2026.');
    expect(outcomeSummary({ kind: OutcomeKind.NOTHING_YET, startDate: '2026-06-15' }, 'M')).toBe(
      'Suite de la mission « M » : pas encore de suite au 15/06/2026.',
    );
  });
});
