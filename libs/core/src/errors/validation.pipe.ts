import { ValidationPipe } from '@nestjs/common';
import { AppException } from './app.exception';
import { describeFieldErrors, toFieldErrors } from './validation-messages';

/**
 * The global input validation: unknown fields refused, values transformed to their types,
 * failures reported as BAD_USER_INPUT with one French message per field.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    stopAtFirstError: false,
    // The target lets the French messages read the decorators' arguments (maximum length…).
    validationError: { target: true, value: true },
    exceptionFactory: (errors) => {
      const fields = toFieldErrors(errors);
      return AppException.badInput(`Données invalides : ${describeFieldErrors(fields)}`, fields);
    },
  });
}
