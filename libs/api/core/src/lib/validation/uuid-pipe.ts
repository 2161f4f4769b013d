import { ParseUUIDPipe } from '@nestjs/common';
import { fieldError } from '../errors/app-error';

/** Validates an ID argument; a malformed one is BAD_USER_INPUT on that field. */
export const uuidArg = (field: string, options: { optional?: boolean } = {}) =>
  new ParseUUIDPipe({
    optional: options.optional,
    exceptionFactory: () => fieldError(field, 'Dit is geen geldige verwijzing.', 'This is not a valid reference.'),
  });
