import { pageStateOf } from './proposal-page';
import { ProposalStatus } from './proposal-status';

const now = new Date('2026-03-02T10:00:00Z');
const facts = (overrides: Partial<Parameters<typeof pageStateOf>[0]> = {}) => ({
  status: ProposalStatus.SENT,
  expiresAt: new Date('2026-03-12T10:00:00Z'),
  missionStatus: 'PUBLISHED',
  places: 3,
  placesTaken: 1,
  ...overrides,
});

describe(pageStateOf.name, () => {
  it('offers the two choices while the proposal awaits an answer', () => {
    expect(pageStateOf(facts(), now)).toEqual({ kind: 'open', missionFull: false });
  });

  it('tells a pending proposal that the mission has become full', () => {
    expect(pageStateOf(facts({ missionStatus: 'FULL', placesTaken: 3 }), now)).toEqual({
      kind: 'open',
      missionFull: true,
    });
  });

  it('keeps a pending proposal open while its mission is back in moderation after an edit', () => {
    expect(pageStateOf(facts({ missionStatus: 'SUBMITTED' }), now)).toEqual({ kind: 'open', missionFull: false });
  });

  it('shows the answer already given', () => {
    expect(pageStateOf(facts({ status: ProposalStatus.ACCEPTED }), now)).toEqual({ kind: 'accepted' });
    expect(pageStateOf(facts({ status: ProposalStatus.DECLINED }), now)).toEqual({ kind: 'declined' });
    expect(pageStateOf(facts({ status: ProposalStatus.WAITING_LIST, waitingListRank: 2 }), now)).toEqual({
      kind: 'waiting-list',
      rank: 2,
    });
  });

  it('shows one neutral page for expired, withdrawn, out-of-date or closed-mission proposals', () => {
    expect(pageStateOf(facts({ status: ProposalStatus.EXPIRED }), now)).toEqual({ kind: 'invalid' });
    expect(pageStateOf(facts({ status: ProposalStatus.WITHDRAWN }), now)).toEqual({ kind: 'invalid' });
    expect(pageStateOf(facts({ expiresAt: now }), now)).toEqual({ kind: 'invalid' });
    expect(pageStateOf(facts({ missionStatus: 'CLOSED' }), now)).toEqual({ kind: 'invalid' });
  });
});
