/** Where an export of a person's data stands. */
export enum PersonalDataExportStatus {
  /** Asked; the worker has not produced it yet. */
  PENDING = 'PENDING',
  /** Both files can be downloaded through their signed links until `expiresAt`. */
  READY = 'READY',
  /** The files were erased at the end of their short retention. */
  EXPIRED = 'EXPIRED',
}

export const PERSONAL_DATA_EXPORT_STATUS_LABELS: Record<PersonalDataExportStatus, string> = {
  PENDING: 'En préparation',
  READY: 'Prêt à télécharger',
  EXPIRED: 'Expiré (fichiers effacés)',
};

/** How long the files are kept once produced: long enough to hand them over, no longer. */
export const PERSONAL_DATA_EXPORT_RETENTION_HOURS = 72;

/** The purpose of the signed links to the files (a link opens one export, for this purpose only). */
export const PERSONAL_DATA_EXPORT_LINK = 'personal-data.export';
