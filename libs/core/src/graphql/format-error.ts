import { HttpException, Logger } from '@nestjs/common';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLFormattedError } from 'graphql';
import { describeError } from '../database/database-logger';
import { AppException } from '../errors/app.exception';
import { ErrorCode, defaultMessageOf } from '../errors/error-code';
import { UNKNOWN_REQUEST_ERROR_FR, translateGraphqlMessage } from './graphql-messages-fr';

const logger = new Logger('GraphQLErrors');

/** Errors produced by GraphQL itself before any resolver runs (syntax, unknown field, bad variable). */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/** Already French: our own scalars' and plugins' messages (accents, French quotes or apostrophe). */
const FRENCH_MARKS = /[éèêàâùûôîçœ«»’]/i;

/** The French message of a GraphQL request error: graphql-js's and Apollo's English shapes translated. */
export function frenchRequestErrorMessage(message: string): string {
  if (message.startsWith('Date invalide') || message.startsWith('Requête GraphQL invalide')) return message;
  const french = translateGraphqlMessage(message);
  if (french) return `Requête GraphQL invalide : ${french}`;
  if (FRENCH_MARKS.test(message.replace(/"[^"]*"/g, ''))) return `Requête GraphQL invalide : ${message}`;
  logger.warn({ event: 'graphql.untranslated_request_error', message: message.slice(0, 300) });
  return `Requête GraphQL invalide : ${UNKNOWN_REQUEST_ERROR_FR}`;
}

function codeOfHttpStatus(status: number): ErrorCode {
  if (status === 401) return ErrorCode.UNAUTHENTICATED;
  if (status === 403) return ErrorCode.FORBIDDEN;
  if (status === 404) return ErrorCode.NOT_FOUND;
  if (status === 409) return ErrorCode.CONFLICT;
  if (status === 429) return ErrorCode.RATE_LIMITED;
  if (status >= 400 && status < 500) return ErrorCode.BAD_USER_INPUT;
  return ErrorCode.INTERNAL_SERVER_ERROR;
}

/**
 * Turns any error into `{ message (French), extensions.code, [fields] }`. Domain errors keep
 * their code and message; GraphQL request errors keep their code with a French preamble;
 * anything unexpected is logged and reported as INTERNAL_SERVER_ERROR, never with a stack.
 */
export function formatGraphqlError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { locations: formatted.locations, path: formatted.path };

  if (original instanceof AppException) {
    return { ...base, message: original.message, extensions: { code: original.code, ...original.extra } };
  }
  if (original instanceof HttpException) {
    const code = codeOfHttpStatus(original.getStatus());
    return { ...base, message: defaultMessageOf(code), extensions: { code } };
  }
  const code = formatted.extensions?.code;
  if (code === ErrorCode.QUERY_TOO_COMPLEX) {
    return { ...base, message: formatted.message, extensions: { code } };
  }
  if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code)) {
    return { ...base, message: frenchRequestErrorMessage(formatted.message), extensions: { code } };
  }
  logger.error({ event: 'graphql.internal_error', path: formatted.path, ...describeError(original) });
  return {
    ...base,
    message: defaultMessageOf(ErrorCode.INTERNAL_SERVER_ERROR),
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}
