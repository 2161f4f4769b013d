import type { AppointmentReminderStage, Language } from '@kijkje/domain';

/**
 * What the mails about appointments (work meetings, sessions of learning tracks) say alike: when
 * it is, where, what the attached calendar file does, and how a reminder previews.
 */

/** An appointment's time as people read it: "dinsdag 14 mei 2030, 13:30–17:00", in Dutch time. */
export function appointmentWhen(start: Date, end: Date, language: Language): string {
  const format = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'full', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });
  return format.formatRange(start, end);
}

/** ", Stadhuis" / ", at Stadhuis" after the time; nothing without a place. */
export const atPlace = (where: string, language: Language) => (where ? (language === 'en' ? `, at ${where}` : `, ${where}`) : '');

/** The sentence about the attached calendar file. */
export const CALENDAR_ATTACHED: Record<Language, { invitation: string; update: string; cancellation: string }> = {
  nl: {
    invitation: 'De uitnodiging voor uw agenda zit als bijlage bij dit bericht.',
    update: 'De bijgewerkte uitnodiging in de bijlage past de afspraak in uw agenda aan.',
    cancellation: 'De annulering in de bijlage haalt de afspraak uit uw agenda.',
  },
  en: {
    invitation: 'The invitation for your calendar is attached to this message.',
    update: 'The updated invitation attached to this message changes the appointment in your calendar.',
    cancellation: 'The cancellation attached to this message takes the appointment out of your calendar.',
  },
};

/**
 * The sentence about the appointment when nothing is attached because the person's calendar has
 * it and keeps it: taking on one more role at it (`already`), or giving up one of several (`stays`).
 */
export const CALENDAR_KEPT: Record<Language, { already: string; stays: string }> = {
  nl: {
    already: 'De afspraak staat al in uw agenda.',
    stays: 'De afspraak blijft in uw agenda staan, want u bent er nog op een andere manier bij.',
  },
  en: {
    already: 'The appointment is in your calendar already.',
    stays: 'The appointment stays in your calendar, as you still take part in another way.',
  },
};

/**
 * What a mail about one appointment says of the person's calendar: the attached invitation (an
 * update when it `moved`) or cancellation, or (KEEP) that the appointment is there already
 * (`gained`: the mail is about a role taken on) or stays; null: nothing.
 */
export function calendarSentence(calendar: 'PUBLISH' | 'CANCEL' | 'KEEP' | null, moved: boolean, gained: boolean, language: Language): string | null {
  if (calendar === 'KEEP') return gained ? CALENDAR_KEPT[language].already : CALENDAR_KEPT[language].stays;
  if (calendar === 'CANCEL') return CALENDAR_ATTACHED[language].cancellation;
  if (calendar === 'PUBLISH') return moved ? CALENDAR_ATTACHED[language].update : CALENDAR_ATTACHED[language].invitation;
  return null;
}

/** The sentence about the attached calendar files, one per appointment, when a mail concerns several. */
export const CALENDARS_ATTACHED: typeof CALENDAR_ATTACHED = {
  nl: {
    invitation: 'De uitnodigingen voor uw agenda zitten als bijlagen bij dit bericht, één per afspraak.',
    update: 'De bijgewerkte uitnodigingen in de bijlagen, één per afspraak, passen de afspraken in uw agenda aan.',
    cancellation: 'De annuleringen in de bijlagen, één per afspraak, halen de afspraken uit uw agenda.',
  },
  en: {
    invitation: 'The invitations for your calendar are attached to this message, one per appointment.',
    update: 'The updated invitations attached to this message, one per appointment, change the appointments in your calendar.',
    cancellation: 'The cancellations attached to this message, one per appointment, take the appointments out of your calendar.',
  },
};

export const REMINDER_PREVIEW: Record<Language, Record<AppointmentReminderStage, string>> = {
  nl: { WEEK_BEFORE: 'Over een week is het zover.', DAY_BEFORE: 'Morgen of vandaag is het zover.' },
  en: { WEEK_BEFORE: 'It is a week away.', DAY_BEFORE: 'It is tomorrow or today.' },
};
