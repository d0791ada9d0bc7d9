// The « Diagnostic et orientation » forms: a diagnostic as the form holds it (one line per kind of
// barrier, ticked or not) to recordDiagnostic's input, the orientation decision, and which
// decision the file allows now — the rules of libs/orientation/src/domain/orientation-rules.ts and
// the checks of its DTOs, in the same words. Pure, unit-tested.
import type {
  BarrierKind,
  BarrierLevel,
  OrientationPathway,
  OrientationStatus,
  RecordDiagnosticInput,
} from '../../gql/graphql';
import type { FieldMessages } from '../../lib/api-errors';
import { BARRIER_KINDS } from './person-file-labels';

export interface BarrierDraft {
  selected: boolean;
  level: BarrierLevel;
  note: string;
}

export interface DiagnosticDraft {
  barriers: Record<BarrierKind, BarrierDraft>;
  strengths: string;
  notes: string;
  proposedPathway: OrientationPathway | null;
}

export function blankDiagnostic(): DiagnosticDraft {
  return {
    barriers: Object.fromEntries(
      BARRIER_KINDS.map((kind) => [kind, { selected: false, level: 'MEDIUM', note: '' }]),
    ) as Record<BarrierKind, BarrierDraft>,
    strengths: '',
    notes: '',
    proposedPathway: null,
  };
}

const tooLong = (value: string, max: number) =>
  value.trim().length > max ? `doit contenir au plus ${max} caractères` : null;

/** Keys as the server names its fields: `proposedPathway`, `notes`, `barriers.HEALTH.note`. */
export function diagnosticProblems(draft: DiagnosticDraft): FieldMessages {
  const problems: FieldMessages = {};
  if (!draft.proposedPathway) problems.proposedPathway = 'Choisissez le parcours proposé.';
  const strengths = tooLong(draft.strengths, 2000);
  if (strengths) problems.strengths = strengths;
  const notes = tooLong(draft.notes, 4000);
  if (notes) problems.notes = notes;
  for (const kind of BARRIER_KINDS) {
    const barrier = draft.barriers[kind];
    const note = barrier.selected ? tooLong(barrier.note, 2000) : null;
    if (note) problems[`barriers.${kind}.note`] = note;
  }
  return problems;
}

/** recordDiagnostic's input: the ticked barriers only, in the referential's order; empty texts left out. */
export function diagnosticInputOf(beneficiaryId: string, draft: DiagnosticDraft): RecordDiagnosticInput {
  if (!draft.proposedPathway)
    throw new Error('diagnosticInputOf: no proposed pathway (check diagnosticProblems first)');
  return {
    beneficiaryId,
    barriers: BARRIER_KINDS.filter((kind) => draft.barriers[kind].selected).map((kind) => ({
      kind,
      level: draft.barriers[kind].level,
      note: draft.barriers[kind].note.trim() || null,
    })),
    strengths: draft.strengths.trim() || null,
    notes: draft.notes.trim() || null,
    proposedPathway: draft.proposedPathway,
  };
}

/**
 * The server reports a barrier's field by its place in the list it received (`barriers.0.note`);
 * the form names it by kind. Maps one to the other with the list that was sent.
 */
export function barrierFieldsByKind(fields: FieldMessages, sent: RecordDiagnosticInput): FieldMessages {
  const mapped: FieldMessages = {};
  for (const [field, message] of Object.entries(fields)) {
    const match = /^barriers\.(\d+)\.(.+)$/.exec(field);
    const kind = match ? sent.barriers[Number(match[1])]?.kind : undefined;
    mapped[kind && match ? `barriers.${kind}.${match[2]}` : field] = message;
  }
  return mapped;
}

export interface OrientationDraft {
  pathway: OrientationPathway | null;
  organism: string;
  referentId: string | null;
  reason: string;
}

export function orientationProblems(draft: OrientationDraft, isReorientation: boolean): FieldMessages {
  const problems: FieldMessages = {};
  if (!draft.pathway) problems.pathway = 'Choisissez le parcours.';
  const organism = draft.organism.trim();
  if (organism.length < 2 || organism.length > 150) problems.organism = 'doit contenir entre 2 et 150 caractères';
  if (!draft.referentId) problems.referentId = 'Choisissez le référent unique.';
  if (isReorientation) {
    const reason = draft.reason.trim();
    if (reason.length < 5) problems.reason = 'doit contenir au moins 5 caractères';
    else if (reason.length > 2000) problems.reason = 'doit contenir au plus 2000 caractères';
  }
  return problems;
}

export interface FileForDecision {
  status: string;
  orientationStatus: OrientationStatus;
  /** ISO date-times. */
  latestDiagnosticAt: string | null;
  currentOrientationAt: string | null;
}

export type Decision =
  | { kind: 'inactive' }
  | { kind: 'diagnostic-first' }
  | { kind: 'orient' }
  | { kind: 'new-diagnostic-first' }
  | { kind: 'reorient' };

/** Which decision the file allows now (the server's orientationRefusal / reorientationRefusal). */
export function decisionFor(file: FileForDecision): Decision {
  if (file.status !== 'ACTIVE') return { kind: 'inactive' };
  if (file.orientationStatus !== 'ORIENTED' && !file.currentOrientationAt) {
    return file.latestDiagnosticAt ? { kind: 'orient' } : { kind: 'diagnostic-first' };
  }
  if (
    !file.currentOrientationAt ||
    !file.latestDiagnosticAt ||
    Date.parse(file.latestDiagnosticAt) <= Date.parse(file.currentOrientationAt)
  ) {
    return { kind: 'new-diagnostic-first' };
  }
  return { kind: 'reorient' };
}
