import type { PersonalDataLocation } from './personal-data';

/**
 * The part of the personal-data catalogue (PERSONAL_DATA) that belongs to the network's gatherings:
 * work meetings (places, cards, facilitating, hosting a table, calendars and reminders) and learning
 * tracks (applications, the case, feedback, facilitating, session calendars and reminders).
 */
export const GATHERING_LOCATIONS: readonly PersonalDataLocation[] = [
  {
    key: 'meetingRegistrations',
    table: 'meeting_registration',
    personColumn: 'user_id',
    scope: 'network',
    export: 'full',
    erasure: 'delete',
    description: { nl: 'Uw aanmeldingen voor werkbijeenkomsten en uw tafel.', en: 'Your registrations for work meetings and your table.' },
  },
  {
    key: 'meetingCards',
    table: 'meeting_card',
    personColumn: 'author_id',
    scope: 'network',
    export: 'full',
    erasure: 'keep',
    description: {
      nl: 'Kaartjes die u aan een thematafel schreef; andere tafels zien ze nooit met uw naam.',
      en: 'Cards you wrote at a theme table; other tables never see them with your name.',
    },
  },
  {
    key: 'trackApplications',
    table: 'track_participant',
    personColumn: 'user_id',
    scope: 'network',
    export: 'full',
    // The case is the participant's own: it goes with them, its log and the feedback on it included.
    erasure: 'delete',
    description: {
      nl: 'Uw aanmeldingen voor leergangen, met uw casus: stuurvraag, met wie u die deelt, uw feedbackgroep.',
      en: 'Your applications to learning tracks, with your case: steering question, whom you share it with, your feedback group.',
    },
  },
  {
    key: 'trackCaseEntries',
    table: 'track_case_entry',
    // Tied to the person through their application (track_participant.user_id).
    personColumn: 'participant_id',
    scope: 'network',
    export: 'full',
    erasure: 'delete',
    description: { nl: 'Het logboek van uw casus in een leergang.', en: 'The log of your case in a learning track.' },
  },
  {
    key: 'trackFeedback',
    table: 'track_feedback',
    personColumn: 'author_id',
    scope: 'network',
    export: 'full',
    erasure: 'keep',
    description: {
      nl: 'Feedback die u gaf op casussen van anderen; die blijft bij hun casus, van een voormalig deelnemer.',
      en: 'Feedback you gave on other people’s cases; it stays with their case, from a former participant.',
    },
  },
  {
    key: 'trackFacilitation',
    table: 'track_facilitator',
    personColumn: 'user_id',
    scope: 'network',
    export: 'full',
    erasure: 'keep',
    description: { nl: 'De leergangen die u begeleidt of begeleidde.', en: 'The learning tracks you facilitate or facilitated.' },
  },
  {
    key: 'trackSessionCalendars',
    table: 'track_session_calendar',
    personColumn: 'user_id',
    scope: 'network',
    // Bookkeeping of the calendar messages sent (a number per session), not something the person wrote or chose.
    export: 'none',
    erasure: 'delete',
    description: {
      nl: 'Welke bijeenkomsten van leergangen in uw agenda zijn gezet, zodat een wijziging uw agenda bijwerkt.',
      en: 'Which sessions of learning tracks were put in your calendar, so that a change updates it.',
    },
  },
  {
    key: 'trackSessionReminders',
    table: 'track_session_reminder',
    personColumn: 'user_id',
    scope: 'network',
    export: 'none',
    erasure: 'delete',
    description: {
      nl: 'Welke herinneringen aan bijeenkomsten van leergangen u zijn gestuurd, zodat u er elk één keer krijgt.',
      en: 'Which reminders of sessions of learning tracks were sent to you, so that you get each once.',
    },
  },
  {
    key: 'meetingFacilitation',
    table: 'meeting_facilitator',
    personColumn: 'user_id',
    scope: 'network',
    export: 'full',
    erasure: 'keep',
    description: { nl: 'De werkbijeenkomsten die u begeleidt of begeleidde.', en: 'The work meetings you facilitate or facilitated.' },
  },
  {
    key: 'meetingTableHosting',
    table: 'meeting_table',
    personColumn: 'host_user_id',
    scope: 'network',
    // Per meeting, the tables the person hosts; erased, they host them no longer and the tables wait for another host.
    export: 'full',
    erasure: 'unlink',
    description: {
      nl: 'De thematafels van werkbijeenkomsten waar u tafelvoorzitter van bent.',
      en: 'The theme tables of work meetings that you host.',
    },
  },
  {
    key: 'meetingCalendars',
    table: 'meeting_calendar',
    personColumn: 'user_id',
    scope: 'network',
    // Bookkeeping of the calendar messages sent (a number per meeting), not something the person wrote or chose.
    export: 'none',
    erasure: 'delete',
    description: {
      nl: 'Welke werkbijeenkomsten (waarvoor u bent aangemeld, die u begeleidt of waar u tafelvoorzitter bent) in uw agenda zijn gezet, zodat een wijziging uw agenda bijwerkt.',
      en: 'Which work meetings (you registered for, facilitate or host a table at) were put in your calendar, so that a change updates it.',
    },
  },
  {
    key: 'meetingReminders',
    table: 'meeting_reminder',
    personColumn: 'user_id',
    scope: 'network',
    export: 'none',
    erasure: 'delete',
    description: {
      nl: 'Welke herinneringen aan werkbijeenkomsten u zijn gestuurd, zodat u er elk één keer krijgt.',
      en: 'Which reminders of work meetings were sent to you, so that you get each once.',
    },
  },
];
