import type { Role } from '@kijkje/domain';
import { greeting, longDate, type MailContent, type MailRecipient } from './mail-content';

/**
 * Security mails: sent because someone asked for them (an invitation, a reset). They carry a
 * one-time link, can never be switched off and never carry an unsubscribe header.
 */

const ROLE: Record<Role, { nl: string; en: string }> = {
  COORDINATOR: { nl: 'coördinator', en: 'coordinator' },
  MEMBER: { nl: 'lid', en: 'member' },
  FACILITATOR: { nl: 'begeleider', en: 'facilitator' },
};

export interface InvitationMail {
  network: string;
  role: Role;
  link: string;
  expiresAt: Date;
}

export function invitationMail(to: Pick<MailRecipient, 'name' | 'language'>, m: InvitationMail): MailContent {
  const role = ROLE[m.role];
  if (to.language === 'en')
    return {
      language: 'en',
      subject: `Invitation to ${m.network} in Kijkje`,
      preview: `You have been invited to ${m.network}.`,
      greeting: greeting('en', to.name),
      paragraphs: [
        `You have been invited as ${role.en} of "${m.network}" in Kijkje, where municipalities look in each other's kitchens.`,
        `Accept the invitation with this link (valid until ${longDate(m.expiresAt, 'en')}):`,
      ],
      action: { label: 'Accept the invitation', href: m.link },
      reason: `You get this e-mail because a coordinator of "${m.network}" invited this address. Not expecting it? Then you can ignore it.`,
    };
  return {
    language: 'nl',
    subject: `Uitnodiging voor ${m.network} in Kijkje`,
    preview: `U bent uitgenodigd voor ${m.network}.`,
    greeting: greeting('nl', to.name),
    paragraphs: [
      `U bent uitgenodigd als ${role.nl} van "${m.network}" in Kijkje, waar gemeenten elkaar een kijkje in de keuken geven.`,
      `Accepteer de uitnodiging via deze link (geldig tot ${longDate(m.expiresAt, 'nl')}):`,
    ],
    action: { label: 'Uitnodiging accepteren', href: m.link },
    reason: `U krijgt deze e-mail omdat een coördinator van "${m.network}" dit adres heeft uitgenodigd. Verwachtte u dit niet? Dan kunt u deze e-mail negeren.`,
  };
}

export function passwordResetMail(to: Pick<MailRecipient, 'name' | 'language'>, m: { link: string; minutes: number }): MailContent {
  if (to.language === 'en')
    return {
      language: 'en',
      subject: 'Kijkje: set a new password',
      preview: 'Choose a new password for Kijkje.',
      greeting: greeting('en', to.name),
      paragraphs: [`You asked for a new Kijkje password. Choose one with this link (valid for ${m.minutes} minutes):`],
      action: { label: 'Choose a new password', href: m.link },
      after: ['If you did not ask for this, you can ignore this e-mail.'],
      reason: 'You get this e-mail because someone asked for a new password for this address in Kijkje.',
    };
  return {
    language: 'nl',
    subject: 'Kijkje: nieuw wachtwoord instellen',
    preview: 'Kies een nieuw wachtwoord voor Kijkje.',
    greeting: greeting('nl', to.name),
    paragraphs: [`U vroeg om een nieuw wachtwoord voor Kijkje. Kies een nieuw wachtwoord via deze link (${m.minutes} minuten geldig):`],
    action: { label: 'Nieuw wachtwoord kiezen', href: m.link },
    after: ['Vroeg u dit niet aan? Dan kunt u deze e-mail negeren.'],
    reason: 'U krijgt deze e-mail omdat iemand voor dit adres een nieuw wachtwoord voor Kijkje heeft aangevraagd.',
  };
}

/** After a password change on the account page: says when, and what to do if it was not them. */
export function passwordChangedMail(to: Pick<MailRecipient, 'name' | 'language'>, m: { link: string; at: Date }): MailContent {
  if (to.language === 'en')
    return {
      language: 'en',
      subject: 'Kijkje: your password was changed',
      preview: 'Your Kijkje password was changed.',
      greeting: greeting('en', to.name),
      paragraphs: [
        `Your Kijkje password was changed on ${longDate(m.at, 'en')}. Every other session of your account was signed out.`,
        'Was this not you? Choose a new password at once with this link and tell your coordinator:',
      ],
      action: { label: 'Choose a new password', href: m.link },
      reason: 'You get this e-mail because the password of this account in Kijkje was changed. Security mails cannot be switched off.',
    };
  return {
    language: 'nl',
    subject: 'Kijkje: uw wachtwoord is gewijzigd',
    preview: 'Uw wachtwoord voor Kijkje is gewijzigd.',
    greeting: greeting('nl', to.name),
    paragraphs: [
      `Uw wachtwoord voor Kijkje is gewijzigd op ${longDate(m.at, 'nl')}. Al uw andere sessies zijn uitgelogd.`,
      'Was u dit niet? Kies dan meteen een nieuw wachtwoord via deze link en meld het bij uw coördinator:',
    ],
    action: { label: 'Nieuw wachtwoord kiezen', href: m.link },
    reason: 'U krijgt deze e-mail omdat het wachtwoord van dit account in Kijkje is gewijzigd. Beveiligingsmails kunt u niet uitzetten.',
  };
}
