import { countFr } from '@tremplin/referentials';
import { Role } from '@tremplin/core';

/** Lines shown per list; the rest is counted. */
export const MODERATION_DIGEST_MAX_LINES = 20;

export interface PendingMission {
  title: string;
  associationName: string;
  /** When it was (last) submitted, as a French date (« 02/03/2026 »). */
  submittedOn: string;
}

export interface PendingAssociation {
  name: string;
  communeName: string;
  /** When it registered, as a French date. */
  registeredOn: string;
}

export interface ModerationDigest {
  countLabel: string;
  missions: PendingMission[];
  moreMissionsLabel: string | null;
  associations: PendingAssociation[];
  moreAssociationsLabel: string | null;
}

/**
 * What a moderator is told in the morning: the missions waiting for moderation (administrators
 * and France Bénévolat coordinators moderate them) and, for administrators, the associations
 * waiting for validation. Null when there is nothing for this role: no email that day.
 */
export function moderationDigestFor(
  role: Role,
  missions: readonly PendingMission[],
  associations: readonly PendingAssociation[],
): ModerationDigest | null {
  const ownMissions = role === Role.ADMIN || role === Role.COORDINATOR ? missions : [];
  const ownAssociations = role === Role.ADMIN ? associations : [];
  if (ownMissions.length === 0 && ownAssociations.length === 0) return null;
  const parts = [
    ownMissions.length > 0 ? `${countFr(ownMissions.length, 'mission')} à modérer` : null,
    ownAssociations.length > 0 ? `${countFr(ownAssociations.length, 'association')} à valider` : null,
  ].filter((part): part is string => part !== null);
  const beyond = (count: number, noun: string) =>
    count > MODERATION_DIGEST_MAX_LINES
      ? countFr(count - MODERATION_DIGEST_MAX_LINES, `autre ${noun}`, `autres ${noun}s`)
      : null;
  return {
    countLabel: parts.join(' et '),
    missions: ownMissions.slice(0, MODERATION_DIGEST_MAX_LINES),
    moreMissionsLabel: beyond(ownMissions.length, 'mission'),
    associations: ownAssociations.slice(0, MODERATION_DIGEST_MAX_LINES),
    moreAssociationsLabel: beyond(ownAssociations.length, 'association'),
  };
}
