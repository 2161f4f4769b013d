import { checkPassword, violationMessages } from '@kijkje/domain';
import { badUserInput } from '../errors/app-error';

/** Applies the domain's password policy; violations become bilingual field messages. */
export function assertPasswordAcceptable(password: string, field: string, context: { email?: string; name?: string }): void {
  const violations = checkPassword(password, context);
  if (violations.length > 0) {
    throw badUserInput(violations.map((code) => ({ field, messages: violationMessages[code] })));
  }
}
