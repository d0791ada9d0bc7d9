import { QueryFailedError } from 'typeorm';
import { describeError, describeQueryFailure } from './database-logger';

describe(describeQueryFailure.name, () => {
  const query = `INSERT INTO "beneficiary"("first_name", "email")
      VALUES ($1, $2)`;

  it('keeps the SQLSTATE, the constraint and the SQL text with its placeholders', () => {
    const error = Object.assign(new Error('duplicate key value violates unique constraint "uq_beneficiary_email"'), {
      code: '23505',
      constraint: 'uq_beneficiary_email',
      table: 'beneficiary',
      detail: 'Key (email)=(karima.benali@example.fr) already exists.',
      parameters: ['Karima', 'karima.benali@example.fr'],
    });
    expect(describeQueryFailure(error, query)).toEqual({
      event: 'db.query_failed',
      code: '23505',
      constraint: 'uq_beneficiary_email',
      table: 'beneficiary',
      column: undefined,
      query: 'INSERT INTO "beneficiary"("first_name", "email") VALUES ($1, $2)',
    });
  });

  it('never carries the values: not the parameters, nor the message or detail that quote them', () => {
    const error = Object.assign(new Error('invalid input syntax for type uuid: "karima.benali@example.fr"'), {
      code: '22P02',
      detail: 'Key (email)=(karima.benali@example.fr)',
    });
    const record = JSON.stringify(describeQueryFailure(error, query));
    expect(record).not.toContain('karima');
    expect(record).not.toContain('Karima');
    expect(record).toContain('22P02');
  });

  it('shortens a long statement and copes with an error that is only a string', () => {
    const long = `SELECT ${'a, '.repeat(400)}b FROM mission`;
    const record = describeQueryFailure('connection terminated', long);
    expect(record.query).toHaveLength(501);
    expect(record.query.endsWith('…')).toBe(true);
    expect(record.code).toBeUndefined();
  });
});

describe(describeError.name, () => {
  it('logs a failed query by its SQLSTATE, constraint and SQL, without the values it quotes', () => {
    const driverError = Object.assign(new Error('invalid input syntax for type date: "née le 3 mars"'), {
      code: '22007',
      table: 'beneficiary',
    });
    const error = new QueryFailedError(
      'UPDATE beneficiary SET birth_date = $1 WHERE id = $2',
      ['née le 3 mars', 'x'],
      driverError,
    );
    const record = describeError(error);
    expect(record.database).toEqual({
      code: '22007',
      constraint: undefined,
      table: 'beneficiary',
      column: undefined,
      query: 'UPDATE beneficiary SET birth_date = $1 WHERE id = $2',
    });
    expect(String(record.error)).toMatch(/^QueryFailedError\n\s+at /);
    expect(JSON.stringify(record)).not.toContain('née le 3 mars');
  });

  it('logs any other error with its stack', () => {
    const error = new TypeError('x is undefined');
    expect(describeError(error)).toEqual({ error: error.stack });
    expect(describeError('boom')).toEqual({ error: 'boom' });
  });
});
