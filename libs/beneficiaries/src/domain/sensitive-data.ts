/** The kinds of sensitive data whose every read is recorded in the access log. */
export enum SensitiveDataKind {
  /** Barriers of a diagnostic (« freins périphériques »: health, housing, finances…) with their notes. */
  DIAGNOSTIC_BARRIERS = 'DIAGNOSTIC_BARRIERS',
  /** Free notes of a diagnostic. */
  DIAGNOSTIC_NOTES = 'DIAGNOSTIC_NOTES',
  /** Reason given for a re-orientation (often about health or the family). */
  REORIENTATION_REASON = 'REORIENTATION_REASON',
  /** A logbook entry marked confidential. */
  CONFIDENTIAL_NOTE = 'CONFIDENTIAL_NOTE',
  /** An export of everything held about the person (right of access): sensitive data included. */
  PERSONAL_DATA_EXPORT = 'PERSONAL_DATA_EXPORT',
}

export const SENSITIVE_DATA_KIND_LABELS: Record<SensitiveDataKind, string> = {
  DIAGNOSTIC_BARRIERS: 'freins identifiés lors du diagnostic',
  DIAGNOSTIC_NOTES: 'notes du diagnostic',
  REORIENTATION_REASON: 'motif de réorientation',
  CONFIDENTIAL_NOTE: 'note confidentielle du carnet de bord',
  PERSONAL_DATA_EXPORT: 'export de toutes les données de la personne (droit d’accès)',
};
