/**
 * What a carnet de bord entry reads once its person's file is anonymised: the carnet is
 * append-only, and this erasure (its kind and date stay, for the indicators) is the one change
 * the database lets through, on a file already marked anonymised.
 */
export const ERASED_LOGBOOK_SUMMARY = 'Contenu effacé à la fin de la durée de conservation.';

/**
 * The access log is append-only as well; the retention job deletes its old lines in a transaction
 * that sets this (`SET LOCAL`), the one deletion the database lets through.
 */
export const ACCESS_LOG_PURGE_SETTING = 'tremplin.retention_purge';
