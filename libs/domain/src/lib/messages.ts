import type { InvitationViolation } from './invitation';
import type { PasswordViolation } from './password-policy';
import { PASSWORD_MAX, PASSWORD_MIN } from './password-policy';

export interface Bilingual {
  nl: string;
  en: string;
}

/** What a person reads when a password is refused, Dutch first. */
export const violationMessages: Record<PasswordViolation, Bilingual> = {
  TOO_SHORT: { nl: `Het wachtwoord moet minstens ${PASSWORD_MIN} tekens lang zijn.`, en: `The password must be at least ${PASSWORD_MIN} characters long.` },
  TOO_LONG: { nl: `Het wachtwoord mag hoogstens ${PASSWORD_MAX} tekens lang zijn.`, en: `The password may be at most ${PASSWORD_MAX} characters long.` },
  COMMON: { nl: 'Dit wachtwoord wordt veel gebruikt en is makkelijk te raden. Kies een ander.', en: 'This password is common and easy to guess. Choose another one.' },
  CONTAINS_EMAIL: { nl: 'Het wachtwoord mag uw e-mailadres niet bevatten.', en: 'The password must not contain your e-mail address.' },
};

export const invitationViolationMessages: Record<InvitationViolation, Bilingual> = {
  ORGANISATION_REQUIRED: { nl: 'Kies de organisatie waar deze persoon werkt.', en: 'Choose the organisation this person works for.' },
};
