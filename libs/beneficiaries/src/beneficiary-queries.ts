/** The two follow-up deadlines of a file (Action 1: orientation, Action 2: accompaniment). */
export type FollowUpStep = 'ORIENTATION' | 'ACCOMPANIMENT';

/**
 * SQL condition "this deadline is missed" on the beneficiary alias `b`, with `:today` bound to
 * the local date: an active file whose due date has passed and whose step is not done. It is the
 * SQL twin of the orientation domain's `deadlineState(...) === 'OVERDUE'` (the e2e tests hold them together).
 */
export function overdueCondition(alias: string, kind?: FollowUpStep): string {
  const orientation = `(${alias}.orientedAt IS NULL AND ${alias}.orientationDueOn < :today)`;
  const accompaniment = `(${alias}.firstActionAt IS NULL AND ${alias}.accompanimentDueOn < :today)`;
  const missed =
    kind === 'ORIENTATION'
      ? orientation
      : kind === 'ACCOMPANIMENT'
        ? accompaniment
        : `${orientation} OR ${accompaniment}`;
  return `(${alias}.status = 'ACTIVE' AND (${missed}))`;
}

/** `%text%` for LIKE, with the wildcard characters of the text escaped. */
export function likePattern(text: string): string {
  return `%${text.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
}
