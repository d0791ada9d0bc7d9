import { BeneficiaryScope, Viewer, canReadBeneficiary, canWriteBeneficiary } from '@tremplin/beneficiaries';

export interface InterviewViewer extends Viewer {
  associationId: string | null;
}

/** The facts the access rules read about an interview (or a proposal to schedule). */
export interface InterviewScope {
  /** The referent who proposed the mission. */
  referentId: string;
  beneficiary: BeneficiaryScope;
  missionAssociationId: string;
}

/**
 * Who sees an interview:
 * - the service Insertion and France Bénévolat's coordinators (who run the interviews): all;
 * - a referent: the interviews of the people whose file they read, and those they proposed;
 * - an association member: the interviews for its own missions (what it reads of the person: the
 *   person-field list of the beneficiaries domain);
 * - nobody else.
 */
export function canSeeInterview(viewer: InterviewViewer, scope: InterviewScope): boolean {
  switch (viewer.role) {
    case 'ADMIN':
    case 'COORDINATOR':
      return true;
    case 'REFERENT':
      return viewer.id === scope.referentId || canReadBeneficiary(viewer, scope.beneficiary);
    case 'ASSOCIATION':
      return viewer.associationId !== null && viewer.associationId === scope.missionAssociationId;
    default:
      return false;
  }
}

/**
 * Who books, moves, cancels an interview and records its outcome: a coordinator, the service
 * Insertion, the referent who proposed the mission or the person's referent now.
 */
export function canManageInterview(viewer: InterviewViewer, scope: InterviewScope): boolean {
  switch (viewer.role) {
    case 'ADMIN':
    case 'COORDINATOR':
      return true;
    case 'REFERENT':
      return viewer.id === scope.referentId || canWriteBeneficiary(viewer, scope.beneficiary);
    default:
      return false;
  }
}
