import { INDICATOR_DEFINITIONS } from '../domain/indicator-definitions';
import { BREAKDOWN_SQL } from './breakdown-sql';
import { INDICATOR_SQL, bindParameters } from './indicator-sql';

const VALUES = {
  from: '2026-01-01',
  to: '2026-04-01',
  territory: null,
  fromAt: new Date('2025-12-31T23:00:00.000Z'),
  toAt: new Date('2026-03-31T22:00:00.000Z'),
  today: '2026-05-01',
};

describe(bindParameters.name, () => {
  it('numbers the named parameters in order of appearance, each once', () => {
    expect(bindParameters('SELECT :to::date, :from::date, :to::date', VALUES)).toEqual({
      text: 'SELECT $1::date, $2::date, $1::date',
      parameters: ['2026-04-01', '2026-01-01'],
    });
  });

  it('leaves casts and string literals alone', () => {
    expect(bindParameters(`SELECT x::text, '(?:proposal):' || 'a:b', :today`, VALUES)).toEqual({
      text: `SELECT x::text, '(?:proposal):' || 'a:b', $1`,
      parameters: ['2026-05-01'],
    });
  });

  it('refuses an unknown parameter', () => {
    expect(() => bindParameters('SELECT :nope', VALUES)).toThrow('Unknown SQL parameter :nope');
  });

  it('binds every statement of every indicator and breakdown', () => {
    for (const sql of [...Object.values(INDICATOR_SQL), ...Object.values(BREAKDOWN_SQL)]) {
      const { text, parameters } = bindParameters(sql as string, VALUES);
      expect(text).not.toMatch(/(?<![:\w]):[a-z]+\b(?=(?:[^']*'[^']*')*[^']*$)/i);
      expect(parameters.length).toBeGreaterThan(0);
    }
  });

  it('has a statement for every indicator but the diversity indices (computed from the breakdowns)', () => {
    const withSql = new Set(Object.keys(INDICATOR_SQL));
    expect(INDICATOR_DEFINITIONS.filter((d) => !withSql.has(d.code)).map((d) => d.code)).toEqual([
      'A5-Q1-DOM',
      'A5-Q1-STR',
    ]);
  });
});
