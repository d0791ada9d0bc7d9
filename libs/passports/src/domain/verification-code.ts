import { randomBytes } from 'node:crypto';

/**
 * Verification codes printed on each issued passport: 12 symbols of Crockford's base 32
 * (60 random bits from the system CSPRNG), shown as `7KQ2-M9XD-4TRB`. No vowels that could spell
 * words, no I/L/O/U that read like 1/0/V: easy to read aloud and to type from paper. Typing
 * is forgiving: lower case, spaces and dashes are accepted, and I, L, O read as 1, 1, 0.
 */
export const CROCKFORD_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CODE_LENGTH = 12;
const GROUP = 4;
const CANONICAL = new RegExp(`^[${CROCKFORD_ALPHABET}]{${CODE_LENGTH}}$`);

/** A new code in canonical form (12 symbols, no dashes), from `bytes` (8 random bytes by default). */
export function generateVerificationCode(bytes: Uint8Array = randomBytes(8)): string {
  if (bytes.length < 8) throw new Error('A verification code needs 8 random bytes');
  let value = 0n;
  for (const byte of bytes.subarray(0, 8)) value = (value << 8n) | BigInt(byte);
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) {
    code += CROCKFORD_ALPHABET[Number(value & 31n)];
    value >>= 5n;
  }
  return code;
}

/** The canonical form of what someone typed or scanned, or null when it cannot be a code. */
export function normalizeVerificationCode(input: string): string | null {
  if (typeof input !== 'string' || input.length > 40) return null;
  const canonical = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return CANONICAL.test(canonical) ? canonical : null;
}

/** `7KQ2M9XD4TRB` → `7KQ2-M9XD-4TRB` */
export function formatVerificationCode(code: string): string {
  const groups: string[] = [];
  for (let i = 0; i < code.length; i += GROUP) groups.push(code.slice(i, i + GROUP));
  return groups.join('-');
}
