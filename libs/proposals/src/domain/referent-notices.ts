/**
 * How a referent hears about their proposals (answers, expiries, a mission that fills up, a place
 * that frees up): one email per event, or one summary a day.
 */
export enum ProposalNotificationMode {
  IMMEDIATE = 'IMMEDIATE',
  DAILY_DIGEST = 'DAILY_DIGEST',
}

export const DEFAULT_NOTIFICATION_MODE = ProposalNotificationMode.IMMEDIATE;

/** At most this many lines in one summary; the rest is counted. */
export const DIGEST_MAX_LINES = 50;

export interface DigestNotice {
  headline: string;
  createdAt: Date;
}

export interface DigestContent {
  countLabel: string;
  lines: string[];
}

/** « 1 nouvelle », « 3 nouvelles ». */
export function noticeCountLabel(count: number): string {
  return `${count} ${count > 1 ? 'nouvelles' : 'nouvelle'}`;
}

/** The summary of a referent's pending notices, oldest first, each headline once per line. */
export function digestContent(notices: readonly DigestNotice[]): DigestContent {
  const ordered = [...notices].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const lines = ordered.slice(0, DIGEST_MAX_LINES).map((notice) => `${notice.headline}.`);
  const more = ordered.length - DIGEST_MAX_LINES;
  if (more > 0) lines.push(`… et ${noticeCountLabel(more)} à lire dans Tremplin.`);
  return { countLabel: noticeCountLabel(ordered.length), lines };
}
