import {
  DEFAULT_FOLLOW_UP_DELAYS,
  addDaysTo,
  bookingLinkExpiry,
  expiryOf,
  followUpAction,
  formatDeadlineFr,
  reminderDueAt,
} from './follow-up';
import { ProposalStatus } from './proposal-status';

const created = new Date('2026-03-02T09:00:00Z');
const delays = DEFAULT_FOLLOW_UP_DELAYS;
const proposal = (overrides: Partial<Parameters<typeof followUpAction>[0]> = {}) => ({
  status: ProposalStatus.SENT,
  createdAt: created,
  expiresAt: expiryOf(created, delays),
  remindedAt: null,
  ...overrides,
});

describe(followUpAction.name, () => {
  it('sends no reminder for a mission that is no longer open (closed, full or past), but still expires', () => {
    expect(followUpAction(proposal(), addDaysTo(created, 4), delays, false)).toBeNull();
    expect(followUpAction(proposal(), addDaysTo(created, 10), delays, false)).toBe('expire');
  });

  it('uses 4 days before the reminder and 10 before expiry by default', () => {
    expect(delays).toEqual({ reminderDays: 4, expiryDays: 10 });
    expect(reminderDueAt(created, delays)).toEqual(new Date('2026-03-06T09:00:00Z'));
    expect(expiryOf(created, delays)).toEqual(new Date('2026-03-12T09:00:00Z'));
  });

  it('does nothing before the reminder delay', () => {
    expect(followUpAction(proposal(), addDaysTo(created, 3.99), delays, true)).toBeNull();
  });

  it('reminds once, after N days, only when the first email has gone', () => {
    expect(followUpAction(proposal(), addDaysTo(created, 4), delays, true)).toBe('remind');
    expect(
      followUpAction(proposal({ remindedAt: addDaysTo(created, 4) }), addDaysTo(created, 5), delays, true),
    ).toBeNull();
    expect(
      followUpAction(proposal({ status: ProposalStatus.PROPOSED }), addDaysTo(created, 5), delays, true),
    ).toBeNull();
  });

  it('expires after M days without an answer, reminded or not, sent or not', () => {
    const at = addDaysTo(created, 10);
    expect(followUpAction(proposal(), at, delays, true)).toBe('expire');
    expect(followUpAction(proposal({ remindedAt: addDaysTo(created, 4) }), at, delays, true)).toBe('expire');
    expect(followUpAction(proposal({ status: ProposalStatus.PROPOSED }), at, delays, true)).toBe('expire');
  });

  it('leaves answered, expired and withdrawn proposals alone', () => {
    const at = addDaysTo(created, 30);
    for (const status of [
      ProposalStatus.ACCEPTED,
      ProposalStatus.WAITING_LIST,
      ProposalStatus.DECLINED,
      ProposalStatus.EXPIRED,
      ProposalStatus.WITHDRAWN,
    ]) {
      expect(followUpAction(proposal({ status }), at, delays, true)).toBeNull();
    }
  });

  it('follows configured delays', () => {
    const custom = { reminderDays: 1, expiryDays: 2 };
    const p = proposal({ expiresAt: expiryOf(created, custom) });
    expect(followUpAction(p, addDaysTo(created, 1), custom, true)).toBe('remind');
    expect(followUpAction(p, addDaysTo(created, 2), custom, true)).toBe('expire');
  });
});

describe('link and deadline dates', () => {
  it('gives the booking link 30 days from the answer', () => {
    expect(bookingLinkExpiry(created)).toEqual(new Date('2026-04-01T09:00:00Z'));
  });

  it('shows the last day to answer in Paris time', () => {
    expect(formatDeadlineFr(new Date('2026-03-12T09:00:00Z'))).toBe('12/03/2026');
    // Midnight in Paris: the last day is the day before.
    expect(formatDeadlineFr(new Date('2026-03-11T23:00:00Z'))).toBe('11/03/2026');
  });
});
