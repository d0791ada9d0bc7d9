import {
  BeneficiaryScope,
  Viewer,
  canReadBeneficiary,
  canReadLogbook,
  canReadSensitive,
  canWriteBeneficiary,
  mayFollowBeneficiaries,
} from './beneficiary-access';

const file: BeneficiaryScope = { referentId: 'ref-1', territoryId: 'oyonnax' };
const viewer = (role: string, fields: Partial<Viewer> = {}): Viewer => ({
  id: 'someone',
  role,
  territoryId: null,
  isTerritoryManager: false,
  ...fields,
});

const admin = viewer('ADMIN');
const referent = viewer('REFERENT', { id: 'ref-1', territoryId: 'bourg' });
const colleague = viewer('REFERENT', { id: 'ref-2', territoryId: 'oyonnax' });
const manager = viewer('REFERENT', { id: 'mgr', territoryId: 'oyonnax', isTerritoryManager: true });
const otherManager = viewer('REFERENT', { id: 'mgr-2', territoryId: 'bourg', isTerritoryManager: true });
const association = viewer('ASSOCIATION', { id: 'ref-1', territoryId: 'oyonnax', isTerritoryManager: true });
const coordinator = viewer('COORDINATOR', { id: 'ref-1', territoryId: 'oyonnax' });

describe(canReadBeneficiary.name, () => {
  it('lets the admin, the referent and the manager of the territory read', () => {
    expect(canReadBeneficiary(admin, file)).toBe(true);
    expect(canReadBeneficiary(referent, file)).toBe(true);
    expect(canReadBeneficiary(manager, file)).toBe(true);
  });

  it('refuses other referents, managers of other territories, associations and coordinators', () => {
    expect(canReadBeneficiary(colleague, file)).toBe(false);
    expect(canReadBeneficiary(otherManager, file)).toBe(false);
    expect(canReadBeneficiary(association, file)).toBe(false);
    expect(canReadBeneficiary(coordinator, file)).toBe(false);
  });

  it('lets only the admin and the territory manager see a file without referent', () => {
    const unassigned = { referentId: null, territoryId: 'oyonnax' };
    expect(canReadBeneficiary(admin, unassigned)).toBe(true);
    expect(canReadBeneficiary(manager, unassigned)).toBe(true);
    expect(canReadBeneficiary(colleague, unassigned)).toBe(false);
  });
});

describe(canWriteBeneficiary.name, () => {
  it('lets only the admin and the referent write — not the territory manager', () => {
    expect(canWriteBeneficiary(admin, file)).toBe(true);
    expect(canWriteBeneficiary(referent, file)).toBe(true);
    expect(canWriteBeneficiary(manager, file)).toBe(false);
    expect(canWriteBeneficiary(colleague, file)).toBe(false);
    expect(canWriteBeneficiary(association, file)).toBe(false);
  });
});

describe(canReadSensitive.name, () => {
  it('reserves barriers and health to the referent and the admin', () => {
    expect(canReadSensitive(admin, file)).toBe(true);
    expect(canReadSensitive(referent, file)).toBe(true);
    expect(canReadSensitive(manager, file)).toBe(false);
    expect(canReadSensitive(coordinator, file)).toBe(false);
    expect(canReadSensitive(association, file)).toBe(false);
  });
});

describe(canReadLogbook.name, () => {
  const now = new Date('2026-03-01T10:00:00Z');
  it('lets a former referent read the logbook until the grant expires', () => {
    expect(canReadLogbook(colleague, file, new Date('2026-03-01T10:00:01Z'), now)).toBe(true);
    expect(canReadLogbook(colleague, file, new Date('2026-03-01T10:00:00Z'), now)).toBe(false);
    expect(canReadLogbook(colleague, file, null, now)).toBe(false);
  });

  it('never opens the logbook to associations or coordinators, even with a grant row', () => {
    expect(canReadLogbook(association, file, new Date('2027-01-01T00:00:00Z'), now)).toBe(false);
    expect(canReadLogbook(coordinator, file, new Date('2027-01-01T00:00:00Z'), now)).toBe(false);
  });
});

describe(mayFollowBeneficiaries.name, () => {
  it('is open to admins and referents only', () => {
    expect(['ADMIN', 'REFERENT', 'COORDINATOR', 'ASSOCIATION'].map(mayFollowBeneficiaries)).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});
