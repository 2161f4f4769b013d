import { atPlace as at, CALENDAR_ATTACHED as CALENDAR } from './appointment-mail-parts';
import { greeting, type MailContent, type MailRecipient } from './mail-content';
import { meetingWhen, type MeetingMailFacts } from './meeting-mails';

/**
 * Mails to the facilitators (begeleiders) of a work meeting, with the meeting's calendar file:
 * their assignment, the meeting moving or being cancelled, and being taken off.
 */

type To = Pick<MailRecipient, 'name' | 'language'>;

/**
 * - ASSIGNED: they run the meeting now (the invitation); MOVED: another time or place (the update);
 * - REMOVED: they no longer run it; CANCELLED: it does not take place (both: the cancellation).
 */
export type MeetingFacilitatorMailKind = 'ASSIGNED' | 'REMOVED' | 'MOVED' | 'CANCELLED';

type Texts = { subject: string; paragraph: string };

const DUTCH: Record<MeetingFacilitatorMailKind, (title: string, when: string, where: string) => Texts> = {
  ASSIGNED: (title, when, where) => ({
    subject: `u begeleidt ${title}`,
    paragraph: `U bent begeleider van de werkbijeenkomst ${title} op ${when}${where}.`,
  }),
  REMOVED: (title, when) => ({
    subject: `u begeleidt ${title} niet meer`,
    paragraph: `U begeleidt de werkbijeenkomst ${title} op ${when} niet meer.`,
  }),
  MOVED: (title, when, where) => ({
    subject: `${title} is gewijzigd`,
    paragraph: `De tijd of plaats van de werkbijeenkomst ${title}, die u begeleidt, is gewijzigd. Die is nu op ${when}${where}.`,
  }),
  CANCELLED: (title, when) => ({
    subject: `${title} gaat niet door`,
    paragraph: `De werkbijeenkomst ${title} op ${when}, die u zou begeleiden, gaat niet door.`,
  }),
};

const ENGLISH: typeof DUTCH = {
  ASSIGNED: (title, when, where) => ({
    subject: `you facilitate ${title}`,
    paragraph: `You are a facilitator of the work meeting ${title} on ${when}${where}.`,
  }),
  REMOVED: (title, when) => ({
    subject: `you no longer facilitate ${title}`,
    paragraph: `You no longer facilitate the work meeting ${title} on ${when}.`,
  }),
  MOVED: (title, when, where) => ({
    subject: `${title} has changed`,
    paragraph: `The time or place of the work meeting ${title}, which you facilitate, has changed. It is now on ${when}${where}.`,
  }),
  CANCELLED: (title, when) => ({
    subject: `${title} is cancelled`,
    paragraph: `The work meeting ${title} on ${when}, which you were to facilitate, is cancelled.`,
  }),
};

/** A mail to a facilitator of a meeting; `calendar` says what the attached file does (the invitation or the cancellation). */
export function meetingFacilitatorMail(to: To, m: MeetingMailFacts & { kind: MeetingFacilitatorMailKind; calendar: 'PUBLISH' | 'CANCEL' }): MailContent {
  const language = to.language;
  const texts = (language === 'en' ? ENGLISH : DUTCH)[m.kind](m.title, meetingWhen(m.start, m.end, language), at(m.where, language));
  const calendar = CALENDAR[language];
  const attached = m.calendar === 'CANCEL' ? calendar.cancellation : m.kind === 'MOVED' ? calendar.update : calendar.invitation;
  return {
    language,
    subject: `Kijkje: ${texts.subject}`,
    preview: texts.paragraph,
    greeting: greeting(language, to.name),
    paragraphs: [texts.paragraph, attached],
    action: { label: language === 'en' ? 'Open the meeting' : 'Naar de bijeenkomst', href: m.link },
    reason:
      language === 'en'
        ? `You get this e-mail because you facilitate or facilitated the work meeting ${m.title} in Kijkje.`
        : `U krijgt deze e-mail omdat u in Kijkje de werkbijeenkomst ${m.title} begeleidt of begeleidde.`,
  };
}
