import type { Language } from '@kijkje/domain';
import { appointmentWhen, atPlace as at, calendarSentence } from './appointment-mail-parts';
import { greeting, type MailContent, type MailRecipient } from './mail-content';
import type { MeetingMailFacts } from './meeting-mails';

/**
 * Mails to those who run part of a work meeting, with the meeting's calendar file: its facilitators
 * (begeleiders), who run it, and the hosts of its theme tables (tafelvoorzitters), who cluster
 * their table's cards and mark its yields. Their assignment, the meeting moving or being cancelled,
 * and being taken off. A table host's mail names their table; a facilitator taken off the meeting
 * hears in the same mail that they no longer host its tables (those they hosted are named).
 */

type To = Pick<MailRecipient, 'name' | 'language'>;

/** FACILITATOR: runs the meeting; TABLE_HOST: hosts one or more of its theme tables. */
export type MeetingRole = 'FACILITATOR' | 'TABLE_HOST';

/**
 * - ASSIGNED: they run the meeting, or host a table, now (the invitation); MOVED: another time or place (the update);
 * - REMOVED: they no longer do; CANCELLED: it does not take place (both: the cancellation, where their calendar has it).
 */
export type MeetingRoleMailKind = 'ASSIGNED' | 'REMOVED' | 'MOVED' | 'CANCELLED';

type Texts = { subject: string; paragraph: string };
/** The texts of one role: the meeting's title, when, where, and the tables concerned ('' when none: a facilitator who hosts none). */
type RoleTexts = Record<MeetingRoleMailKind, (title: string, when: string, where: string, tables: string) => Texts>;

const DUTCH: Record<MeetingRole, RoleTexts> = {
  FACILITATOR: {
    ASSIGNED: (title, when, where) => ({
      subject: `u begeleidt ${title}`,
      paragraph: `U bent begeleider van de werkbijeenkomst ${title} op ${when}${where}.`,
    }),
    REMOVED: (title, when, _where, tables) => ({
      subject: `u begeleidt ${title} niet meer`,
      paragraph: `U begeleidt de werkbijeenkomst ${title} op ${when} niet meer${tables ? ` en bent daarom ook geen tafelvoorzitter meer van ${tables}` : ''}.`,
    }),
    MOVED: (title, when, where) => ({
      subject: `${title} is gewijzigd`,
      paragraph: `De tijd of plaats van de werkbijeenkomst ${title}, die u begeleidt, is gewijzigd. Die is nu op ${when}${where}.`,
    }),
    CANCELLED: (title, when) => ({
      subject: `${title} gaat niet door`,
      paragraph: `De werkbijeenkomst ${title} op ${when}, die u zou begeleiden, gaat niet door.`,
    }),
  },
  TABLE_HOST: {
    ASSIGNED: (title, when, where, tables) => ({
      subject: `u bent tafelvoorzitter bij ${title}`,
      paragraph:
        `U bent tafelvoorzitter van ${tables} bij de werkbijeenkomst ${title} op ${when}${where}. ` +
        'U ordent de kaartjes van de tafel en markeert de opbrengsten.',
    }),
    REMOVED: (title, when, _where, tables) => ({
      subject: `u bent geen tafelvoorzitter meer bij ${title}`,
      paragraph: `U bent niet langer tafelvoorzitter van ${tables} bij de werkbijeenkomst ${title} op ${when}.`,
    }),
    MOVED: (title, when, where, tables) => ({
      subject: `${title} is gewijzigd`,
      paragraph: `De tijd of plaats van de werkbijeenkomst ${title}, waar u tafelvoorzitter bent van ${tables}, is gewijzigd. Die is nu op ${when}${where}.`,
    }),
    CANCELLED: (title, when, _where, tables) => ({
      subject: `${title} gaat niet door`,
      paragraph: `De werkbijeenkomst ${title} op ${when}, waar u tafelvoorzitter zou zijn van ${tables}, gaat niet door.`,
    }),
  },
};

const ENGLISH: typeof DUTCH = {
  FACILITATOR: {
    ASSIGNED: (title, when, where) => ({
      subject: `you facilitate ${title}`,
      paragraph: `You are a facilitator of the work meeting ${title} on ${when}${where}.`,
    }),
    REMOVED: (title, when, _where, tables) => ({
      subject: `you no longer facilitate ${title}`,
      paragraph: `You no longer facilitate the work meeting ${title} on ${when}${tables ? `, and so no longer host ${tables} there either` : ''}.`,
    }),
    MOVED: (title, when, where) => ({
      subject: `${title} has changed`,
      paragraph: `The time or place of the work meeting ${title}, which you facilitate, has changed. It is now on ${when}${where}.`,
    }),
    CANCELLED: (title, when) => ({
      subject: `${title} is cancelled`,
      paragraph: `The work meeting ${title} on ${when}, which you were to facilitate, is cancelled.`,
    }),
  },
  TABLE_HOST: {
    ASSIGNED: (title, when, where, tables) => ({
      subject: `you host a table at ${title}`,
      paragraph: `You host ${tables} at the work meeting ${title} on ${when}${where}. You cluster the table's cards and mark its yields.`,
    }),
    REMOVED: (title, when, _where, tables) => ({
      subject: `you no longer host a table at ${title}`,
      paragraph: `You no longer host ${tables} at the work meeting ${title} on ${when}.`,
    }),
    MOVED: (title, when, where, tables) => ({
      subject: `${title} has changed`,
      paragraph: `The time or place of the work meeting ${title}, where you host ${tables}, has changed. It is now on ${when}${where}.`,
    }),
    CANCELLED: (title, when, _where, tables) => ({
      subject: `${title} is cancelled`,
      paragraph: `The work meeting ${title} on ${when}, where you were to host ${tables}, is cancelled.`,
    }),
  },
};

