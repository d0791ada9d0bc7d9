/**
 * How long an account must wait after its latest wrong password: nothing for the first
 * `freeFailures`, then 1 s, 2 s, 4 s… doubling up to `maxDelaySeconds`.
 */
export function loginDelaySeconds(
  failures: number,
  { freeFailures, maxDelaySeconds }: { freeFailures: number; maxDelaySeconds: number },
): number {
  if (failures < freeFailures) return 0;
  return Math.min(2 ** (failures - freeFailures), maxDelaySeconds);
}
