import type { PersonalDataLocation } from './personal-data';

/**
 * The part of the personal-data catalogue (PERSONAL_DATA) that belongs to the account itself, in
 * every network: the person, their sessions, calendar feeds, password resets and second factors.
 */
export const ACCOUNT_LOCATIONS: readonly PersonalDataLocation[] = [
  {
    key: 'account',
    table: 'app_user',
    personColumn: 'id',
    scope: 'account',
    export: 'full',
    erasure: 'anonymise',
    description: {
      nl: 'Naam, e-mailadres, taal, aangemaakt op en meldingsinstellingen.',
      en: 'Name, e-mail address, language, created and notification settings.',
    },
  },
  {
    key: 'sessions',
    table: 'session',
    personColumn: 'user_id',
    scope: 'account',
    export: 'existence',
    erasure: 'delete',
    description: { nl: 'Actieve sessies: apparaat en data, nooit de sleutel.', en: 'Active sessions: device and dates, never the key.' },
  },
  {
    key: 'calendarFeeds',
    table: 'calendar_feed',
    personColumn: 'user_id',
    scope: 'account',
    export: 'existence',
    erasure: 'delete',
    description: { nl: 'Agenda-abonnement: of het bestaat en sinds wanneer.', en: 'Calendar feed: whether it exists and since when.' },
  },
  {
    key: 'passwordResets',
    table: 'password_reset',
    personColumn: 'user_id',
    scope: 'account',
    export: 'none',
    erasure: 'delete',
    description: { nl: 'Links om het wachtwoord te herstellen.', en: 'Password reset links.' },
  },
  {
    key: 'secondFactors',
    table: 'user_totp',
    personColumn: 'user_id',
    scope: 'account',
    export: 'existence',
    erasure: 'delete',
    description: {
      nl: 'Tweede factoren: de authenticator-app en passkeys (naam en data) en hoeveel herstelcodes er over zijn, nooit een geheim.',
      en: 'Second factors: the authenticator app and passkeys (name and dates) and how many recovery codes are left, never a secret.',
    },
  },
  {
    // Listed in the download under secondFactors.
    key: 'passkeys',
    table: 'passkey',
    personColumn: 'user_id',
    scope: 'account',
    export: 'none',
    erasure: 'delete',
    description: { nl: 'Passkeys: naam, data en de publieke sleutel.', en: 'Passkeys: name, dates and the public key.' },
  },
  {
    key: 'recoveryCodes',
    table: 'recovery_code',
    personColumn: 'user_id',
    scope: 'account',
    export: 'none',
    erasure: 'delete',
    description: { nl: 'Herstelcodes, alleen als hash bewaard.', en: 'Recovery codes, kept only as hashes.' },
  },
  {
    key: 'passkeyRegistrations',
    table: 'passkey_registration',
    personColumn: 'user_id',
    scope: 'account',
    export: 'none',
    erasure: 'delete',
    description: { nl: 'Een passkey die nog wordt aangemeld.', en: 'A passkey being registered.' },
  },
  {
    key: 'signInChallenges',
    table: 'sign_in_challenge',
    personColumn: 'user_id',
    scope: 'account',
    export: 'none',
    erasure: 'delete',
    description: { nl: 'Een inlog die op de tweede stap wacht.', en: 'A sign-in waiting for its second step.' },
  },
];
