/**
 * The end of life of personal data (RGPD art. 5-1-e, storage limitation), as pure rules: when a
 * retention period is over, what the retention job may do given what an administrator approved,
 * and the words of its dry run. The job itself is `RetentionService`.
 */

/** The three retention settings (months), as the configuration holds them. */
export interface RetentionSettings {
  /** After the end of follow-up (status « sorti du dispositif »), before the file is anonymised. */
  monthsAfterExit: number;
  /** Lines of the sensitive-data access log. */
  accessLogMonths: number;
  /** Metadata of sent emails. */
  emailMonths: number;
}

/** What one run may do. */
export interface RetentionPermission {
  anonymise: boolean;
  purgeAccessLog: boolean;
  purgeEmails: boolean;
}

/**
 * The instant `months` calendar months before `now` (same day of the month, clamped to the last
 * day of a shorter month: 31 March minus one month is 28 or 29 February). Anything dated before
 * it has outlived a retention of `months`.
 */
export function retentionCutoff(now: Date, months: number): Date {
  if (!Number.isInteger(months) || months < 0) throw new RangeError(`retention months must be ≥ 0, got ${months}`);
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth() - months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const cutoff = new Date(now.getTime());
  cutoff.setUTCFullYear(year, month, Math.min(now.getUTCDate(), lastDay));
  return cutoff;
}

/**
 * Nothing is erased before an administrator has seen the dry run and approved it. An approval
 * covers the settings it was given: a later, shorter setting erases more than what was seen, so
 * that part waits for a new approval; a longer one erases less and goes on.
 */
export function retentionPermission(
  approved: RetentionSettings | null,
  current: RetentionSettings,
): RetentionPermission {
  if (!approved) return { anonymise: false, purgeAccessLog: false, purgeEmails: false };
  return {
    anonymise: approved.monthsAfterExit <= current.monthsAfterExit,
    purgeAccessLog: approved.accessLogMonths <= current.accessLogMonths,
    purgeEmails: approved.emailMonths <= current.emailMonths,
  };
}

/** What the job erases, counted by the dry run. */
export enum RetentionCategory {
  /** Files anonymised: identity, contact data, residence and profile replaced or emptied. */
  PEOPLE = 'PEOPLE',
  /** Entries of the carnet de bord whose text is erased (their kind and date stay). */
  LOGBOOK_TEXTS = 'LOGBOOK_TEXTS',
  /** Diagnostics whose notes and strengths are erased. */
  DIAGNOSTIC_DETAILS = 'DIAGNOSTIC_DETAILS',
  /** Barriers (health, housing…) deleted with their notes. */
  BARRIERS = 'BARRIERS',
  /** Other free texts erased: proposal messages, reasons, interview notes, outcome details, comments. */
  OTHER_FREE_TEXTS = 'OTHER_FREE_TEXTS',
  /** Emails to or about the person whose content (and, sent to the person, the address) is erased. */
  EMAILS = 'EMAILS',
  /** Passport verification codes withdrawn. */
  PASSPORT_CODES = 'PASSPORT_CODES',
  /** Mission suggestions deleted (they describe the person's profile). */
  SUGGESTIONS = 'SUGGESTIONS',
  /** Lines of the sensitive-data access log older than its retention, deleted. */
  ACCESS_LOG_LINES = 'ACCESS_LOG_LINES',
  /** Email metadata older than its retention: deleted. */
  EMAIL_METADATA_DELETED = 'EMAIL_METADATA_DELETED',
  /** Email metadata older than its retention that the exchanges indicator counts: kept, content erased. */
  EMAIL_METADATA_KEPT = 'EMAIL_METADATA_KEPT',
}

export const RETENTION_CATEGORY_LABELS: Readonly<Record<RetentionCategory, string>> = {
  PEOPLE: 'Dossiers anonymisés (identité, coordonnées, commune, profil)',
  LOGBOOK_TEXTS: 'Textes du carnet de bord effacés (le type et la date restent)',
  DIAGNOSTIC_DETAILS: 'Diagnostics dont les notes et les points forts sont effacés',
  BARRIERS: 'Freins supprimés avec leurs notes (données de santé)',
  OTHER_FREE_TEXTS: 'Autres textes libres effacés (messages, motifs, comptes rendus, commentaires)',
  EMAILS: 'E-mails à la personne ou à son sujet dont le contenu est effacé',
  PASSPORT_CODES: 'Codes de vérification du passeport retirés',
  SUGGESTIONS: 'Suggestions de missions supprimées',
  ACCESS_LOG_LINES: 'Lignes du journal des accès supprimées',
  EMAIL_METADATA_DELETED: 'Traces d’e-mails envoyés supprimées',
  EMAIL_METADATA_KEPT: 'Traces d’e-mails gardées sans contenu pour l’indicateur des échanges (A5-Q2)',
};

/** The order of the dry run's table. */
export const RETENTION_CATEGORIES: readonly RetentionCategory[] = Object.values(RetentionCategory);

/** What the erased texts read where the database requires a text (a cancelled interview has a reason). */
export const ERASED_TEXT = 'effacé';

/** Where emails to an anonymised person are said to have gone (an address that can receive nothing). */
export const ANONYMISED_ADDRESS = 'personne-anonymisee@anonymise.invalid';
