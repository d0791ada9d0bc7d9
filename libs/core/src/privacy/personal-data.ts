/**
 * The categories of personal data of the register of processing (`docs/registre-des-traitements.md`).
 * Each entity column that holds personal data carries `@PersonalData(category)`; a test checks
 * the register against these marks, both ways.
 */
export enum PersonalDataCategory {
  IDENTITY = 'IDENTITY',
  CONTACT = 'CONTACT',
  RESIDENCE = 'RESIDENCE',
  SOCIAL_SITUATION = 'SOCIAL_SITUATION',
  PROFILE = 'PROFILE',
  CONSENT = 'CONSENT',
  HEALTH_AND_BARRIERS = 'HEALTH_AND_BARRIERS',
  FREE_TEXT = 'FREE_TEXT',
  JOURNEY = 'JOURNEY',
  COMPETENCIES = 'COMPETENCIES',
  MESSAGES = 'MESSAGES',
  TRACES = 'TRACES',
  STAFF = 'STAFF',
  EXPORT_FILES = 'EXPORT_FILES',
}

export const PERSONAL_DATA_CATEGORY_LABELS: Record<PersonalDataCategory, string> = {
  IDENTITY: 'Identité',
  CONTACT: 'Coordonnées',
  RESIDENCE: 'Lieu de résidence',
  SOCIAL_SITUATION: 'Situation au regard du RSA et orientation',
  PROFILE: 'Profil pour les propositions de mission',
  CONSENT: 'Accord pour le bénévolat',
  HEALTH_AND_BARRIERS: 'Freins et santé (données sensibles)',
  FREE_TEXT: 'Textes libres',
  JOURNEY: 'Parcours bénévole',
  COMPETENCIES: 'Compétences attestées et passeport',
  MESSAGES: 'E-mails envoyés',
  TRACES: 'Traces',
  STAFF: 'Personnel et contacts des structures',
  EXPORT_FILES: 'Fichiers d’export (droit d’accès)',
};

const MARKS = new Map<object, Map<string, PersonalDataCategory>>();

/** Marks an entity column as personal data of `category` (see the register of processing). */
export function PersonalData(category: PersonalDataCategory): PropertyDecorator {
  return (target, property) => {
    const entity = target.constructor;
    const marks = MARKS.get(entity) ?? new Map<string, PersonalDataCategory>();
    marks.set(String(property), category);
    MARKS.set(entity, marks);
  };
}

/** The marked properties of an entity class, with their category. */
export function personalColumnsOf(entity: object): ReadonlyMap<string, PersonalDataCategory> {
  return MARKS.get(entity) ?? new Map();
}
