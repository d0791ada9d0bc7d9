import { MAX_LEVEL, MIN_LEVEL, isLevel } from './competency-level';
import { Problem } from './problems';

export const MAX_COMPETENCIES_PER_ATTESTATION = 15;
export const COMMENT_MAX_LENGTH = 280;
export const ATTESTOR_NAME_MAX_LENGTH = 120;
export const ATTESTOR_ROLE_MAX_LENGTH = 120;

export interface AttestedCompetencyDraft {
  competencyCode: string;
  level: number;
  comment?: string | null;
}

export interface AttestationDraft {
  attestorName: string;
  attestorRole: string;
  competencies: AttestedCompetencyDraft[];
}

const trimmed = (text: string | null | undefined) => text?.trim() ?? '';

/**
 * Checks an attestation against the referential (`knownCodes`): every competency known, once,
 * at a level from 1 (découverte) to 3 (maîtrise), with a short comment, and the attestor named.
 */
export function attestationProblems(draft: AttestationDraft, knownCodes: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  const name = trimmed(draft.attestorName);
  if (name.length < 2 || name.length > ATTESTOR_NAME_MAX_LENGTH) {
    problems.push({
      field: 'attestorName',
      message: `doit contenir entre 2 et ${ATTESTOR_NAME_MAX_LENGTH} caractères`,
    });
  }
  const role = trimmed(draft.attestorRole);
  if (role.length < 2 || role.length > ATTESTOR_ROLE_MAX_LENGTH) {
    problems.push({
      field: 'attestorRole',
      message: `doit contenir entre 2 et ${ATTESTOR_ROLE_MAX_LENGTH} caractères`,
    });
  }
  if (draft.competencies.length === 0) {
    problems.push({ field: 'competencies', message: 'doit contenir au moins une compétence' });
  } else if (draft.competencies.length > MAX_COMPETENCIES_PER_ATTESTATION) {
    problems.push({
      field: 'competencies',
      message: `doit contenir au plus ${MAX_COMPETENCIES_PER_ATTESTATION} compétences`,
    });
  }
  const seen = new Set<string>();
  draft.competencies.forEach((competency, index) => {
    const at = `competencies.${index}`;
    if (!knownCodes.has(competency.competencyCode)) {
      problems.push({ field: `${at}.competencyCode`, message: `compétence inconnue : ${competency.competencyCode}` });
    } else if (seen.has(competency.competencyCode)) {
      problems.push({ field: `${at}.competencyCode`, message: 'cette compétence figure deux fois' });
    }
    seen.add(competency.competencyCode);
    if (!isLevel(competency.level)) {
      problems.push({
        field: `${at}.level`,
        message: `doit valoir ${MIN_LEVEL} (découverte), 2 (pratique) ou ${MAX_LEVEL} (maîtrise)`,
      });
    }
    if (trimmed(competency.comment).length > COMMENT_MAX_LENGTH) {
      problems.push({ field: `${at}.comment`, message: `doit contenir au plus ${COMMENT_MAX_LENGTH} caractères` });
    }
  });
  return problems;
}

/** The draft as stored: trimmed texts, empty comments as null. */
export function normalizeAttestation(draft: AttestationDraft): AttestationDraft {
  return {
    attestorName: trimmed(draft.attestorName),
    attestorRole: trimmed(draft.attestorRole),
    competencies: draft.competencies.map((c) => ({
      competencyCode: c.competencyCode,
      level: c.level,
      comment: trimmed(c.comment) || null,
    })),
  };
}
