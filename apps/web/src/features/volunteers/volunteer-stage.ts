// Where each person who accepted one of the association's missions stands, from what the API lets
// an association see: the accepted proposal, its tripartite interview, the engagement and its
// attestations. Pure, so that the page and the home page agree (and the rules are unit-tested).
import { formatDate, formatDateTime } from '../../lib/format';

export type InterviewState = 'SCHEDULED' | 'HELD' | 'NO_SHOW' | 'EXCUSED' | 'CANCELLED';
export type EngagementState = 'ACTIVE' | 'COMPLETED' | 'ABANDONED' | 'WITHDRAWN';

export interface ProposalFact {
  id: string;
  missionId: string;
}

export interface InterviewFact {
  id: string;
  proposalId: string;
  status: InterviewState;
  startsAt: string;
}

export interface EngagementFact {
  id: string;
  proposalId: string;
  status: EngagementState;
  attestationCount: number;
}

/**
 * The stages, in the order of the journey:
 * - `interview-to-plan`: accepted, no interview booked yet (France Bénévolat books it);
 * - `interview-planned`: the interview is booked;
 * - `interview-missed`: the person did not come or excused themselves (a new interview may follow);
 * - `to-start`: the interview was held, the mission is to be started (the association may do it);
 * - `active`: the mission is under way;
 * - `to-attest`: the mission ended (or is under way long enough) and no competency was attested;
 * - `attested`: competencies attested, the passport can be issued;
 * - `withdrawn`: the mission did not take place.
 */
export type VolunteerStage =
  | 'interview-to-plan'
  | 'interview-planned'
  | 'interview-missed'
  | 'to-start'
  | 'active'
  | 'to-attest'
  | 'attested'
  | 'withdrawn';

export const STAGE_LABELS: Record<VolunteerStage, string> = {
  'interview-to-plan': 'Entretien tripartite à planifier par France Bénévolat',
  'interview-planned': 'Entretien tripartite prévu',
  'interview-missed': 'Entretien tripartite non réalisé',
  'to-start': 'Entretien réalisé : mission à démarrer',
  active: 'Mission en cours',
  'to-attest': 'Compétences à attester',
  attested: 'Compétences attestées',
  withdrawn: 'Mission annulée',
};

export const STAGE_TONES: Record<VolunteerStage, 'success' | 'warning' | 'danger' | 'neutral' | undefined> = {
  'interview-to-plan': 'neutral',
  'interview-planned': undefined,
  'interview-missed': 'danger',
  'to-start': 'warning',
  active: 'success',
  'to-attest': 'warning',
  attested: 'success',
  withdrawn: 'neutral',
};

/** The stages that need something from the association. */
export const ACTION_STAGES: readonly VolunteerStage[] = ['to-start', 'to-attest'];

/** The interview that counts for a proposal: the latest one not cancelled, else the latest. */
export function currentInterview<I extends InterviewFact>(interviews: readonly I[]): I | null {
  if (interviews.length === 0) return null;
  const byDate = [...interviews].sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  return byDate.find((interview) => interview.status !== 'CANCELLED') ?? byDate[0];
}

export function stageOf(interview: InterviewFact | null, engagement: EngagementFact | null): VolunteerStage {
  if (engagement) {
    if (engagement.status === 'WITHDRAWN') return 'withdrawn';
    if (engagement.attestationCount > 0) return 'attested';
    return engagement.status === 'ACTIVE' ? 'active' : 'to-attest';
  }
  if (!interview || interview.status === 'CANCELLED') return 'interview-to-plan';
  if (interview.status === 'SCHEDULED') return 'interview-planned';
  if (interview.status === 'HELD') return 'to-start';
  return 'interview-missed';
}

export interface VolunteerRow<P extends ProposalFact, I extends InterviewFact, E extends EngagementFact> {
  proposal: P;
  interview: I | null;
  engagement: E | null;
  stage: VolunteerStage;
}

/**
 * One row per accepted proposal, with its interview and engagement; the rows that need the
 * association first (to start, to attest), then the others in the order of the journey.
 */
export function volunteerRows<P extends ProposalFact, I extends InterviewFact, E extends EngagementFact>(
  proposals: readonly P[],
  interviews: readonly I[],
  engagements: readonly E[],
): VolunteerRow<P, I, E>[] {
  const rows = proposals.map((proposal) => {
    const interview = currentInterview(interviews.filter((i) => i.proposalId === proposal.id));
    // A proposal has at most one engagement that is not withdrawn; prefer it.
    const own = engagements.filter((e) => e.proposalId === proposal.id);
    const engagement = own.find((e) => e.status !== 'WITHDRAWN') ?? own[0] ?? null;
    return { proposal, interview, engagement, stage: stageOf(interview, engagement) };
  });
  const order = (stage: VolunteerStage) =>
    ACTION_STAGES.includes(stage) ? ACTION_STAGES.indexOf(stage) : 10 + Object.keys(STAGE_LABELS).indexOf(stage);
  return rows.sort((a, b) => order(a.stage) - order(b.stage));
}

/** How many rows are at each stage (every stage present, 0 when none). */
export function stageCounts(stages: readonly VolunteerStage[]): Record<VolunteerStage, number> {
  const counts = Object.fromEntries(Object.keys(STAGE_LABELS).map((stage) => [stage, 0])) as Record<
    VolunteerStage,
    number
  >;
  for (const stage of stages) counts[stage] += 1;
  return counts;
}

/** What the association reads of an interview's history: booked, moved (SEQUENCE > 0), cancelled. */
export interface InterviewNoteFact {
  status: InterviewState;
  startsAt: string;
  /** Incremented at each move and at the cancellation. */
  sequence: number;
  /** When the current date was set (booking or last move). */
  scheduledAt: string;
  cancelledAt?: string | null;
}

/**
 * The line of the volunteers list about the person's interview, so that the association sees what
 * its emails told it: « fixé le … », « déplacé le … », « annulé le … ».
 */
export function interviewNote(interview: InterviewNoteFact): string {
  const when = formatDateTime(interview.startsAt);
  switch (interview.status) {
    case 'SCHEDULED':
      return interview.sequence > 0
        ? `Entretien tripartite : ${when} (date déplacée le ${formatDate(interview.scheduledAt)})`
        : `Entretien tripartite : ${when} (fixé le ${formatDate(interview.scheduledAt)})`;
    case 'CANCELLED':
      return `Entretien tripartite du ${when} annulé le ${formatDate(interview.cancelledAt ?? interview.scheduledAt)} : un nouveau rendez-vous reste à fixer.`;
    case 'NO_SHOW':
      return `Entretien tripartite : ${when} (la personne ne s’est pas présentée)`;
    case 'EXCUSED':
      return `Entretien tripartite : ${when} (la personne s’est excusée)`;
    case 'HELD':
      return `Entretien tripartite : ${when}`;
  }
}
