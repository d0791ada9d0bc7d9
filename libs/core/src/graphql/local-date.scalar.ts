import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD (rejects 2026-02-30). */
export function isLocalDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = LOCAL_DATE.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

function parse(value: unknown): string {
  if (!isLocalDate(value)) {
    throw new GraphQLError('Date invalide : format attendu AAAA-MM-JJ (par exemple 2026-03-15).', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
}

/** A calendar date without time or time zone (birth date, entry in the RSA scheme), as YYYY-MM-DD. */
export const LocalDateScalar = new GraphQLScalarType<string, string>({
  name: 'LocalDate',
  description: 'Date calendaire au format AAAA-MM-JJ',
  serialize: (value) => {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    return parse(value);
  },
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) return parse(undefined);
    return parse(ast.value);
  },
});
