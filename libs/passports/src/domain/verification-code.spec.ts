import fc from 'fast-check';
import {
  CODE_LENGTH,
  CROCKFORD_ALPHABET,
  formatVerificationCode,
  generateVerificationCode,
  normalizeVerificationCode,
} from './verification-code';

describe('generateVerificationCode', () => {
  it('makes 12 symbols of the Crockford alphabet', () => {
    for (let i = 0; i < 200; i++) {
      const code = generateVerificationCode();
      expect(code).toHaveLength(CODE_LENGTH);
      expect([...code].every((symbol) => CROCKFORD_ALPHABET.includes(symbol))).toBe(true);
    }
  });

  it('is a function of the random bytes, and distinct bytes give distinct codes', () => {
    const zeros = new Uint8Array(8);
    expect(generateVerificationCode(zeros)).toBe('000000000000');
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 8, maxLength: 8 }),
        fc.uint8Array({ minLength: 8, maxLength: 8 }),
        (a, b) => {
          // 60 of the 64 bits are used: bytes differing only in the 4 top bits give the same code.
          const used = (bytes: Uint8Array) => Buffer.from(bytes).readBigUInt64BE() & ((1n << 60n) - 1n);
          expect(generateVerificationCode(a) === generateVerificationCode(b)).toBe(used(a) === used(b));
        },
      ),
    );
  });

  it('draws fresh codes: no repeat in 10,000 draws', () => {
    const codes = new Set(Array.from({ length: 10_000 }, () => generateVerificationCode()));
    expect(codes.size).toBe(10_000);
  });
});

describe('normalizeVerificationCode', () => {
  it('reads back a printed code, whatever the case, dashes and spaces', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 8, maxLength: 8 }), (bytes) => {
        const code = generateVerificationCode(bytes);
        const printed = formatVerificationCode(code);
        expect(normalizeVerificationCode(printed)).toBe(code);
        expect(normalizeVerificationCode(printed.toLowerCase().replace(/-/g, ' '))).toBe(code);
      }),
    );
  });

  it('reads the letters I, L and O as the digits 1, 1 and 0', () => {
    expect(normalizeVerificationCode('OILA-BCDE-FGHJ')).toBe('011ABCDEFGHJ');
  });

  it('refuses what cannot be a code', () => {
    expect(normalizeVerificationCode('')).toBeNull();
    expect(normalizeVerificationCode('ABCD-EFGH-JKM')).toBeNull();
    expect(normalizeVerificationCode('ABCD-EFGH-JKMNP')).toBeNull();
    expect(normalizeVerificationCode('ABCD-EFGH-JKMU')).toBeNull();
    expect(normalizeVerificationCode("ABCD'; DROP TABLE")).toBeNull();
    expect(normalizeVerificationCode('A'.repeat(100))).toBeNull();
  });
});

describe('formatVerificationCode', () => {
  it('groups the symbols by four', () => {
    expect(formatVerificationCode('7KQ2M9XD4TRB')).toBe('7KQ2-M9XD-4TRB');
  });
});
