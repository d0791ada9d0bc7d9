/**
 * Who may see and change a beneficiary's file (design §5). Pure rules over plain data; the
 * services load the data and the resolvers call them on every operation and personal field.
 *
 * - ADMIN (service Insertion du Département): everything, sensitive data included.
 * - the beneficiary's référent unique: reads and writes the file, sensitive data included;
 * - a territory manager (a REFERENT flagged `isTerritoryManager`): reads the files of their
 *   territory, but neither the barriers, health or diagnostic notes nor confidential notes;
 * - a former referent: reads the logbook (non-confidential entries) for 3 months after handoff;
 * - ASSOCIATION and COORDINATOR users: nothing.
 */
export interface Viewer {
  id: string;
  role: string;
  territoryId: string | null;
  isTerritoryManager: boolean;
}

export interface BeneficiaryScope {
  referentId: string | null;
  territoryId: string;
}

const isAdmin = (viewer: Viewer) => viewer.role === 'ADMIN';
const isReferent = (viewer: Viewer) => viewer.role === 'REFERENT';

export function isReferentOf(viewer: Viewer, beneficiary: BeneficiaryScope): boolean {
  return isReferent(viewer) && beneficiary.referentId === viewer.id;
}

export function managesTerritoryOf(viewer: Viewer, beneficiary: BeneficiaryScope): boolean {
  return (
    isReferent(viewer) &&
    viewer.isTerritoryManager &&
    viewer.territoryId !== null &&
    viewer.territoryId === beneficiary.territoryId
  );
}

/** May read the profile, orientation history and logbook. */
export function canReadBeneficiary(viewer: Viewer, beneficiary: BeneficiaryScope): boolean {
  return isAdmin(viewer) || isReferentOf(viewer, beneficiary) || managesTerritoryOf(viewer, beneficiary);
}

/** May change the profile, record a diagnostic, orient, write in the logbook. */
export function canWriteBeneficiary(viewer: Viewer, beneficiary: BeneficiaryScope): boolean {
  return isAdmin(viewer) || isReferentOf(viewer, beneficiary);
}

/** May read barriers, health, diagnostic notes, re-orientation reasons and confidential notes (each read is logged). */
export function canReadSensitive(viewer: Viewer, beneficiary: BeneficiaryScope): boolean {
  return isAdmin(viewer) || isReferentOf(viewer, beneficiary);
}

/** May read the logbook: anyone who reads the file, or a former referent whose grant has not expired. */
export function canReadLogbook(
  viewer: Viewer,
  beneficiary: BeneficiaryScope,
  grantExpiresAt: Date | null,
  now: Date,
): boolean {
  if (canReadBeneficiary(viewer, beneficiary)) return true;
  return isReferent(viewer) && grantExpiresAt !== null && grantExpiresAt.getTime() > now.getTime();
}

/** Whether a role may use the beneficiary operations at all (ASSOCIATION and COORDINATOR may not). */
export function mayFollowBeneficiaries(role: string): boolean {
  return role === 'ADMIN' || role === 'REFERENT';
}
