import { canReadBeneficiary, canWriteBeneficiary } from '@tremplin/beneficiaries';
import type { Viewer } from '@tremplin/beneficiaries';

/**
 * Who may see and act on engagements, attestations, passports and outcomes (design §5):
 *
 * | who                                   | see the engagement | start / end it | attest | outcome | passport |
 * |---------------------------------------|--------------------|----------------|--------|---------|----------|
 * | ADMIN                                 | yes                | yes            | no     | yes     | yes      |
 * | the person's referent                 | yes                | yes            | no     | yes     | yes      |
 * | a territory manager of the person     | yes                | no             | no     | no      | yes      |
 * | a France Bénévolat coordinator        | yes                | yes            | no     | no      | no       |
 * | a member of the host association      | its missions only  | its missions   | yes    | no      | no       |
 *
 * Only the host attests: that is what makes an attestation worth something to an employer.
 */
export interface EngagementViewer extends Viewer {
  associationId: string | null;
}

export interface EngagementScope {
  /** The beneficiary's référent unique and CDS. */
  referentId: string | null;
  territoryId: string;
  /** The association that hosts the mission. */
  associationId: string;
}

const isHostMember = (viewer: EngagementViewer, scope: EngagementScope) =>
  viewer.role === 'ASSOCIATION' && viewer.associationId !== null && viewer.associationId === scope.associationId;

export function canSeeEngagement(viewer: EngagementViewer, scope: EngagementScope): boolean {
  if (viewer.role === 'ADMIN' || viewer.role === 'COORDINATOR') return true;
  if (viewer.role === 'REFERENT') return canReadBeneficiary(viewer, scope);
  return isHostMember(viewer, scope);
}

export function canManageEngagement(viewer: EngagementViewer, scope: EngagementScope): boolean {
  if (viewer.role === 'ADMIN' || viewer.role === 'COORDINATOR') return true;
  if (viewer.role === 'REFERENT') return canWriteBeneficiary(viewer, scope);
  return isHostMember(viewer, scope);
}

export function canAttest(viewer: EngagementViewer, scope: EngagementScope): boolean {
  return isHostMember(viewer, scope);
}

export function canRecordOutcome(viewer: EngagementViewer, scope: Omit<EngagementScope, 'associationId'>): boolean {
  return canWriteBeneficiary(viewer, scope);
}

export function canReadPassport(viewer: EngagementViewer, scope: Omit<EngagementScope, 'associationId'>): boolean {
  return canReadBeneficiary(viewer, scope);
}
