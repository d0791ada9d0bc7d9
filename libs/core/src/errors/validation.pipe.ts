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
    // The French templates read each constraint's arguments (a maximum, a length) from the
    // metadata of the error's target: keep the target on the errors (Nest drops it by default).
    validationError: { target: true, value: true },
    exceptionFactory: (errors) => {
      const fields = toFieldErrors(errors);
      return AppException.badInput(`Données invalides : ${describeFieldErrors(fields)}`, fields);
    },
  });
}
