import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/**
 * An instant written in ISO 8601 with its offset: `2026-03-10T09:00:00+01:00` or `…Z`. A time
 * without an offset (`2026-03-10T09:00:00`) names no instant — the server would read it in its own
 * time zone (UTC: « 09:00 » became a 10 h slot in Paris) — so it is refused, never guessed.
 */
const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-](\d{2}):(\d{2}))$/i;

export const DATE_TIME_MESSAGE =
  'Date et heure invalides : format attendu AAAA-MM-JJTHH:MM avec le décalage horaire (par exemple 2026-03-10T09:00:00+01:00 ou 2026-03-10T08:00:00Z).';

/** The instant a string names, or null when it is not an ISO 8601 date-time with an offset. */
export function parseInstant(value: unknown): Date | null {
  if (typeof value !== 'string') return null;
  const match = ISO_INSTANT.exec(value);
  if (!match) return null;
  const [, year, month, day, hour, minute, second = '0'] = match;
  // Reject what Date would roll over (2026-02-30, 24:00, 10:75…).
  const calendar = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (calendar.getUTCMonth() !== Number(month) - 1 || calendar.getUTCDate() !== Number(day)) return null;
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) return null;
  if (match[9] !== undefined && (Number(match[9]) > 18 || Number(match[10]) > 59)) return null;
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? null : instant;
}

function parse(value: unknown): Date {
  const instant = parseInstant(value);
  if (!instant) throw new GraphQLError(DATE_TIME_MESSAGE, { extensions: { code: 'BAD_USER_INPUT' } });
  return instant;
}

/** The `DateTime` scalar of the whole API: out as UTC ISO strings, in only with an explicit offset. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description:
    'Date et heure ISO 8601 avec décalage horaire (2026-03-10T09:00:00+01:00 ou 2026-03-10T08:00:00.000Z) ; sans décalage, la valeur est refusée',
  serialize: (value) => {
    const instant = value instanceof Date ? value : typeof value === 'string' ? parseInstant(value) : null;
    if (!instant || Number.isNaN(instant.getTime())) throw new GraphQLError('DateTime : valeur non sérialisable');
    return instant.toISOString();
  },
  parseValue: parse,
  parseLiteral: (ast) => parse(ast.kind === Kind.STRING ? ast.value : undefined),
});
