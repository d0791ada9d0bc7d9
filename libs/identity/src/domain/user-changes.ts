import { Role } from '@tremplin/core';

/** What an administrator may change on a staff account (`updateUser`). */
export interface UserChange {
  role?: Role;
  /** null: no territory. */
  territoryId?: string | null;
  isTerritoryManager?: boolean;
}

export interface UserSettings {
  id: string;
  role: Role;
  territoryId: string | null;
  isTerritoryManager: boolean;
}

export interface UserChangeProblem {
  field: 'role' | 'territoryId' | 'isTerritoryManager';
  message: string;
}

/** The account once the change is applied (fields left out stay as they are). */
export function applyUserChange(current: UserSettings, change: UserChange): UserSettings {
  const role = change.role ?? current.role;
  const territoryId = change.territoryId === undefined ? current.territoryId : change.territoryId;
  // Only a référent manages a territory: changing the role away from REFERENT drops the flag.
  const isTerritoryManager = role === Role.REFERENT ? (change.isTerritoryManager ?? current.isTerritoryManager) : false;
  return { id: current.id, role, territoryId, isTerritoryManager };
}

/**
 * Why a change cannot be made, field by field (empty: it can). Association members belong to
 * their association (they are invited by it), so nobody becomes or stops being one here; an
 * administrator does not change their own role (nobody locks the service out by mistake).
 */
export function userChangeProblems(current: UserSettings, change: UserChange, by: { id: string }): UserChangeProblem[] {
  const problems: UserChangeProblem[] = [];
  const next = applyUserChange(current, change);
  if (next.role !== current.role) {
    if (current.role === Role.ASSOCIATION || next.role === Role.ASSOCIATION) {
      problems.push({ field: 'role', message: 'ne peut pas devenir ou cesser d’être « structure d’accueil »' });
    } else if (current.id === by.id) {
      problems.push({ field: 'role', message: 'vous ne pouvez pas changer votre propre rôle' });
    }
  }
  if (next.role === Role.REFERENT && !next.territoryId) {
    problems.push({ field: 'territoryId', message: 'est obligatoire pour un référent' });
  }
  if (change.isTerritoryManager && next.role !== Role.REFERENT) {
    problems.push({ field: 'isTerritoryManager', message: 'est réservé aux référents' });
  }
  return problems;
}
