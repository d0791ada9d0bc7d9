import {
  OPEN_STATUSES,
  ProposalStatus,
  canTransition,
  isAwaitingAnswer,
  isFinal,
  isOpen,
  nextStatuses,
  withdrawalProblem,
} from './proposal-status';

const ALL = Object.values(ProposalStatus);

describe('ProposalStatus', () => {
  it('goes PROPOSED → SENT → an answer, an expiry or a withdrawal', () => {
    expect(canTransition(ProposalStatus.PROPOSED, ProposalStatus.SENT)).toBe(true);
    for (const to of [
      ProposalStatus.ACCEPTED,
      ProposalStatus.WAITING_LIST,
      ProposalStatus.DECLINED,
      ProposalStatus.EXPIRED,
      ProposalStatus.WITHDRAWN,
    ]) {
      expect(canTransition(ProposalStatus.SENT, to)).toBe(true);
      // The email may reach the person before the send job has recorded it.
      expect(canTransition(ProposalStatus.PROPOSED, to)).toBe(true);
    }
  });

  it('never goes back to PROPOSED or SENT', () => {
    for (const from of ALL) {
      expect(canTransition(from, ProposalStatus.PROPOSED)).toBe(false);
      if (from !== ProposalStatus.PROPOSED) expect(canTransition(from, ProposalStatus.SENT)).toBe(false);
    }
  });

  it('lets an accepted proposal only be withdrawn, and a waiting one be promoted or withdrawn', () => {
    expect(nextStatuses(ProposalStatus.ACCEPTED)).toEqual([ProposalStatus.WITHDRAWN]);
    expect([...nextStatuses(ProposalStatus.WAITING_LIST)].sort()).toEqual(
      [ProposalStatus.ACCEPTED, ProposalStatus.WITHDRAWN].sort(),
    );
    expect(canTransition(ProposalStatus.ACCEPTED, ProposalStatus.DECLINED)).toBe(false);
    expect(canTransition(ProposalStatus.WAITING_LIST, ProposalStatus.EXPIRED)).toBe(false);
  });

  it('keeps declined, expired and withdrawn proposals final', () => {
    expect(ALL.filter(isFinal).sort()).toEqual(
      [ProposalStatus.DECLINED, ProposalStatus.EXPIRED, ProposalStatus.WITHDRAWN].sort(),
    );
    for (const from of ALL.filter(isFinal)) for (const to of ALL) expect(canTransition(from, to)).toBe(false);
  });

  it('tells open pairs (no second proposal) from those awaiting an answer', () => {
    expect(ALL.filter(isAwaitingAnswer)).toEqual([ProposalStatus.PROPOSED, ProposalStatus.SENT]);
    expect(ALL.filter(isOpen)).toEqual([...OPEN_STATUSES]);
    expect(isOpen(ProposalStatus.DECLINED)).toBe(false);
  });

  it('explains in French why a proposal cannot be withdrawn', () => {
    expect(withdrawalProblem(ProposalStatus.SENT)).toBeNull();
    expect(withdrawalProblem(ProposalStatus.ACCEPTED)).toBeNull();
    expect(withdrawalProblem(ProposalStatus.DECLINED)).toBe(
      'Cette proposition ne peut plus être retirée : elle est refusée.',
    );
    expect(withdrawalProblem(ProposalStatus.WITHDRAWN)).toContain('retirée');
  });
});
