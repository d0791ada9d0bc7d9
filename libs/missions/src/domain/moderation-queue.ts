import { MissionStatus } from './mission-status';

/** When a mission last entered the moderation queue, from its history (null: never submitted). */
export function lastSubmittedAt(transitions: readonly { toStatus: MissionStatus; occurredAt: Date }[]): Date | null {
  let last: Date | null = null;
  for (const transition of transitions) {
    if (transition.toStatus !== MissionStatus.SUBMITTED) continue;
    if (!last || transition.occurredAt.getTime() > last.getTime()) last = transition.occurredAt;
  }
  return last;
}
