/**
 * The stable error codes of the API (`extensions.code` in GraphQL, `code` in JSON bodies).
 * Clients and tests rely on them: add codes, never rename one.
 */
export enum ErrorCode {
  /** Malformed or invalid input; `extensions.fields` lists the fields. */
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  /** No valid session (missing, invalid or expired token, wrong credentials). */
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  /** Authenticated but not allowed. */
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  /** The state machine refuses this action from the current status. */
  INVALID_TRANSITION = 'INVALID_TRANSITION',
  /** The request conflicts with existing data (duplicate, already done by someone else). */
  CONFLICT = 'CONFLICT',
  /** No place left on a mission. */
  MISSION_FULL = 'MISSION_FULL',
  /** The beneficiary has not given (or has withdrawn) consent. */
  CONSENT_REQUIRED = 'CONSENT_REQUIRED',
  /** An interview slot is taken or overlaps another booking. */
  SLOT_UNAVAILABLE = 'SLOT_UNAVAILABLE',
  /** A signed link is invalid, expired, or used for something else. */
  INVALID_LINK = 'INVALID_LINK',
  RATE_LIMITED = 'RATE_LIMITED',
  /** The GraphQL operation is too deep or too complex. */
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  /** The request body is over the size limit. */
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** HTTP status for each code. Exhaustive: a new code that is not mapped does not compile. */
export function httpStatusOf(code: ErrorCode): number {
  switch (code) {
    case ErrorCode.BAD_USER_INPUT:
      return 400;
    case ErrorCode.UNAUTHENTICATED:
    case ErrorCode.INVALID_LINK:
      return 401;
    case ErrorCode.FORBIDDEN:
      return 403;
    case ErrorCode.NOT_FOUND:
      return 404;
    case ErrorCode.INVALID_TRANSITION:
    case ErrorCode.CONFLICT:
    case ErrorCode.MISSION_FULL:
    case ErrorCode.CONSENT_REQUIRED:
    case ErrorCode.SLOT_UNAVAILABLE:
      return 409;
    case ErrorCode.QUERY_TOO_COMPLEX:
      return 400;
    case ErrorCode.PAYLOAD_TOO_LARGE:
      return 413;
    case ErrorCode.RATE_LIMITED:
      return 429;
    case ErrorCode.INTERNAL_SERVER_ERROR:
      return 500;
    default: {
      const unmapped: never = code;
      throw new Error(`Unmapped error code ${String(unmapped)}`);
    }
  }
}

/** The French message used when an error carries none of its own. */
export function defaultMessageOf(code: ErrorCode): string {
  switch (code) {
    case ErrorCode.BAD_USER_INPUT:
      return 'Les données envoyées sont invalides.';
    case ErrorCode.UNAUTHENTICATED:
      return 'Vous devez être connecté(e) pour effectuer cette action.';
    case ErrorCode.FORBIDDEN:
      return "Vous n'avez pas les droits nécessaires pour effectuer cette action.";
    case ErrorCode.NOT_FOUND:
      return "L'élément demandé est introuvable.";
    case ErrorCode.INVALID_TRANSITION:
      return "Cette action n'est pas possible dans l'état actuel.";
    case ErrorCode.CONFLICT:
      return 'Cette action entre en conflit avec des données existantes.';
    case ErrorCode.MISSION_FULL:
      return "Il n'y a plus de place sur cette mission.";
    case ErrorCode.CONSENT_REQUIRED:
      return "La personne n'a pas donné son accord pour recevoir des propositions de mission.";
    case ErrorCode.SLOT_UNAVAILABLE:
      return "Ce créneau n'est plus disponible.";
    case ErrorCode.INVALID_LINK:
      return "Ce lien n'est pas valide ou a expiré.";
    case ErrorCode.RATE_LIMITED:
      return 'Trop de tentatives. Merci de patienter une minute avant de réessayer.';
    case ErrorCode.QUERY_TOO_COMPLEX:
      return 'Cette requête est trop complexe.';
    case ErrorCode.PAYLOAD_TOO_LARGE:
      return 'La requête est trop volumineuse.';
    case ErrorCode.INTERNAL_SERVER_ERROR:
      return 'Une erreur interne est survenue. Merci de réessayer plus tard.';
    default: {
      const unmapped: never = code;
      throw new Error(`Unmapped error code ${String(unmapped)}`);
    }
  }
}
