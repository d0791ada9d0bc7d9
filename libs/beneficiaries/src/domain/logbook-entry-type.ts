/**
 * The kinds of entry of the carnet de bord. Every module appends its own kinds: a later module
 * adds its values here, with their French label, and a migration inserting them into the
 * `logbook_entry_type` table (the foreign key refuses unknown kinds).
 */
export enum LogbookEntryType {
  /** Entrée dans le dispositif (the file is created). */
  ENTRY = 'ENTRY',
  DIAGNOSTIC = 'DIAGNOSTIC',
  ORIENTATION = 'ORIENTATION',
  REORIENTATION = 'REORIENTATION',
  NOTE = 'NOTE',
  /** Entretien or rendez-vous with the person. */
  APPOINTMENT = 'APPOINTMENT',
  /** Action d'insertion engagée (training, workshop, immersion…). */
  INSERTION_ACTION = 'INSERTION_ACTION',
  /** Action de levée de freins (mobility aid, childcare, health access…). */
  BARRIER_ACTION = 'BARRIER_ACTION',
  CONSENT_GIVEN = 'CONSENT_GIVEN',
  CONSENT_WITHDRAWN = 'CONSENT_WITHDRAWN',
  STATUS_CHANGED = 'STATUS_CHANGED',
  /** A volunteer mission proposed by the referent (proposals domain). */
  MISSION_PROPOSED = 'MISSION_PROPOSED',
  /** The person's answer to a proposal: yes, yes on the waiting list, no (proposals domain). */
  PROPOSAL_ANSWERED = 'PROPOSAL_ANSWERED',
  /** What else happens to a proposal: email sent, reminder, expiry, withdrawal, place freed (proposals domain). */
  PROPOSAL_FOLLOW_UP = 'PROPOSAL_FOLLOW_UP',
  /** Entretien tripartite (referent, beneficiary, France Bénévolat) booked, moved, cancelled, held or missed. */
  INTERVIEW_SCHEDULED = 'INTERVIEW_SCHEDULED',
  INTERVIEW_RESCHEDULED = 'INTERVIEW_RESCHEDULED',
  INTERVIEW_CANCELLED = 'INTERVIEW_CANCELLED',
  /** A reminder 48 h or 2 h before the interview went to its participants. */
  INTERVIEW_REMINDED = 'INTERVIEW_REMINDED',
  INTERVIEW_HELD = 'INTERVIEW_HELD',
  INTERVIEW_MISSED = 'INTERVIEW_MISSED',
  /** The volunteer mission starts, ends, is interrupted or cancelled (passports domain). */
  ENGAGEMENT_STARTED = 'ENGAGEMENT_STARTED',
  ENGAGEMENT_COMPLETED = 'ENGAGEMENT_COMPLETED',
  ENGAGEMENT_ABANDONED = 'ENGAGEMENT_ABANDONED',
  ENGAGEMENT_WITHDRAWN = 'ENGAGEMENT_WITHDRAWN',
  /** The host association attests competencies (an entry of the Passeport Bénévole). */
  COMPETENCIES_ATTESTED = 'COMPETENCIES_ATTESTED',
  /** What followed a mission: job, training, another mission, nothing yet. */
  OUTCOME_RECORDED = 'OUTCOME_RECORDED',
  /** A correction of the profile: which fields, their former and new values (right of rectification). */
  PROFILE_CORRECTED = 'PROFILE_CORRECTED',
  /** An export of everything held about the person was produced (right of access, privacy domain). */
  PERSONAL_DATA_EXPORTED = 'PERSONAL_DATA_EXPORTED',
}

export const LOGBOOK_ENTRY_TYPE_LABELS: Record<LogbookEntryType, string> = {
  ENTRY: 'Entrée dans le dispositif',
  DIAGNOSTIC: 'Diagnostic',
  ORIENTATION: 'Orientation',
  REORIENTATION: 'Réorientation',
  NOTE: 'Note',
  APPOINTMENT: 'Entretien',
  INSERTION_ACTION: "Action d'insertion",
  BARRIER_ACTION: 'Action de levée de freins',
  CONSENT_GIVEN: 'Accord pour des propositions de bénévolat',
  CONSENT_WITHDRAWN: 'Retrait de l’accord pour le bénévolat',
  STATUS_CHANGED: 'Changement de situation',
  MISSION_PROPOSED: 'Proposition de mission bénévole',
  PROPOSAL_ANSWERED: 'Réponse à une proposition de mission',
  PROPOSAL_FOLLOW_UP: 'Suivi d’une proposition de mission',
  INTERVIEW_SCHEDULED: 'Entretien tripartite planifié',
  INTERVIEW_RESCHEDULED: 'Entretien tripartite déplacé',
  INTERVIEW_CANCELLED: 'Entretien tripartite annulé',
  INTERVIEW_REMINDED: 'Rappel d’entretien tripartite envoyé',
  INTERVIEW_HELD: 'Entretien tripartite réalisé',
  INTERVIEW_MISSED: 'Entretien tripartite manqué',
  ENGAGEMENT_STARTED: 'Début de mission bénévole',
  ENGAGEMENT_COMPLETED: 'Fin de mission bénévole',
  ENGAGEMENT_ABANDONED: 'Mission bénévole interrompue',
  ENGAGEMENT_WITHDRAWN: 'Mission bénévole annulée',
  COMPETENCIES_ATTESTED: 'Compétences attestées',
  OUTCOME_RECORDED: 'Suite du parcours',
  PROFILE_CORRECTED: 'Correction du profil',
  PERSONAL_DATA_EXPORTED: 'Export des données personnelles (droit d’accès)',
};

/** The kinds a referent writes by hand (`addLogbookNote`); the others are written by the platform. */
export enum LogbookNoteType {
  NOTE = 'NOTE',
  APPOINTMENT = 'APPOINTMENT',
  INSERTION_ACTION = 'INSERTION_ACTION',
  BARRIER_ACTION = 'BARRIER_ACTION',
}

/** An entry of the carnet de bord as appended by a module. */
export interface LogbookAppend {
  beneficiaryId: string;
  type: LogbookEntryType;
  /** The staff member who acted; null for the platform itself. */
  authorId: string | null;
  /** What happened, in French, readable by everyone who reads the logbook (no health or barrier detail). */
  summary: string;
  occurredAt: Date;
  /** Reserved to the referent and the admin (reads are logged); others see that an entry exists. */
  confidential?: boolean;
  /** The record the entry is about (diagnostic, orientation, proposal…), if any. */
  referenceId?: string | null;
}

export const LOGBOOK_SUMMARY_MAX_LENGTH = 4000;

export const CONFIDENTIAL_SUMMARY_PLACEHOLDER =
  'Note confidentielle : son contenu est réservé au référent de parcours et au service Insertion.';