/** A place (or a place on the waitlist) given up together with the role: what the one mail says of it. */
export type PlaceGivenUp = 'REGISTERED' | 'WAITLISTED';

const PLACE_GIVEN_UP: Record<Language, { subject: Record<MeetingRole, (title: string) => string> } & Record<PlaceGivenUp, string>> = {
  nl: {
    subject: {
      FACILITATOR: (title) => `u begeleidt ${title} niet meer en bent afgemeld`,
      TABLE_HOST: (title) => `u bent geen tafelvoorzitter meer bij ${title} en afgemeld`,
    },
    REGISTERED: 'Ook uw aanmelding voor deze bijeenkomst is vervallen: uw plaats is vrijgegeven.',
    WAITLISTED: 'Ook uw plaats op de wachtlijst van deze bijeenkomst is vervallen.',
  },
  en: {
    subject: {
      FACILITATOR: (title) => `you no longer facilitate ${title} and are no longer registered`,
      TABLE_HOST: (title) => `you no longer host a table at ${title} and are no longer registered`,
    },
    REGISTERED: 'Your registration for this meeting has ended as well: your place has been freed.',
    WAITLISTED: 'Your place on the waitlist of this meeting has ended as well.',
  },
};

/** "de thematafel Wmo" / "de thematafels Wmo en Jeugd"; "the theme table Wmo" / "the theme tables Wmo and Jeugd". */
export function themeTables(tables: readonly string[], language: Language): string {
  const names = new Intl.ListFormat(language === 'en' ? 'en-GB' : 'nl-NL', { type: 'conjunction' }).format(tables);
  if (language === 'en') return `the theme table${tables.length > 1 ? 's' : ''} ${names}`;
  return `de thematafel${tables.length > 1 ? 's' : ''} ${names}`;
}

const REASON: Record<Language, Record<MeetingRole, (title: string) => string>> = {
  nl: {
    FACILITATOR: (title) => `U krijgt deze e-mail omdat u in Kijkje de werkbijeenkomst ${title} begeleidt of begeleidde.`,
    TABLE_HOST: (title) => `U krijgt deze e-mail omdat u in Kijkje tafelvoorzitter bent of was bij de werkbijeenkomst ${title}.`,
  },
  en: {
    FACILITATOR: (title) => `You get this e-mail because you facilitate or facilitated the work meeting ${title} in Kijkje.`,
    TABLE_HOST: (title) => `You get this e-mail because you host or hosted a table at the work meeting ${title} in Kijkje.`,
  },
};

/**
 * A mail to a facilitator or table host of a meeting (`tables`: the tables it is about, for a
 * table host). `calendar` says what the attached file does (the invitation or the cancellation), or
 * KEEP: nothing is attached as their calendar has the meeting and keeps it (they hold it in another way).
 * Taken off with their place (`place`: what they had, a place or one on the waitlist), the one
 * mail names both.
 */
export function meetingRoleMail(
  to: To,
  m: MeetingMailFacts & {
    role: MeetingRole;
    kind: MeetingRoleMailKind;
    tables?: readonly string[];
    calendar: 'PUBLISH' | 'CANCEL' | 'KEEP' | null;
    place?: PlaceGivenUp | null;
  },
): MailContent {
  const language = to.language;
  const when = appointmentWhen(m.start, m.end, language);
  const texts = (language === 'en' ? ENGLISH : DUTCH)[m.role][m.kind](
    m.title,
    when,
    at(m.where, language),
    m.tables?.length ? themeTables(m.tables, language) : '',
  );
  const attached = calendarSentence(m.calendar, m.kind === 'MOVED', m.kind === 'ASSIGNED', language);
  const given = m.kind === 'REMOVED' ? (m.place ?? null) : null;
  const place = PLACE_GIVEN_UP[language];
  const paragraphs = [texts.paragraph, ...(given ? [place[given]] : []), ...(attached ? [attached] : [])];
  return {
    language,
    subject: `Kijkje: ${given ? place.subject[m.role](m.title) : texts.subject}`,
    preview: texts.paragraph,
    greeting: greeting(language, to.name),
    paragraphs,
    action: { label: language === 'en' ? 'Open the meeting' : 'Naar de bijeenkomst', href: m.link },
    reason: REASON[language][m.role](m.title),
  };
}
