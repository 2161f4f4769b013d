import type { Bilingual } from '../messages';

/**
 * The day a case entry is about (YYYY-MM-DD, Dutch): today when none is given, any day up to
 * today, never a later one: a log records what happened, not plans.
 */
export function caseEntryDay(day: string | null | undefined, today: string): { day: string } | { violation: 'DAY_IN_FUTURE' } {
  const chosen = day ?? today;
  return chosen > today ? { violation: 'DAY_IN_FUTURE' } : { day: chosen };
}

export const caseEntryDayMessage: Bilingual = {
  nl: 'Kies vandaag of een eerdere dag: het logboek beschrijft wat er gebeurde.',
  en: 'Choose today or an earlier day: the log records what happened.',
};
