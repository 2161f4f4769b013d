import type { Bilingual } from '../../errors/app-error';

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Why a sign-in through an organisation did not go through: what the person reads, Dutch first, then English. */
export const SSO_MESSAGES = {
  noProvider: {
    nl: 'Voor dit e-mailadres is inloggen met uw organisatie niet ingesteld. Log in met uw wachtwoord, of vraag de coördinator van uw netwerk.',
    en: 'Signing in with your organisation is not set up for this e-mail address. Sign in with your password, or ask your network’s coordinator.',
  },
  expired: {
    nl: 'Deze inlogpoging is verlopen of al gebruikt. Begin opnieuw bij Inloggen.',
    en: 'This sign-in attempt has expired or was already used. Start again at Sign in.',
  },
  rejected: {
    nl: 'Uw organisatie bevestigde uw inlog niet op een manier die Kijkje kan vertrouwen. Probeer het opnieuw of neem contact op met de coördinator.',
    en: 'Your organisation did not confirm your sign-in in a way Kijkje can trust. Try again or contact the coordinator.',
  },
  unverified: {
    nl: 'Uw organisatie heeft uw e-mailadres niet bevestigd; daarom kunt u zo niet inloggen.',
    en: 'Your organisation has not verified your e-mail address, so you cannot sign in this way.',
  },
  notMember: {
    nl: 'U bent (nog) geen lid van dit netwerk. Vraag de coördinator om een uitnodiging.',
    en: 'You are not (yet) a member of this network. Ask the coordinator for an invitation.',
  },
  pending: {
    nl: 'Uw aanmelding is ontvangen. De coördinator van het netwerk moet uw lidmaatschap nog goedkeuren; daarna kunt u inloggen.',
    en: 'Your request has been received. The network’s coordinator still has to approve your membership; after that you can sign in.',
  },
  inactive: {
    nl: 'Uw lidmaatschap van dit netwerk wacht op goedkeuring of is beëindigd.',
    en: 'Your membership of this network is awaiting approval or has ended.',
  },
} satisfies Record<string, Bilingual>;

export type SsoOutcome = keyof typeof SSO_MESSAGES;

/** A page of its own (no web app needed), both languages, with the way back to sign-in. */
export function ssoPage(messages: Bilingual, signInLink: string, choices: { name: string; href: string }[] = []): string {
  const list = choices.length ? `<ul>${choices.map((c) => `<li><a href="${escape(c.href)}">${escape(c.name)}</a></li>`).join('')}</ul>` : '';
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Inloggen met uw organisatie - Kijkje</title>
<style>body{font-family:"Noto Sans",Arial,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a;line-height:1.5}h1{color:#01689b}a{color:#01689b}</style>
</head><body><main><h1>Inloggen met uw organisatie</h1><p role="alert">${escape(messages.nl)}</p>${list}<p><a href="${escape(signInLink)}">Naar inloggen</a></p>
<section lang="en"><h2>Sign in with your organisation</h2><p>${escape(messages.en)}</p><p><a href="${escape(signInLink)}">To sign in</a></p></section></main></body></html>`;
}
