import type { MeetingReminderStage } from '@kijkje/domain';
import { appointmentWhen, atPlace as at, calendarSentence, REMINDER_PREVIEW } from './appointment-mail-parts';
import { greeting, type MailContent, type MailRecipient } from './mail-content';
import { notificationReason } from './notification-mails';
import { themeTables, type MeetingRole } from './meeting-role-mails';

/**
 * Mails to the people registered for a work meeting: their registration and what becomes of it
 * (the meeting's calendar file travels along where they hold a place), and the reminders before it.
 */

type To = Pick<MailRecipient, 'name' | 'language'>;

/** What a mail says about the meeting. */
export interface MeetingMailFacts {
  title: string;
  start: Date;
  end: Date;
  /** The place, or the online link, or nothing yet. */
  where: string;
  /** The meeting's page. */
  link: string;
}

/**
 * - REGISTERED: a place at once; PROMOTED: a place from the waitlist (both with the invitation);
 * - WAITLISTED: on the waitlist at `position`; MOVED: another time or place (the updated invitation);
 * - WITHDRAWN: the person gave up their registration; CANCELLED: the meeting does not take place
 *   (both with the cancellation when their calendar has the meeting).
 */
export type MeetingMailKind = 'REGISTERED' | 'PROMOTED' | 'WAITLISTED' | 'MOVED' | 'WITHDRAWN' | 'CANCELLED';

/** The meeting’s time as people read it: "dinsdag 14 mei 2030, 13:30–17:00", in Dutch time. */
export const meetingWhen = appointmentWhen;

type Texts = { subject: string; preview: string; paragraph: string };

const DUTCH: Record<MeetingMailKind, (title: string, when: string, where: string, position: number) => Texts> = {
  REGISTERED: (title, when, where) => ({
    subject: `u bent aangemeld voor ${title}`,
    preview: `U bent aangemeld voor ${title}.`,
    paragraph: `U bent aangemeld voor de werkbijeenkomst ${title} op ${when}${where}.`,
  }),
  PROMOTED: (title, when, where) => ({
    subject: `er is een plaats voor u bij ${title}`,
    preview: 'Er is een plaats vrijgekomen.',
    paragraph: `Er is een plaats vrijgekomen: u stond op de wachtlijst en bent nu aangemeld voor de werkbijeenkomst ${title} op ${when}${where}.`,
  }),
  WAITLISTED: (title, when, _where, position) => ({
    subject: `u staat op de wachtlijst voor ${title}`,
    preview: `U staat op plaats ${position} van de wachtlijst.`,
    paragraph:
      `De werkbijeenkomst ${title} op ${when} is vol. U staat op plaats ${position} van de wachtlijst. ` +
      'Komt er een plaats vrij, dan krijgt u bericht, met de uitnodiging voor uw agenda.',
  }),
  MOVED: (title, when, where) => ({
    subject: `${title} is gewijzigd`,
    preview: `Nu op ${when}.`,
    paragraph: `De tijd of plaats van de werkbijeenkomst ${title} is gewijzigd. Die is nu op ${when}${where}.`,
  }),
  WITHDRAWN: (title, when) => ({
    subject: `u bent afgemeld voor ${title}`,
    preview: `U bent afgemeld voor ${title}.`,
    paragraph: `U bent afgemeld voor de werkbijeenkomst ${title} op ${when}.`,
  }),
  CANCELLED: (title, when) => ({
    subject: `${title} gaat niet door`,
    preview: `${title} gaat niet door.`,
    paragraph: `De werkbijeenkomst ${title} op ${when} gaat niet door.`,
  }),
};

const ENGLISH: typeof DUTCH = {
  REGISTERED: (title, when, where) => ({
    subject: `you are registered for ${title}`,
    preview: `You are registered for ${title}.`,
    paragraph: `You are registered for the work meeting ${title} on ${when}${where}.`,
  }),
  PROMOTED: (title, when, where) => ({
    subject: `there is a place for you at ${title}`,
    preview: 'A place has become available.',
    paragraph: `A place has become available: you were on the waitlist and are now registered for the work meeting ${title} on ${when}${where}.`,
  }),
  WAITLISTED: (title, when, _where, position) => ({
    subject: `you are on the waitlist for ${title}`,
    preview: `You are number ${position} on the waitlist.`,
    paragraph:
      `The work meeting ${title} on ${when} is full. You are number ${position} on the waitlist. ` +
      'If a place becomes available, you will hear from us, with the invitation for your calendar.',
  }),
  MOVED: (title, when, where) => ({
    subject: `${title} has changed`,
    preview: `Now on ${when}.`,
    paragraph: `The time or place of the work meeting ${title} has changed. It is now on ${when}${where}.`,
  }),
  WITHDRAWN: (title, when) => ({
    subject: `you are no longer registered for ${title}`,
    preview: `You are no longer registered for ${title}.`,
    paragraph: `You are no longer registered for the work meeting ${title} on ${when}.`,
  }),
  CANCELLED: (title, when) => ({
    subject: `${title} is cancelled`,
    preview: `${title} is cancelled.`,
    paragraph: `The work meeting ${title} on ${when} is cancelled.`,
  }),
};

