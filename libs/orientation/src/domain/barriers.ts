/** « Freins périphériques » identified by the diagnostic. Sensitive: referent and admin only, reads logged. */
export enum BarrierKind {
  MOBILITY = 'MOBILITY',
  HOUSING = 'HOUSING',
  HEALTH = 'HEALTH',
  CHILDCARE = 'CHILDCARE',
  LANGUAGE = 'LANGUAGE',
  LITERACY = 'LITERACY',
  DIGITAL = 'DIGITAL',
  FINANCES = 'FINANCES',
  ADMINISTRATIVE = 'ADMINISTRATIVE',
}

export const BARRIER_KIND_LABELS: Record<BarrierKind, string> = {
  MOBILITY: 'mobilité',
  HOUSING: 'logement',
  HEALTH: 'santé',
  CHILDCARE: 'garde d’enfants',
  LANGUAGE: 'maîtrise du français',
  LITERACY: 'lecture et écriture',
  DIGITAL: 'usages numériques',
  FINANCES: 'difficultés financières',
  ADMINISTRATIVE: 'démarches administratives',
};

export enum BarrierLevel {
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
}

export const BARRIER_LEVEL_LABELS: Record<BarrierLevel, string> = {
  LOW: 'léger',
  MEDIUM: 'modéré',
  HIGH: 'important',
};
