import { LocalDate } from '@tremplin/beneficiaries';
import { CompetencyLevel, LEVEL_LABELS, isLevel } from './competency-level';
import { EngagementStatus } from './engagement-status';

/** One competency attested in one attestation (a row of `competency_attestation` with its attestation). */
export interface AttestedCompetencyFact {
  attestationId: string;
  engagementId: string;
  attestedAt: Date;
  attestorName: string;
  attestorRole: string;
  competencyCode: string;
  competencyLabel: string;
  level: number;
  comment: string | null;
}

/** The mission behind an engagement, as the passport prints it. */
export interface EngagementFact {
  engagementId: string;
  missionTitle: string;
  hostName: string;
  hostCommune: string | null;
  status: EngagementStatus;
  startDate: LocalDate;
  endDate: LocalDate | null;
  plannedHours: number;
  hoursDone: number | null;
}

export interface PassportCompetency {
  code: string;
  label: string;
  level: CompetencyLevel;
  levelLabel: string;
  comment: string | null;
}

export interface PassportAttestor {
  name: string;
  role: string;
  attestedAt: Date;
}

export interface PassportEntry {
  engagementId: string;
  missionTitle: string;
  hostName: string;
  hostCommune: string | null;
  status: EngagementStatus;
  startDate: LocalDate;
  endDate: LocalDate | null;
  hoursDone: number | null;
  plannedHours: number;
  competencies: PassportCompetency[];
  attestors: PassportAttestor[];
}

/**
 * The passport's entries: one per mission with at least one attestation, oldest mission first.
 * When the host attested a competency twice for the same mission (mid-way, then at the end),
 * the latest attestation gives its level and comment. Competencies keep the referential order.
 */
export function buildPassportEntries(
  engagements: readonly EngagementFact[],
  facts: readonly AttestedCompetencyFact[],
  competencyOrder: ReadonlyMap<string, number> = new Map(),
): PassportEntry[] {
  const byEngagement = new Map<string, AttestedCompetencyFact[]>();
  for (const fact of facts) {
    const list = byEngagement.get(fact.engagementId) ?? [];
    list.push(fact);
    byEngagement.set(fact.engagementId, list);
  }
  const entries: PassportEntry[] = [];
  for (const engagement of engagements) {
    const own = byEngagement.get(engagement.engagementId);
    if (!own?.length) continue;
    const chronological = [...own].sort(
      (a, b) => a.attestedAt.getTime() - b.attestedAt.getTime() || a.attestationId.localeCompare(b.attestationId),
    );
    const latest = new Map<string, AttestedCompetencyFact>();
    const attestors = new Map<string, PassportAttestor>();
    for (const fact of chronological) {
      latest.set(fact.competencyCode, fact);
      attestors.set(fact.attestationId, {
        name: fact.attestorName,
        role: fact.attestorRole,
        attestedAt: fact.attestedAt,
      });
    }
    const rank = (code: string) => competencyOrder.get(code) ?? Number.MAX_SAFE_INTEGER;
    const competencies = [...latest.values()]
      .filter((fact) => isLevel(fact.level))
      .sort(
        (a, b) => rank(a.competencyCode) - rank(b.competencyCode) || a.competencyCode.localeCompare(b.competencyCode),
      )
      .map((fact) => ({
        code: fact.competencyCode,
        label: fact.competencyLabel,
        level: fact.level as CompetencyLevel,
        levelLabel: LEVEL_LABELS[fact.level as CompetencyLevel],
        comment: fact.comment,
      }));
    entries.push({
      engagementId: engagement.engagementId,
      missionTitle: engagement.missionTitle,
      hostName: engagement.hostName,
      hostCommune: engagement.hostCommune,
      status: engagement.status,
      startDate: engagement.startDate,
      endDate: engagement.endDate,
      hoursDone: engagement.hoursDone,
      plannedHours: engagement.plannedHours,
      competencies,
      // One line per attestor: the same person attesting twice appears once, with the latest date.
      attestors: dedupeAttestors([...attestors.values()]),
    });
  }
  return entries.sort((a, b) => a.startDate.localeCompare(b.startDate) || a.engagementId.localeCompare(b.engagementId));
}

function dedupeAttestors(attestors: PassportAttestor[]): PassportAttestor[] {
  const byPerson = new Map<string, PassportAttestor>();
  for (const attestor of attestors) byPerson.set(`${attestor.name}\u0000${attestor.role}`, attestor);
  return [...byPerson.values()];
}

/** The set of attestations a verification code vouches for: sorted, so that equal sets compare equal. */
export function attestationSet(attestationIds: Iterable<string>): string[] {
  return [...new Set(attestationIds)].sort();
}
