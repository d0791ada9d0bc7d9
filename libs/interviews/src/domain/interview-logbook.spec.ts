import { cancelledSummary, outcomeSummary, rescheduledSummary, scheduledSummary } from './interview-logbook';
import { InterviewOutcome } from './interview-status';
import { formatPeriodFr } from './paris-time';

// Tuesday 3 February 2026, 10:00–11:00 in Paris (UTC+1).
const interview = {
  startsAt: new Date('2026-02-03T09:00:00Z'),
  endsAt: new Date('2026-02-03T10:00:00Z'),
  placeLabel: 'France Bénévolat, Bourg-en-Bresse',
};
const when = formatPeriodFr(interview.startsAt, interview.endsAt);

describe('interview entries of the carnet de bord', () => {
  it('says when, where and for which mission, and who chose the slot', () => {
    expect(when).toContain('10 h');
    expect(scheduledSummary(interview, 'Épicerie solidaire', false)).toBe(
      `Entretien tripartite planifié le ${when} (France Bénévolat, Bourg-en-Bresse) pour la mission « Épicerie solidaire ».`,
    );
    expect(scheduledSummary(interview, 'Épicerie solidaire', true)).toMatch(/, choisi par la personne\.$/);
  });

  it('says from when to when an interview moved, and why it was cancelled', () => {
    const previous = { startsAt: new Date('2026-02-02T09:00:00Z'), endsAt: new Date('2026-02-02T10:00:00Z') };
    expect(rescheduledSummary(previous, interview)).toBe(
      `Entretien tripartite déplacé du ${formatPeriodFr(previous.startsAt, previous.endsAt)} au ${when} (France Bénévolat, Bourg-en-Bresse).`,
    );
    expect(cancelledSummary(interview, 'La personne a trouvé un emploi')).toBe(
      `Entretien tripartite du ${when} annulé. Motif : La personne a trouvé un emploi`,
    );
  });

  it('words each outcome', () => {
    expect(outcomeSummary(InterviewOutcome.HELD, interview)).toBe(
      `Entretien tripartite réalisé le ${when} (France Bénévolat, Bourg-en-Bresse).`,
    );
    expect(outcomeSummary(InterviewOutcome.NO_SHOW, interview)).toContain('ne s’est pas présentée');
    expect(outcomeSummary(InterviewOutcome.EXCUSED, interview)).toContain('était excusée');
  });
});
