import { greeting, type MailContent, type MailRecipient } from './mail-content';

/**
 * Sent once, when a coordinator admits someone who asked to join by signing in through their own
 * organisation: until then they could not get in, so this is how they learn they can.
 */
export function membershipAdmittedMail(to: Pick<MailRecipient, 'name' | 'language'>, m: { network: string; link: string }): MailContent {
  if (to.language === 'en')
    return {
      language: 'en',
      subject: `You have been admitted to ${m.network} in Kijkje`,
      preview: `A coordinator admitted you to ${m.network}.`,
      greeting: greeting('en', to.name),
      paragraphs: [
        `You signed in to Kijkje through your organisation and asked to join "${m.network}". A coordinator has admitted you.`,
        'Sign in the same way, through your organisation:',
      ],
      action: { label: 'Sign in to Kijkje', href: m.link },
      reason: `You get this e-mail because you asked to join "${m.network}" in Kijkje.`,
    };
  return {
    language: 'nl',
    subject: `U bent toegelaten tot ${m.network} in Kijkje`,
    preview: `Een coördinator heeft u toegelaten tot ${m.network}.`,
    greeting: greeting('nl', to.name),
    paragraphs: [
      `U logde in bij Kijkje via uw organisatie en vroeg toegang tot "${m.network}". Een coördinator heeft u toegelaten.`,
      'Log op dezelfde manier in, via uw organisatie:',
    ],
    action: { label: 'Inloggen bij Kijkje', href: m.link },
    reason: `U krijgt deze e-mail omdat u toegang vroeg tot "${m.network}" in Kijkje.`,
  };
}
