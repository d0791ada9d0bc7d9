import { canManageInterview, canSeeInterview } from './interview-access';

const scope = {
  referentId: 'proposer',
  beneficiary: { referentId: 'current-referent', territoryId: 'oyonnax' },
  missionAssociationId: 'asso-1',
};
const viewer = (
  role: string,
  fields: Partial<{ id: string; territoryId: string; isTerritoryManager: boolean; associationId: string }> = {},
) => ({
  id: fields.id ?? 'someone',
  role,
  territoryId: fields.territoryId ?? null,
  isTerritoryManager: fields.isTerritoryManager ?? false,
  associationId: fields.associationId ?? null,
});

describe(canSeeInterview.name, () => {
  it('shows every interview to the service Insertion and the coordinators', () => {
    expect(canSeeInterview(viewer('ADMIN'), scope)).toBe(true);
    expect(canSeeInterview(viewer('COORDINATOR'), scope)).toBe(true);
  });

  it('shows a referent the interviews they proposed and those of the people they follow', () => {
    expect(canSeeInterview(viewer('REFERENT', { id: 'proposer' }), scope)).toBe(true);
    expect(canSeeInterview(viewer('REFERENT', { id: 'current-referent' }), scope)).toBe(true);
    expect(canSeeInterview(viewer('REFERENT', { territoryId: 'oyonnax', isTerritoryManager: true }), scope)).toBe(true);
    expect(canSeeInterview(viewer('REFERENT', { territoryId: 'oyonnax' }), scope)).toBe(false);
  });

  it('shows an association the interviews for its own missions only', () => {
    expect(canSeeInterview(viewer('ASSOCIATION', { associationId: 'asso-1' }), scope)).toBe(true);
    expect(canSeeInterview(viewer('ASSOCIATION', { associationId: 'asso-2' }), scope)).toBe(false);
    expect(canSeeInterview(viewer('ASSOCIATION'), scope)).toBe(false);
  });
});

describe(canManageInterview.name, () => {
  it('lets coordinators, the service Insertion and the referents of the person manage it, not associations or territory managers', () => {
    expect(canManageInterview(viewer('COORDINATOR'), scope)).toBe(true);
    expect(canManageInterview(viewer('ADMIN'), scope)).toBe(true);
    expect(canManageInterview(viewer('REFERENT', { id: 'proposer' }), scope)).toBe(true);
    expect(canManageInterview(viewer('REFERENT', { id: 'current-referent' }), scope)).toBe(true);
    expect(canManageInterview(viewer('REFERENT', { territoryId: 'oyonnax', isTerritoryManager: true }), scope)).toBe(
      false,
    );
    expect(canManageInterview(viewer('ASSOCIATION', { associationId: 'asso-1' }), scope)).toBe(false);
  });
});
