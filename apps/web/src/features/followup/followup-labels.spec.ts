import {
  hasEndDate,
  outcomeFormProblems,
  outcomeInputOf,
  outcomeSentence,
  type OutcomeFormValues,
} from './followup-labels';

const JOB: OutcomeFormValues = {
  engagementId: 'e1',
  kind: 'JOB',
  contractType: 'CDD',
  startDate: '2026-04-01',
  endDate: '2026-09-30',
  detail: '  Boulangerie Martin ',
};

describe('outcomeFormProblems', () => {
  it('accepts a complete job', () => {
    expect(outcomeFormProblems(JOB)).toEqual({});
  });

  it('asks for the mission, the kind and the start date, and a contract for a job', () => {
    expect(
      outcomeFormProblems({ ...JOB, engagementId: null, kind: null, startDate: null, contractType: null }),
    ).toEqual({
      engagementId: 'Choisissez la mission dont c’est la suite.',
      kind: 'Choisissez ce qui a suivi la mission.',
      startDate: 'Ce champ est obligatoire.',
    });
    expect(outcomeFormProblems({ ...JOB, contractType: null })).toEqual({
      contractType: 'Choisissez le type de contrat.',
    });
  });

  it('refuses an end before the start, and a detail longer than 200 characters', () => {
    expect(outcomeFormProblems({ ...JOB, endDate: '2026-03-31' }).endDate).toBe(
      'La date de fin ne peut pas précéder la date de début.',
    );
    expect(outcomeFormProblems({ ...JOB, detail: 'x'.repeat(201) }).detail).toBe('200 caractères au plus.');
  });
});

describe('outcomeInputOf', () => {
  it('trims the detail and keeps the contract and end date of a fixed-term job', () => {
    expect(outcomeInputOf(JOB)).toEqual({
      engagementId: 'e1',
      kind: 'JOB',
      contractType: 'CDD',
      startDate: '2026-04-01',
      endDate: '2026-09-30',
      detail: 'Boulangerie Martin',
    });
  });

  it('leaves out what does not apply: the contract of a training, the end of a CDI or of an observation', () => {
    expect(outcomeInputOf({ ...JOB, kind: 'TRAINING', detail: '' })).toEqual({
      engagementId: 'e1',
      kind: 'TRAINING',
      startDate: '2026-04-01',
      endDate: '2026-09-30',
    });
    expect(outcomeInputOf({ ...JOB, contractType: 'CDI' }).endDate).toBeUndefined();
    expect(outcomeInputOf({ ...JOB, kind: 'NOTHING_YET' }).endDate).toBeUndefined();
    expect(hasEndDate('JOB', 'CDI')).toBe(false);
    expect(hasEndDate('TRAINING', null)).toBe(true);
  });
});

describe('outcomeSentence', () => {
  it('says the outcome in French with its dates', () => {
    expect(
      outcomeSentence({
        kind: 'JOB',
        contractType: 'CDD',
        startDate: '2026-04-01',
        endDate: '2026-09-30',
        detail: 'Boulangerie Martin',
      }),
    ).toBe('Emploi en CDD du 1 avril 2026 au 30 septembre 2026 — Boulangerie Martin');
    expect(outcomeSentence({ kind: 'NOTHING_YET', startDate: '2026-04-01' })).toBe(
      'Pas encore de suite au 1 avril 2026',
    );
    expect(outcomeSentence({ kind: 'TRAINING', startDate: '2026-04-01' })).toBe('Formation à partir du 1 avril 2026');
  });
});
