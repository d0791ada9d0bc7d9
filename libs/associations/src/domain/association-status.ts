/** Where an association stands with the service Insertion (« structure d'accueil »). */
export enum AssociationStatus {
  /** Registered, waiting for an administrator. */
  PENDING = 'PENDING',
  /** Checked by the service Insertion: may submit missions. */
  VALIDATED = 'VALIDATED',
  /** Refused, with a reason. */
  REJECTED = 'REJECTED',
}

export const ASSOCIATION_STATUS_LABELS: Record<AssociationStatus, string> = {
  PENDING: 'En attente de validation',
  VALIDATED: 'Validée',
  REJECTED: 'Refusée',
};

/** The decisions an administrator can take on a registration. */
export type AssociationDecision = AssociationStatus.VALIDATED | AssociationStatus.REJECTED;

/**
 * Whether an administrator may decide on an association in `current` status: a pending one
 * can be validated or rejected; a rejected one can be validated after all (the structure sent
 * the missing documents); a validated one cannot be rejected here (closing a structure is a
 * separate, later process) and deciding the same thing twice is refused.
 * Returns the French reason of a refusal, or null.
 */
export function associationDecisionProblem(current: AssociationStatus, decision: AssociationDecision): string | null {
  if (current === AssociationStatus.PENDING) return null;
  if (current === AssociationStatus.REJECTED && decision === AssociationStatus.VALIDATED) return null;
  return `L'association est au statut « ${ASSOCIATION_STATUS_LABELS[current]} » : elle ne peut pas être ${
    decision === AssociationStatus.VALIDATED ? 'validée' : 'refusée'
  } à nouveau.`;
}
