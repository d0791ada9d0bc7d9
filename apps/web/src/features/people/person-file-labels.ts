// The French words of a person's file: every enum value the API returns has its label here, so
// that none is ever shown as such. Exhaustive records: a new value in the schema fails to compile.
import type {
  BarrierKind,
  BarrierLevel,
  DayPart,
  FrenchLevel,
  LogbookNoteType,
  MobilityMode,
  OrientationPathway,
  OrientationStatus,
  Weekday,
} from '../../gql/graphql';

export const WEEKDAY_LABELS: Record<Weekday, string> = {
  MONDAY: 'Lundi',
  TUESDAY: 'Mardi',
  WEDNESDAY: 'Mercredi',
  THURSDAY: 'Jeudi',
  FRIDAY: 'Vendredi',
  SATURDAY: 'Samedi',
  SUNDAY: 'Dimanche',
};
/** The days in the order of the week (the grid's rows). */
export const WEEKDAYS = Object.keys(WEEKDAY_LABELS) as Weekday[];

export const DAY_PART_LABELS: Record<DayPart, string> = {
  MORNING: 'Matin',
  AFTERNOON: 'Après-midi',
  EVENING: 'Soir',
};
/** The parts of a day in their order (the grid's columns). */
export const DAY_PARTS = Object.keys(DAY_PART_LABELS) as DayPart[];

export const MOBILITY_MODE_LABELS: Record<MobilityMode, string> = {
  WALKING: 'À pied',
  BICYCLE: 'À vélo',
  PUBLIC_TRANSPORT: 'En transports en commun',
  CAR: 'En voiture',
};
export const MOBILITY_MODES = Object.keys(MOBILITY_MODE_LABELS) as MobilityMode[];

export const FRENCH_LEVEL_LABELS: Record<FrenchLevel, string> = {
  A1: 'Quelques mots, des phrases simples (A1)',
  A2: 'Échanges simples du quotidien (A2)',
  B1: 'Se débrouiller dans la plupart des situations (B1)',
  B2: 'Comprendre et s’exprimer avec aisance (B2)',
  C1: 'Autonome (C1)',
  C2: 'Maîtrise (C2)',
};
export const FRENCH_LEVELS = Object.keys(FRENCH_LEVEL_LABELS) as FrenchLevel[];

export const BARRIER_KIND_LABELS: Record<BarrierKind, string> = {
  MOBILITY: 'Mobilité',
  HOUSING: 'Logement',
  HEALTH: 'Santé',
  CHILDCARE: 'Garde d’enfants',
  LANGUAGE: 'Maîtrise du français',
  LITERACY: 'Lecture et écriture',
  DIGITAL: 'Usages numériques',
  FINANCES: 'Difficultés financières',
  ADMINISTRATIVE: 'Démarches administratives',
};
export const BARRIER_KINDS = Object.keys(BARRIER_KIND_LABELS) as BarrierKind[];

export const BARRIER_LEVEL_LABELS: Record<BarrierLevel, string> = {
  LOW: 'Léger',
  MEDIUM: 'Modéré',
  HIGH: 'Important',
};
export const BARRIER_LEVELS = Object.keys(BARRIER_LEVEL_LABELS) as BarrierLevel[];

export const PATHWAY_LABELS: Record<OrientationPathway, string> = {
  SOCIAL: 'Social',
  SOCIO_PROFESSIONAL: 'Socio-professionnel',
  PROFESSIONAL: 'Professionnel',
};
export const PATHWAY_DESCRIPTIONS: Record<OrientationPathway, string> = {
  SOCIAL: 'Lever d’abord les freins : santé, logement, famille.',
  SOCIO_PROFESSIONAL: 'L’emploi et les freins sociaux ensemble.',
  PROFESSIONAL: 'Vers l’emploi, souvent avec France Travail.',
};
export const PATHWAYS = Object.keys(PATHWAY_LABELS) as OrientationPathway[];

export const ORIENTATION_STATUS_LABELS: Record<OrientationStatus, string> = {
  PENDING_DIAGNOSTIC: 'Diagnostic à réaliser',
  PENDING_ORIENTATION: 'Diagnostic réalisé, orientation à décider',
  ORIENTED: 'Orienté(e), avec un référent unique',
};

export const NOTE_TYPE_LABELS: Record<LogbookNoteType, string> = {
  NOTE: 'Simple note',
  APPOINTMENT: 'Entretien ou rendez-vous avec la personne',
  BARRIER_ACTION: 'Action de levée de freins',
  INSERTION_ACTION: 'Action d’insertion engagée',
};
export const NOTE_TYPES = Object.keys(NOTE_TYPE_LABELS) as LogbookNoteType[];
