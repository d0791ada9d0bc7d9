import { stageFilterOf } from './volunteer-filters';
import {
  currentInterview,
  interviewNote,
  stageCounts,
  stageOf,
  volunteerRows,
  type EngagementFact,
  type InterviewFact,
  type InterviewNoteFact,
} from './volunteer-stage';

const interview = (overrides: Partial<InterviewFact> = {}): InterviewFact => ({
  id: 'i1',
  proposalId: 'p1',
  status: 'SCHEDULED',
  startsAt: '2026-03-10T09:00:00.000Z',
  ...overrides,
});

const engagement = (overrides: Partial<EngagementFact> = {}): EngagementFact => ({
  id: 'e1',
  proposalId: 'p1',
  status: 'ACTIVE',
  attestationCount: 0,
  ...overrides,
});

describe(stageOf.name, () => {
  it('follows the journey from the accepted proposal to the attestation', () => {
    expect(stageOf(null, null)).toBe('interview-to-plan');
    expect(stageOf(interview({ status: 'CANCELLED' }), null)).toBe('interview-to-plan');
    expect(stageOf(interview(), null)).toBe('interview-planned');
    expect(stageOf(interview({ status: 'NO_SHOW' }), null)).toBe('interview-missed');
    expect(stageOf(interview({ status: 'HELD' }), null)).toBe('to-start');
    expect(stageOf(interview({ status: 'HELD' }), engagement())).toBe('active');
    expect(stageOf(interview({ status: 'HELD' }), engagement({ status: 'COMPLETED' }))).toBe('to-attest');
    expect(stageOf(interview({ status: 'HELD' }), engagement({ status: 'ABANDONED' }))).toBe('to-attest');
    expect(stageOf(null, engagement({ status: 'COMPLETED', attestationCount: 1 }))).toBe('attested');
    expect(stageOf(null, engagement({ status: 'ACTIVE', attestationCount: 1 }))).toBe('attested');
    expect(stageOf(null, engagement({ status: 'WITHDRAWN' }))).toBe('withdrawn');
  });
});

describe(currentInterview.name, () => {
  it('takes the latest interview that was not cancelled', () => {
    const cancelled = interview({ id: 'late', status: 'CANCELLED', startsAt: '2026-03-20T09:00:00.000Z' });
    const held = interview({ id: 'held', status: 'HELD', startsAt: '2026-03-12T09:00:00.000Z' });
    const missed = interview({ id: 'missed', status: 'NO_SHOW', startsAt: '2026-03-05T09:00:00.000Z' });
    expect(currentInterview([missed, cancelled, held])?.id).toBe('held');
    expect(currentInterview([cancelled])?.id).toBe('late');
    expect(currentInterview([])).toBeNull();
  });
});

describe(volunteerRows.name, () => {
  it('puts what the association must do first, and matches interviews and engagements by proposal', () => {
    const rows = volunteerRows(
      [
        { id: 'planned', missionId: 'm' },
        { id: 'attest', missionId: 'm' },
        { id: 'start', missionId: 'm' },
        { id: 'done', missionId: 'm' },
      ],
      [
        interview({ id: 'a', proposalId: 'planned' }),
        interview({ id: 'b', proposalId: 'start', status: 'HELD' }),
        interview({ id: 'c', proposalId: 'attest', status: 'HELD' }),
      ],
      [
        engagement({ id: 'old', proposalId: 'attest', status: 'WITHDRAWN' }),
        engagement({ id: 'new', proposalId: 'attest', status: 'COMPLETED' }),
        engagement({ id: 'x', proposalId: 'done', status: 'COMPLETED', attestationCount: 2 }),
      ],
    );
    expect(rows.map((row) => [row.proposal.id, row.stage])).toEqual([
      ['start', 'to-start'],
      ['attest', 'to-attest'],
      ['planned', 'interview-planned'],
      ['done', 'attested'],
    ]);
    expect(rows[1].engagement?.id).toBe('new');
    expect(rows[0].interview?.id).toBe('b');
  });
});

describe(stageCounts.name, () => {
  it('counts every stage, zero included', () => {
    const counts = stageCounts(['to-start', 'to-start', 'attested']);
    expect(counts['to-start']).toBe(2);
    expect(counts.attested).toBe(1);
    expect(counts['to-attest']).toBe(0);
  });
});

describe(stageFilterOf.name, () => {
  it('reads the filter of the address, every person otherwise', () => {
    expect(stageFilterOf('a-attester').stages).toEqual(['to-attest']);
    expect(stageFilterOf('a-accueillir').stages).toContain('to-start');
    expect(stageFilterOf(null).stages).toBeNull();
    expect(stageFilterOf('inconnu').slug).toBe('tous');
  });
});

describe(interviewNote.name, () => {
  const fact = (overrides: Partial<InterviewNoteFact> = {}): InterviewNoteFact => ({
    status: 'SCHEDULED',
    startsAt: '2026-03-10T08:00:00.000Z',
    sequence: 0,
    scheduledAt: '2026-03-02T08:00:00.000Z',
    cancelledAt: null,
    ...overrides,
  });

  it('tells the association when the interview was booked, moved or cancelled, in Paris time', () => {
    expect(interviewNote(fact())).toBe('Entretien tripartite : mardi 10 mars 2026 à 09:00 (fixé le 2 mars 2026)');
    expect(interviewNote(fact({ sequence: 1, scheduledAt: '2026-03-04T10:00:00.000Z' }))).toBe(
      'Entretien tripartite : mardi 10 mars 2026 à 09:00 (date déplacée le 4 mars 2026)',
    );
    expect(interviewNote(fact({ status: 'CANCELLED', sequence: 1, cancelledAt: '2026-03-05T22:30:00.000Z' }))).toBe(
      'Entretien tripartite du mardi 10 mars 2026 à 09:00 annulé le 5 mars 2026 : un nouveau rendez-vous reste à fixer.',
    );
    expect(interviewNote(fact({ status: 'NO_SHOW' }))).toBe(
      'Entretien tripartite : mardi 10 mars 2026 à 09:00 (la personne ne s’est pas présentée)',
    );
  });
});
