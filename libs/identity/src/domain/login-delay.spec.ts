import { loginDelaySeconds } from './login-delay';

describe(loginDelaySeconds.name, () => {
  const settings = { freeFailures: 5, maxDelaySeconds: 60 };

  it('lets the first failures through without a wait', () => {
    expect([0, 1, 2, 3, 4].map((failures) => loginDelaySeconds(failures, settings))).toEqual([0, 0, 0, 0, 0]);
  });

  it('doubles the wait from the last free failure on', () => {
    expect([5, 6, 7, 8, 9, 10].map((failures) => loginDelaySeconds(failures, settings))).toEqual([1, 2, 4, 8, 16, 32]);
  });

  it('never waits longer than the maximum', () => {
    expect(loginDelaySeconds(11, settings)).toBe(60);
    expect(loginDelaySeconds(500, settings)).toBe(60);
  });
});
