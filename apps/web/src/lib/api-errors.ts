// What the console makes of an API error: its stable code, its French message and, for invalid
// input, the message of each field (so that a form shows it next to the field).
import type { CombinedError } from 'urql';

export interface FieldMessages {
  [field: string]: string;
}

export interface ApiProblem {
  code: string;
  message: string;
  fields: FieldMessages;
}

const NETWORK_MESSAGE = 'Le serveur ne répond pas. Vérifiez votre connexion puis réessayez.';
const UNKNOWN_MESSAGE = 'Une erreur inattendue est survenue. Merci de réessayer.';

interface RawFieldError {
  field?: unknown;
  messages?: unknown;
}

/** Field names as the API reports them (`input.email`, `email`, `place.address`) → the form's name. */
export function fieldKey(field: string): string {
  return field.replace(/^input\./, '');
}

export function fieldsOf(extensions: Record<string, unknown> | undefined): FieldMessages {
  const raw = extensions?.fields;
  if (!Array.isArray(raw)) return {};
  const fields: FieldMessages = {};
  for (const entry of raw as RawFieldError[]) {
    if (typeof entry.field !== 'string') continue;
    const messages = Array.isArray(entry.messages) ? entry.messages.filter((m) => typeof m === 'string') : [];
    const key = fieldKey(entry.field);
    fields[key] = [fields[key], ...messages].filter(Boolean).join(' ; ');
  }
  return fields;
}

/**
 * The first problem of a failed operation: a GraphQL error (also when the API answered 4xx with
 * a GraphQL body), or the network.
 */
export function apiProblemOf(error: CombinedError | Error | null | undefined): ApiProblem {
  const combined = error as Partial<CombinedError> | null | undefined;
  const first = combined?.graphQLErrors?.[0];
  if (first) {
    const extensions = first.extensions as Record<string, unknown> | undefined;
    return {
      code: typeof extensions?.code === 'string' ? extensions.code : 'INTERNAL_SERVER_ERROR',
      message: first.message || UNKNOWN_MESSAGE,
      fields: fieldsOf(extensions),
    };
  }
  if (combined?.networkError) return { code: 'NETWORK_ERROR', message: NETWORK_MESSAGE, fields: {} };
  return { code: 'UNKNOWN', message: UNKNOWN_MESSAGE, fields: {} };
}

export function isUnauthenticated(error: CombinedError | undefined): boolean {
  return Boolean(error) && apiProblemOf(error).code === 'UNAUTHENTICATED';
}
