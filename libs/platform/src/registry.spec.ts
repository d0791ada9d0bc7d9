import { MIGRATIONS } from './registry';

describe('MIGRATIONS', () => {
  it('lists migrations in timestamp order, each once', () => {
    const timestamps = MIGRATIONS.map((migration) => Number(/(\d{13})$/.exec(migration.name)?.[1]));
    expect(timestamps.every((t) => Number.isFinite(t))).toBe(true);
    expect([...timestamps].sort((a, b) => a - b)).toEqual(timestamps);
    expect(new Set(timestamps).size).toBe(timestamps.length);
  });
});
