import { ProposalScope, ProposalViewer, canPropose, canWithdraw, proposalVisibility } from './proposal-access';
import { ProposalStatus } from './proposal-status';

const viewer = (role: string, overrides: Partial<ProposalViewer> = {}): ProposalViewer => ({
  id: `${role}-1`,
  role,
  territoryId: 'oyonnax',
  isTerritoryManager: false,
  associationId: null,
  ...overrides,
});

const proposal = (overrides: Partial<ProposalScope> = {}): ProposalScope => ({
  status: ProposalStatus.SENT,
  referentId: 'REFERENT-1',
  beneficiary: { referentId: 'REFERENT-1', territoryId: 'oyonnax' },
  missionAssociationId: 'asso-1',
  ...overrides,
});

describe(proposalVisibility.name, () => {
  it('shows everything to whoever reads the file', () => {
    expect(proposalVisibility(viewer('ADMIN'), proposal())).toBe('full');
    expect(proposalVisibility(viewer('REFERENT'), proposal())).toBe('full');
    expect(proposalVisibility(viewer('REFERENT', { id: 'manager', isTerritoryManager: true }), proposal())).toBe(
      'full',
    );
  });

  it('hides it from another referent', () => {
    expect(proposalVisibility(viewer('REFERENT', { id: 'other' }), proposal())).toBe('none');
    expect(proposalVisibility(viewer('REFERENT', { id: 'other' }), proposal({ status: ProposalStatus.ACCEPTED }))).toBe(
      'none',
    );
  });

  it('shows the contact to the mission’s association only once accepted', () => {
    const member = viewer('ASSOCIATION', { associationId: 'asso-1' });
    expect(proposalVisibility(member, proposal())).toBe('none');
    expect(proposalVisibility(member, proposal({ status: ProposalStatus.WAITING_LIST }))).toBe('none');
    expect(proposalVisibility(member, proposal({ status: ProposalStatus.ACCEPTED }))).toBe('contact');
    const otherMember = viewer('ASSOCIATION', { associationId: 'asso-2' });
    expect(proposalVisibility(otherMember, proposal({ status: ProposalStatus.ACCEPTED }))).toBe('none');
    const homeless = viewer('ASSOCIATION');
    expect(proposalVisibility(homeless, proposal({ status: ProposalStatus.ACCEPTED }))).toBe('none');
  });

  it('shows the contact of accepted proposals to coordinators', () => {
    expect(proposalVisibility(viewer('COORDINATOR'), proposal())).toBe('none');
    expect(proposalVisibility(viewer('COORDINATOR'), proposal({ status: ProposalStatus.ACCEPTED }))).toBe('contact');
  });
});

describe('proposing and withdrawing', () => {
  it('lets the referent and the admin propose, not a territory manager or another referent', () => {
    const file = { referentId: 'REFERENT-1', territoryId: 'oyonnax' };
    expect(canPropose(viewer('REFERENT'), file)).toBe(true);
    expect(canPropose(viewer('ADMIN'), file)).toBe(true);
    expect(canPropose(viewer('REFERENT', { id: 'm', isTerritoryManager: true }), file)).toBe(false);
    expect(canPropose(viewer('REFERENT', { id: 'x' }), file)).toBe(false);
    expect(canPropose(viewer('ASSOCIATION'), file)).toBe(false);
  });

  it('lets the proposer withdraw even after a change of referent', () => {
    const handedOver = proposal({ beneficiary: { referentId: 'REFERENT-2', territoryId: 'oyonnax' } });
    expect(canWithdraw(viewer('REFERENT'), handedOver)).toBe(true);
    expect(canWithdraw(viewer('REFERENT', { id: 'REFERENT-2' }), handedOver)).toBe(true);
    expect(canWithdraw(viewer('REFERENT', { id: 'x' }), handedOver)).toBe(false);
    expect(canWithdraw(viewer('ASSOCIATION', { associationId: 'asso-1' }), handedOver)).toBe(false);
  });
});