/**
 * A mail about someone's registration for a meeting. `calendar` says what is attached (the
 * invitation or the cancellation), so the text tells the reader; KEEP when nothing is as their
 * calendar has the meeting and keeps it (they host one of its tables, say); null when nothing is.
 */
export function meetingRegistrationMail(
  to: To,
  m: MeetingMailFacts & { kind: MeetingMailKind; calendar: 'PUBLISH' | 'CANCEL' | 'KEEP' | null; position?: number },
): MailContent {
  const language = to.language;
  const texts = (language === 'en' ? ENGLISH : DUTCH)[m.kind](m.title, meetingWhen(m.start, m.end, language), at(m.where, language), m.position ?? 1);
  const attached = calendarSentence(m.calendar, m.kind === 'MOVED', m.kind !== 'WITHDRAWN', language);
  return {
    language,
    subject: `Kijkje: ${texts.subject}`,
    preview: texts.preview,
    greeting: greeting(language, to.name),
    paragraphs: attached ? [texts.paragraph, attached] : [texts.paragraph],
    action: { label: language === 'en' ? 'Open the meeting' : 'Naar de bijeenkomst', href: m.link },
    reason:
      language === 'en'
        ? `You get this e-mail because you registered for the work meeting ${m.title} in Kijkje.`
        : `U krijgt deze e-mail omdat u zich in Kijkje hebt aangemeld voor de werkbijeenkomst ${m.title}.`,
  };
}

/**
 * A reminder before a meeting someone holds a place at, runs as a facilitator or hosts a table of
 * (`tables`, named), as the one who does most there (a notification: it follows their settings).
 */
export function meetingReminderMail(
  to: To,
  m: MeetingMailFacts & { stage: MeetingReminderStage; settingsLink: string; role?: MeetingRole; tables?: readonly string[] },
): MailContent {
  const language = to.language;
  const when = meetingWhen(m.start, m.end, language);
  const where = at(m.where, language);
  const registered =
    language === 'en'
      ? `A reminder: you are registered for the work meeting ${m.title} on ${when}${where}. Can you no longer come? Cancel your registration on the meeting's page, so someone on the waitlist gets your place.`
      : `Een herinnering: u bent aangemeld voor de werkbijeenkomst ${m.title} op ${when}${where}. Kunt u toch niet? Meld u dan af op de pagina van de bijeenkomst, zodat iemand van de wachtlijst uw plaats krijgt.`;
  const facilitating =
    language === 'en'
      ? `A reminder: you facilitate the work meeting ${m.title} on ${when}${where}.`
      : `Een herinnering: u begeleidt de werkbijeenkomst ${m.title} op ${when}${where}.`;
  const hosting =
    language === 'en'
      ? `A reminder: you host ${themeTables(m.tables ?? [], language)} at the work meeting ${m.title} on ${when}${where}.`
      : `Een herinnering: u bent tafelvoorzitter van ${themeTables(m.tables ?? [], language)} bij de werkbijeenkomst ${m.title} op ${when}${where}.`;
  return {
    language,
    subject: language === 'en' ? `Kijkje reminder: ${m.title}, ${when}` : `Kijkje herinnering: ${m.title}, ${when}`,
    preview: REMINDER_PREVIEW[language][m.stage],
    greeting: greeting(language, to.name),
    paragraphs: [m.role === 'FACILITATOR' ? facilitating : m.role === 'TABLE_HOST' ? hosting : registered],
    action: { label: language === 'en' ? 'Open the meeting' : 'Naar de bijeenkomst', href: m.link },
    reason: notificationReason(language, m.settingsLink),
  };
}
