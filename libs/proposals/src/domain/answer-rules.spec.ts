import { DeclineReason, decideAnswer, parseDeclineReason, statusAfterAcceptance } from './answer-rules';
import { ProposalStatus } from './proposal-status';

const now = new Date('2026-03-02T10:00:00Z');
const later = new Date('2026-03-12T10:00:00Z');

describe(decideAnswer.name, () => {
  it('records the first answer of a proposal awaiting one', () => {
    expect(decideAnswer({ status: ProposalStatus.SENT, expiresAt: later }, now)).toEqual({ kind: 'record' });
    expect(decideAnswer({ status: ProposalStatus.PROPOSED, expiresAt: later }, now)).toEqual({ kind: 'record' });
  });

  it('changes nothing on a second answer, whatever it says, and shows the current state', () => {
    for (const status of [ProposalStatus.ACCEPTED, ProposalStatus.WAITING_LIST, ProposalStatus.DECLINED]) {
      expect(decideAnswer({ status, expiresAt: later }, now)).toEqual({ kind: 'unchanged', status });
      // Even after the expiry date: an answered proposal stays answered.
      expect(decideAnswer({ status, expiresAt: now }, later)).toEqual({ kind: 'unchanged', status });
    }
  });

  it('closes expired and withdrawn proposals, and those past their expiry not yet swept', () => {
    expect(decideAnswer({ status: ProposalStatus.EXPIRED, expiresAt: later }, now)).toEqual({ kind: 'closed' });
    expect(decideAnswer({ status: ProposalStatus.WITHDRAWN, expiresAt: later }, now)).toEqual({ kind: 'closed' });
    expect(decideAnswer({ status: ProposalStatus.SENT, expiresAt: now }, now)).toEqual({ kind: 'closed' });
    expect(decideAnswer({ status: ProposalStatus.SENT, expiresAt: now }, later)).toEqual({ kind: 'closed' });
  });
});

describe(statusAfterAcceptance.name, () => {
  it('accepts with a place, waits in line without one', () => {
    expect(statusAfterAcceptance('taken')).toBe(ProposalStatus.ACCEPTED);
    expect(statusAfterAcceptance('full')).toBe(ProposalStatus.WAITING_LIST);
  });
});

describe(parseDeclineReason.name, () => {
  it('keeps the four known reasons and ignores anything else', () => {
    for (const reason of Object.values(DeclineReason)) expect(parseDeclineReason(reason)).toBe(reason);
    expect(parseDeclineReason(undefined)).toBeNull();
    expect(parseDeclineReason('')).toBeNull();
    expect(parseDeclineReason('<script>')).toBeNull();
    expect(parseDeclineReason(['TOO_FAR'])).toBeNull();
  });
});
