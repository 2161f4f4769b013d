import type { AppointmentReminderStage, Language } from '@kijkje/domain';
import { appointmentWhen, atPlace, CALENDAR_ATTACHED, CALENDARS_ATTACHED, REMINDER_PREVIEW } from './appointment-mail-parts';
import { greeting, type MailContent, type MailLink, type MailRecipient } from './mail-content';
import { notificationReason } from './notification-mails';

/**
 * Mails about the sessions of a learning track to those who have them in their calendar (its
 * facilitators and participants), with the calendar file attached: what changed, and the
 * reminders before a session.
 */

type To = Pick<MailRecipient, 'name' | 'language'>;

/** A session as a mail names it. */
export interface SessionMailFacts {
  title: string;
  start: Date;
  end: Date;
  place: string;
  /** The page of its theme tables, when the session is held with them (its meeting's page). */
  tablesLink?: string | null;
}

/**
 * - ADDED: a session joined the schedule; MOVED: its time or place changed (both: the invitation);
 * - REMOVED: it left the schedule; TRACK_CLOSED: the track closed with sessions still ahead (the cancellation);
 * - JOINED: the person was accepted, or assigned as facilitator (the sessions still to come);
 * - LEFT: they withdrew, were declined or taken off as facilitator (the cancellation of those in their calendar).
 */
export type TrackSessionMailKind = 'ADDED' | 'MOVED' | 'REMOVED' | 'TRACK_CLOSED' | 'JOINED' | 'LEFT';

type Texts = { subject: string; intro: string };

const DUTCH: Record<TrackSessionMailKind, (track: string, session: string, facilitator: boolean) => Texts> = {
  ADDED: (track, session) => ({
    subject: `nieuwe bijeenkomst van ${track}: ${session}`,
    intro: `Er is een bijeenkomst toegevoegd aan het programma van de leergang ${track}:`,
  }),
  MOVED: (track, session) => ({
    subject: `${session} (${track}) is gewijzigd`,
    intro: `De tijd of plaats van een bijeenkomst van de leergang ${track} is gewijzigd. Die is nu:`,
  }),
  REMOVED: (track, session) => ({ subject: `${session} (${track}) gaat niet door`, intro: `Deze bijeenkomst van de leergang ${track} gaat niet door:` }),
  TRACK_CLOSED: (track) => ({
    subject: `${track} is afgesloten`,
    intro: `De leergang ${track} is afgesloten. De bijeenkomsten die nog gepland stonden gaan niet door:`,
  }),
  JOINED: (track, _session, facilitator) => ({
    subject: `de bijeenkomsten van ${track} voor uw agenda`,
    intro: `${facilitator ? `U begeleidt de leergang ${track}.` : `U bent toegelaten tot de leergang ${track}.`} Dit zijn de bijeenkomsten die nog komen:`,
  }),
  LEFT: (track, _session, facilitator) => ({
    subject: `${track} staat niet meer in uw agenda`,
    intro: `${facilitator ? `U begeleidt de leergang ${track} niet meer.` : `U neemt niet meer deel aan de leergang ${track}.`} Deze bijeenkomsten gaan uit uw agenda:`,
  }),
};

const ENGLISH: typeof DUTCH = {
  ADDED: (track, session) => ({
    subject: `new session of ${track}: ${session}`,
    intro: `A session has been added to the schedule of the learning track ${track}:`,
  }),
  MOVED: (track, session) => ({
    subject: `${session} (${track}) has changed`,
    intro: `The time or place of a session of the learning track ${track} has changed. It is now:`,
  }),
  REMOVED: (track, session) => ({ subject: `${session} (${track}) is cancelled`, intro: `This session of the learning track ${track} is cancelled:` }),
  TRACK_CLOSED: (track) => ({
    subject: `${track} has closed`,
    intro: `The learning track ${track} has closed. The sessions still planned will not take place:`,
  }),
  JOINED: (track, _session, facilitator) => ({
    subject: `the sessions of ${track} for your calendar`,
    intro: `${facilitator ? `You facilitate the learning track ${track}.` : `You have been accepted for the learning track ${track}.`} These are the sessions still to come:`,
  }),
  LEFT: (track, _session, facilitator) => ({
    subject: `${track} is no longer in your calendar`,
    intro: `${facilitator ? `You no longer facilitate the learning track ${track}.` : `You no longer take part in the learning track ${track}.`} These sessions leave your calendar:`,
  }),
};

/** For each session held with theme tables: where its tables are (the people the mail goes to are the audience of those tables). */
const tablesLinks = (sessions: SessionMailFacts[], language: Language): MailLink[] =>
  sessions.flatMap((s) =>
    s.tablesLink
      ? [
          {
            text:
              language === 'en'
                ? `${s.title} is held with theme tables. This page shows the tables, who sits where and the three questions:`
                : `${s.title} wordt gehouden met thematafels. Op deze pagina staan de tafels, wie waar zit en de drie vragen:`,
            href: s.tablesLink,
          },
        ]
      : [],
  );

const line = (s: SessionMailFacts, language: Language) => `${s.title}: ${appointmentWhen(s.start, s.end, language)}${atPlace(s.place, language)}`;

/**
 * A mail about sessions of a track: the change, one line per session it concerns, and what the
 * attached calendar files (one per session) do (`calendar`: the invitation, or the cancellation).
 * An invitation leads to the theme tables of the sessions held with them; a cancellation does not
 * (the session leaves the person's calendar, and its tables with it).
 */
