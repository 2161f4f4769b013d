import type { InvitationViolation } from './invitation';
import type { PasswordViolation } from './password-policy';
import { PASSWORD_MAX, PASSWORD_MIN } from './password-policy';

export interface Bilingual {
  nl: string;
  en: string;
}

export type Language = keyof Bilingual;

/** Every rule-violation code the domain rules return. */
export type ViolationCode = PasswordViolation | InvitationViolation;

/** What a person reads when a rule refuses their input: Dutch first. */
export const violationMessages: Readonly<Record<ViolationCode, Bilingual>> = {
  TOO_SHORT: {
    nl: `Het wachtwoord moet minstens ${PASSWORD_MIN} tekens lang zijn.`,
    en: `The password must be at least ${PASSWORD_MIN} characters long.`,
  },
  TOO_LONG: {
    nl: `Het wachtwoord mag maximaal ${PASSWORD_MAX} tekens lang zijn.`,
    en: `The password may be at most ${PASSWORD_MAX} characters long.`,
  },
  COMMON: {
    nl: 'Dit wachtwoord wordt veel gebruikt en is makkelijk te raden. Kies een ander wachtwoord.',
    en: 'This password is used a lot and is easy to guess. Choose a different password.',
  },
  CONTAINS_EMAIL: {
    nl: 'Het wachtwoord mag uw e-mailadres niet bevatten.',
    en: 'The password must not contain your e-mail address.',
  },
  ORGANISATION_REQUIRED: {
    nl: 'Een lid hoort bij een organisatie. Kies de organisatie van deze persoon.',
    en: 'A member belongs to an organisation. Choose the organisation of this person.',
  },
};

/** The message for a violation code in the given language. */
export function violationMessage(code: ViolationCode, language: Language = 'nl'): string {
  return violationMessages[code][language];
}

/** The messages for password violations only (kept for callers that handle just those). */
export const passwordViolationMessages: Readonly<Record<PasswordViolation, Bilingual>> = {
  TOO_SHORT: violationMessages.TOO_SHORT,
  TOO_LONG: violationMessages.TOO_LONG,
  COMMON: violationMessages.COMMON,
  CONTAINS_EMAIL: violationMessages.CONTAINS_EMAIL,
};

/** The messages for invitation violations only. */
export const invitationViolationMessages: Readonly<Record<InvitationViolation, Bilingual>> = {
  ORGANISATION_REQUIRED: violationMessages.ORGANISATION_REQUIRED,
};
