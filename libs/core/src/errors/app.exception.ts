import { ErrorCode, defaultMessageOf } from './error-code';
import { FieldError } from './validation-messages';

/**
 * The one exception the domains throw for anything a caller should see: a stable code,
 * a French message and, for invalid input, the offending fields. Anything else that
 * escapes a resolver is reported as INTERNAL_SERVER_ERROR without details.
 */
export class AppException extends Error {
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly extra: { fields?: FieldError[]; [key: string]: unknown } = {},
  ) {
    super(message ?? defaultMessageOf(code));
    this.name = 'AppException';
  }

  static badInput(message: string, fields: FieldError[] = []): AppException {
    return new AppException(ErrorCode.BAD_USER_INPUT, message, { fields });
  }

  /** Invalid value of a single field: `AppException.invalidField('communeCode', 'commune inconnue')`. */
  static invalidField(field: string, message: string): AppException {
    return new AppException(ErrorCode.BAD_USER_INPUT, `${field} : ${message}`, {
      fields: [{ field, messages: [message] }],
    });
  }

  static notFound(message?: string): AppException {
    return new AppException(ErrorCode.NOT_FOUND, message);
  }

  static forbidden(message?: string): AppException {
    return new AppException(ErrorCode.FORBIDDEN, message);
  }

  static invalidTransition(message: string, currentStatus?: string): AppException {
    return new AppException(ErrorCode.INVALID_TRANSITION, message, { currentStatus });
  }

  static conflict(message?: string): AppException {
    return new AppException(ErrorCode.CONFLICT, message);
  }
}
