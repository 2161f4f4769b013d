import { greeting, longDate, type MailContent, type MailRecipient } from './mail-content';

/** Mails about something that happened in a network, sent to the people it concerns. */

type To = Pick<MailRecipient, 'name' | 'language'>;

const contactReason = (organisation: string) => ({
  nl: `U krijgt deze e-mail omdat u in Kijkje contactpersoon bent van ${organisation}.`,
  en: `You get this e-mail because you are a contact person of ${organisation} in Kijkje.`,
});

export function findingsSharedMail(to: To, m: { organisation: string; count: number; deadline: Date; link: string }): MailContent {
  const reason = contactReason(m.organisation);
  if (to.language === 'en')
    return {
      language: 'en',
      subject: `Kijkje: findings of the visit to ${m.organisation}`,
      preview: `${m.count} finding(s) shared with you.`,
      greeting: greeting('en', to.name),
      paragraphs: [
        `The review team has shared ${m.count} finding(s) of the visit to ${m.organisation}. You can reply to each until ${longDate(m.deadline, 'en')} ` +
          'and decide whether it may be used, anonymised, in the harvest.',
      ],
      action: { label: 'Read the findings', href: m.link },
      reason: reason.en,
    };
  return {
    language: 'nl',
    subject: `Kijkje: bevindingen van het bezoek aan ${m.organisation}`,
    preview: `${m.count} bevinding(en) met u gedeeld.`,
    greeting: greeting('nl', to.name),
    paragraphs: [
      `Het reviewteam heeft ${m.count} bevinding(en) van het bezoek aan ${m.organisation} met u gedeeld. ` +
        `U kunt tot en met ${longDate(m.deadline, 'nl')} op elke bevinding reageren en aangeven of die geanonimiseerd in de oogst mag.`,
    ],
    action: { label: 'Bevindingen lezen', href: m.link },
    reason: reason.nl,
  };
}

export function reportSharedMail(to: To, m: { organisation: string; deadline: Date; link: string }): MailContent {
  const reason = contactReason(m.organisation);
  if (to.language === 'en')
    return {
      language: 'en',
      subject: `Kijkje: the visit report of ${m.organisation}`,
      preview: 'The visit report has been shared with you.',
      greeting: greeting('en', to.name),
      paragraphs: [`The review team has shared the visit report of ${m.organisation} with you. You can comment until ${longDate(m.deadline, 'en')}.`],
      action: { label: 'Read the report', href: m.link },
      reason: reason.en,
    };
  return {
    language: 'nl',
    subject: `Kijkje: het bezoekverslag van ${m.organisation}`,
    preview: 'Het bezoekverslag is met u gedeeld.',
    greeting: greeting('nl', to.name),
    paragraphs: [`Het reviewteam heeft het bezoekverslag van ${m.organisation} met u gedeeld. U kunt tot en met ${longDate(m.deadline, 'nl')} reageren.`],
    action: { label: 'Verslag lezen', href: m.link },
    reason: reason.nl,
  };
}

export function placeInProgrammeMail(to: To, m: { organisation: string; programme: string; link: string }): MailContent {
  const reason = contactReason(m.organisation);
  if (to.language === 'en')
    return {
      language: 'en',
      subject: `Kijkje: ${m.organisation} has a place in ${m.programme}`,
      preview: 'Your application moved from the waitlist to accepted.',
      greeting: greeting('en', to.name),
      paragraphs: [`A place has become available in "${m.programme}": the application of ${m.organisation} has moved from the waitlist to accepted.`],
      action: { label: 'Open the programme', href: m.link },
      reason: reason.en,
    };
  return {
    language: 'nl',
    subject: `Kijkje: ${m.organisation} heeft een plaats in ${m.programme}`,
    preview: 'Uw aanmelding is van de wachtlijst geaccepteerd.',
    greeting: greeting('nl', to.name),
    paragraphs: [`Er is een plaats vrijgekomen in "${m.programme}". De aanmelding van ${m.organisation} stond op de wachtlijst en is nu geaccepteerd.`],
    action: { label: 'Programma openen', href: m.link },
    reason: reason.nl,
  };
}

/** The visit's time as people read it, in the recipient's language: "zaterdag 30 oktober 2027 19:30–22:00". */
function visitWhen(start: Date, end: Date, language: MailRecipient['language']): string {
  const format = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'full', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });
  return format.formatRange(start, end);
}

/** The calendar invitation of a visit, to the host's contacts and the review team (the .ics travels as an attachment). */
export function visitInvitationMail(to: To, m: { host: string; start: Date; end: Date; location: string; link: string }): MailContent {
  const where = m.location ? `, ${m.location}` : '';
  if (to.language === 'en')
    return {
      language: 'en',
      subject: `Kijkje: visit to ${m.host}`,
      preview: `The visit to ${m.host} is on ${visitWhen(m.start, m.end, 'en')}.`,
      greeting: greeting('en', to.name),
      paragraphs: [`The visit to ${m.host} is on ${visitWhen(m.start, m.end, 'en')}${where}.`, 'The invitation for your calendar is attached to this message.'],
      action: { label: 'Open the visit', href: m.link },
      reason: `You get this e-mail because you host or review the visit to ${m.host} in Kijkje.`,
    };
  return {
    language: 'nl',
    subject: `Kijkje: bezoek aan ${m.host}`,
    preview: `Het bezoek aan ${m.host} is op ${visitWhen(m.start, m.end, 'nl')}.`,
    greeting: greeting('nl', to.name),
    paragraphs: [
      `Het bezoek aan ${m.host} is op ${visitWhen(m.start, m.end, 'nl')}${where}.`,
      'De uitnodiging voor uw agenda zit als bijlage bij dit bericht.',
    ],
    action: { label: 'Naar het bezoek', href: m.link },
    reason: `U krijgt deze e-mail omdat u in Kijkje het bezoek aan ${m.host} ontvangt of reviewt.`,
  };
}

/** To someone taken off a visit's review team: the visit leaves their calendar (the cancellation travels as an attachment). */
export function visitLeftTeamMail(to: To, m: { host: string; start: Date; end: Date; link: string }): MailContent {
  if (to.language === 'en')
    return {
      language: 'en',
      subject: `Kijkje: you are no longer on the team for the visit to ${m.host}`,
      preview: `The visit to ${m.host} leaves your calendar.`,
      greeting: greeting('en', to.name),
      paragraphs: [
        `You are no longer on the review team for the visit to ${m.host} on ${visitWhen(m.start, m.end, 'en')}.`,
        'The cancellation attached to this message takes the visit out of your calendar.',
      ],
      action: { label: 'Your visits', href: m.link },
      reason: `You get this e-mail because you were on the review team for the visit to ${m.host} in Kijkje.`,
    };
  return {
    language: 'nl',
    subject: `Kijkje: u bent niet meer in het team voor het bezoek aan ${m.host}`,
    preview: `Het bezoek aan ${m.host} gaat uit uw agenda.`,
    greeting: greeting('nl', to.name),
    paragraphs: [
      `U bent niet meer in het reviewteam voor het bezoek aan ${m.host} op ${visitWhen(m.start, m.end, 'nl')}.`,
      'De annulering in de bijlage haalt het bezoek uit uw agenda.',
    ],
    action: { label: 'Naar uw bezoeken', href: m.link },
    reason: `U krijgt deze e-mail omdat u in het reviewteam zat voor het bezoek aan ${m.host} in Kijkje.`,
  };
}
