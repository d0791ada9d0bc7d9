import { Kind } from 'graphql';
import { DateTimeScalar, parseInstant } from './date-time.scalar';

describe(DateTimeScalar.name, () => {
  it('reads an instant with its offset, Paris winter and summer time alike', () => {
    expect(parseInstant('2026-03-10T09:00:00+01:00')?.toISOString()).toBe('2026-03-10T08:00:00.000Z');
    expect(parseInstant('2026-07-07T09:00:00+02:00')?.toISOString()).toBe('2026-07-07T07:00:00.000Z');
    expect(parseInstant('2026-03-10T08:00:00.000Z')?.toISOString()).toBe('2026-03-10T08:00:00.000Z');
    expect(parseInstant('2026-03-10T08:00Z')?.toISOString()).toBe('2026-03-10T08:00:00.000Z');
  });

  it('refuses a time without an offset instead of reading it in the server’s time zone', () => {
    expect(parseInstant('2026-03-10T09:00:00')).toBeNull();
    expect(parseInstant('2026-03-10T09:00')).toBeNull();
    expect(() => DateTimeScalar.parseValue('2026-03-10T09:00:00')).toThrow(/décalage horaire/);
    expect(() => DateTimeScalar.parseLiteral({ kind: Kind.STRING, value: '2026-03-10T09:00' }, {})).toThrow(
      /décalage horaire/,
    );
  });

  it('refuses dates that do not exist and values that are not date-times', () => {
    for (const value of ['2026-02-30T09:00:00Z', '2026-03-10T24:00:00Z', '2026-03-10', 'demain', 1773129600000, null]) {
      expect(parseInstant(value)).toBeNull();
    }
  });

  it('writes instants as UTC ISO strings', () => {
    expect(DateTimeScalar.serialize(new Date('2026-03-10T09:00:00+01:00'))).toBe('2026-03-10T08:00:00.000Z');
  });
});
