import type { Mission } from '../mission.entity';

/**
 * Columns whose change does not send a published mission back to moderation: the number of
 * places (the association adjusts it as volunteers come and go) and the welcome contact (a
 * change of staff). Everything else a volunteer reads — text, place, schedule, requirements,
 * competencies — is substantive: a moderator checks it again before referents see it.
 */
export const NON_SUBSTANTIVE_FIELDS: ReadonlySet<keyof Mission> = new Set<keyof Mission>([
  'places',
  'welcomeContactName',
  'welcomeContactEmail',
  'welcomeContactPhone',
]);

export function isSubstantiveChange(changed: ReadonlySet<keyof Mission>): boolean {
  return [...changed].some((field) => !NON_SUBSTANTIVE_FIELDS.has(field));
}

/** French names of the fields, for the moderation log (« Modifiée : titre, horaires »). */
export const MISSION_FIELD_LABELS: Partial<Record<keyof Mission, string>> = {
  title: 'titre',
  summary: 'résumé',
  description: 'description',
  runningOrder: 'déroulé',
  objectives: 'objectifs',
  suitedProfiles: 'profils',
  followUps: 'suites possibles',
  domainCode: 'domaine',
  competencyCodes: 'compétences',
  communeCode: 'commune',
  territoryId: 'territoire',
  address: 'adresse',
  latitude: 'coordonnées',
  longitude: 'coordonnées',
  weeklySlots: 'créneaux',
  startDate: 'dates',
  endDate: 'dates',
  hoursPerWeek: 'heures par semaine',
  durationWeeks: 'durée',
  places: 'places',
  drivingLicenceRequired: 'permis',
  minimumAge: 'âge minimum',
  frenchLevel: 'niveau de français',
  physicalEffort: 'effort physique',
  stepFreeAccess: 'accessibilité',
  publicTransport: 'transports en commun',
  remote: 'à distance',
  welcomeContactName: 'contact d’accueil',
  welcomeContactEmail: 'contact d’accueil',
  welcomeContactPhone: 'contact d’accueil',
};

/** « titre, coordonnées, dates » (each label once, in field order). */
export function describeChangedFields(changed: ReadonlySet<keyof Mission>): string {
  const labels = [...changed].map((field) => MISSION_FIELD_LABELS[field] ?? String(field));
  return [...new Set(labels)].join(', ');
}
