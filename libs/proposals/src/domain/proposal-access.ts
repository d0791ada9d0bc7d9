import { Viewer, canReadBeneficiary, canWriteBeneficiary } from '@tremplin/beneficiaries';
import { ProposalStatus } from './proposal-status';

/**
 * Who sees a proposal (design §5):
 * - whoever reads the beneficiary's file (ADMIN, the referent, the territory manager) sees all of it;
 * - an ASSOCIATION member sees the proposals of their own association's missions once accepted,
 *   and then only the person's first name, contact and the status;
 * - a COORDINATOR (France Bénévolat) sees accepted proposals the same way, to organise the
 *   tripartite interview;
 * - nobody else sees anything.
 */
export interface ProposalScope {
  status: ProposalStatus;
  referentId: string;
  beneficiary: { referentId: string | null; territoryId: string };
  missionAssociationId: string;
}

export interface ProposalViewer extends Viewer {
  associationId: string | null;
}

export type ProposalVisibility = 'full' | 'contact' | 'none';

export function proposalVisibility(viewer: ProposalViewer, proposal: ProposalScope): ProposalVisibility {
  if (canReadBeneficiary(viewer, proposal.beneficiary)) return 'full';
  if (proposal.status !== ProposalStatus.ACCEPTED) return 'none';
  if (viewer.role === 'ASSOCIATION') {
    return viewer.associationId !== null && viewer.associationId === proposal.missionAssociationId ? 'contact' : 'none';
  }
  if (viewer.role === 'COORDINATOR') return 'contact';
  return 'none';
}

/** May propose missions to this person: their referent, or the service Insertion. */
export function canPropose(viewer: Viewer, beneficiary: { referentId: string | null; territoryId: string }): boolean {
  return canWriteBeneficiary(viewer, beneficiary);
}

/** May withdraw: whoever may propose to the person now, or the staff member who made the proposal. */
export function canWithdraw(viewer: ProposalViewer, proposal: ProposalScope): boolean {
  return (
    canWriteBeneficiary(viewer, proposal.beneficiary) ||
    (viewer.role === 'REFERENT' && viewer.id === proposal.referentId)
  );
}
