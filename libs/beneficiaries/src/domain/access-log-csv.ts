import { stringify } from 'csv-stringify/sync';
import { SENSITIVE_DATA_KIND_LABELS, SensitiveDataKind } from './sensitive-data';

/**
 * The sensitive-data access log as a CSV file for the data protection officer, in the format of
 * the indicators' file (UTF-8 with a byte order mark, `;`, CRLF): one line per logged read, most
 * recent first. The person is named as the reader's audience allows (`personName`); the file
 * holds no sensitive data itself, only who read which kind of it, and when.
 */
export const ACCESS_LOG_CSV_COLUMNS = [
  'Date et heure (Paris)',
  'Qui a consulté',
  'Rôle',
  'Donnée consultée',
  'Personne concernée',
  'Identifiant du dossier',
] as const;

export interface AccessLogCsvLine {
  accessedAt: Date;
  /** « Claire Martin », or null when the account no longer exists. */
  userName: string | null;
  userRole: string | null;
  dataKind: SensitiveDataKind;
  /** As the reader may read it; null when the file no longer exists. */
  personName: string | null;
  beneficiaryId: string;
}

const ROLE_LABELS: Readonly<Record<string, string>> = {
  ADMIN: 'service Insertion',
  REFERENT: 'référent(e) de parcours',
  COORDINATOR: 'coordinateur(trice) France Bénévolat',
  ASSOCIATION: 'structure d’accueil',
};

const PARIS = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** « 04/12/2026 02:45:07 » (Paris time), which spreadsheets read as a date and time. */
export function formatCsvInstant(instant: Date): string {
  return PARIS.format(instant).replace(',', '');
}

/** A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR) gets a leading apostrophe. */
const cell = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

export function accessLogCsv(lines: readonly AccessLogCsvLine[]): string {
  return stringify(
    lines.map((line) => [
      formatCsvInstant(line.accessedAt),
      cell(line.userName ?? 'compte supprimé'),
      line.userRole ? (ROLE_LABELS[line.userRole] ?? line.userRole) : '',
      SENSITIVE_DATA_KIND_LABELS[line.dataKind],
      cell(line.personName ?? 'dossier effacé'),
      line.beneficiaryId,
    ]),
    { bom: true, delimiter: ';', record_delimiter: 'windows', header: true, columns: [...ACCESS_LOG_CSV_COLUMNS] },
  );
}

/** `journal-des-acces-2026-12-04.csv` (the day in Paris). */
export function accessLogCsvFileName(now: Date): string {
  const [day, month, year] = formatCsvInstant(now).slice(0, 10).split('/');
  return `journal-des-acces-${year}-${month}-${day}.csv`;
}
