import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { badUserInput, type FieldError } from '../errors/app-error';
import { translateConstraint } from './messages';

function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = error.constraints
      ? // the first failing rule is the one a person should fix first
        [{ field, messages: translateConstraint(Object.values(error.constraints)[0]) }]
      : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** class-validator on every input; failures become BAD_USER_INPUT with bilingual field messages. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    stopAtFirstError: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => badUserInput(flatten(errors)),
  });
}