export function trackSessionMail(
  to: To,
  m: { kind: TrackSessionMailKind; track: string; sessions: SessionMailFacts[]; facilitator: boolean; calendar: 'PUBLISH' | 'CANCEL'; link: string },
): MailContent {
  const language = to.language;
  const texts = (language === 'en' ? ENGLISH : DUTCH)[m.kind](m.track, m.sessions[0]?.title ?? '', m.facilitator);
  // A calendar file per session (calendarAttachments): the sentence counts them.
  const calendar = (m.sessions.length > 1 ? CALENDARS_ATTACHED : CALENDAR_ATTACHED)[language];
  const attached = m.calendar === 'CANCEL' ? calendar.cancellation : m.kind === 'MOVED' ? calendar.update : calendar.invitation;
  return {
    language,
    subject: `Kijkje: ${texts.subject}`,
    preview: texts.intro,
    greeting: greeting(language, to.name),
    paragraphs: [texts.intro, ...m.sessions.map((s) => line(s, language)), attached],
    links: m.calendar === 'PUBLISH' ? tablesLinks(m.sessions, language) : [],
    action: { label: language === 'en' ? 'Open the learning track' : 'Naar de leergang', href: m.link },
    reason:
      language === 'en'
        ? `You get this e-mail because the sessions of the learning track ${m.track} in Kijkje are or were in your calendar.`
        : `U krijgt deze e-mail omdat de bijeenkomsten van de leergang ${m.track} in Kijkje in uw agenda staan of stonden.`,
  };
}

/**
 * A reminder before a session of a track someone takes part in or runs (a notification: it follows
 * their settings), leading to its theme tables when it is held with them.
 */
export function trackSessionReminderMail(
  to: To,
  m: { track: string; session: SessionMailFacts; stage: AppointmentReminderStage; link: string; settingsLink: string },
): MailContent {
  const language = to.language;
  const when = appointmentWhen(m.session.start, m.session.end, language);
  const where = atPlace(m.session.place, language);
  return {
    language,
    subject: language === 'en' ? `Kijkje reminder: ${m.session.title} (${m.track}), ${when}` : `Kijkje herinnering: ${m.session.title} (${m.track}), ${when}`,
    preview: REMINDER_PREVIEW[language][m.stage],
    greeting: greeting(language, to.name),
    paragraphs: [
      language === 'en'
        ? `A reminder: the session ${m.session.title} of the learning track ${m.track} is on ${when}${where}.`
        : `Een herinnering: de bijeenkomst ${m.session.title} van de leergang ${m.track} is op ${when}${where}.`,
    ],
    links: tablesLinks([m.session], language),
    action: { label: language === 'en' ? 'Open the learning track' : 'Naar de leergang', href: m.link },
    reason: notificationReason(language, m.settingsLink),
  };
}

/**
 * Sent once, when a session still to come will be held with theme tables, to those who hold the
 * track's sessions: the session, and the page of its tables, where a participant chooses a table
 * or sees where they sit and a facilitator sets the tables out. No calendar file: the session is
 * in their calendar already, and stays as it is.
 */
export function trackSessionTablesMail(
  to: To,
  m: { track: string; session: SessionMailFacts; facilitator: boolean; tablesLink: string; link: string },
): MailContent {
  const language = to.language;
  const when = appointmentWhen(m.session.start, m.session.end, language);
  const where = atPlace(m.session.place, language);
  if (language === 'en')
    return {
      language,
      subject: `Kijkje: ${m.session.title} (${m.track}) will be held with theme tables`,
      preview: `${m.session.title} will be held with theme tables.`,
      greeting: greeting(language, to.name),
      paragraphs: [
        `The session ${m.session.title} of the learning track ${m.track}, on ${when}${where}, will be held with theme tables: ` +
          'at a table per theme, in a small group, you answer the three questions.',
        m.facilitator
          ? 'On the page of the theme tables you set out the tables and see who sits where.'
          : 'Choose your table on the page of the theme tables, or see where you already sit.',
      ],
      links: [{ text: 'The learning track and its schedule:', href: m.link }],
      action: { label: 'Open the theme tables', href: m.tablesLink },
      reason: `You get this e-mail because you facilitate or take part in the learning track ${m.track} in Kijkje.`,
    };
  return {
    language,
    subject: `Kijkje: ${m.session.title} (${m.track}) wordt gehouden met thematafels`,
    preview: `${m.session.title} wordt gehouden met thematafels.`,
    greeting: greeting(language, to.name),
    paragraphs: [
      `De bijeenkomst ${m.session.title} van de leergang ${m.track}, op ${when}${where}, wordt gehouden met thematafels: ` +
        'aan een tafel per thema beantwoordt u in een kleine groep de drie vragen.',
      m.facilitator
        ? 'Op de pagina van de thematafels zet u de tafels klaar en ziet u wie waar zit.'
        : 'Kies op de pagina van de thematafels uw tafel, of zie waar u al zit.',
    ],
    links: [{ text: 'De leergang en het programma:', href: m.link }],
    action: { label: 'Naar de thematafels', href: m.tablesLink },
    reason: `U krijgt deze e-mail omdat u de leergang ${m.track} in Kijkje begeleidt of eraan deelneemt.`,
  };
}
