import type { Bilingual } from '../messages';

/** A visit's own deadline days as the coordinator sets them (YYYY-MM-DD, Dutch days); null follows the programme. */
export interface OwnDeadlineDays {
  preparationDueOn: string | null;
  reportDueOn: string | null;
}

export type OwnDeadlineViolation = { field: keyof OwnDeadlineDays; code: 'DAY_IN_PAST' | 'PREPARATION_AFTER_VISIT' | 'REPORT_BEFORE_VISIT' };

/**
 * Checks a visit's own deadlines: the preparation is due on or before the visit day, the report on
 * or after it; a new day in the past is refused (a day that stays as it was is kept).
 */
export function checkOwnDeadlines(
  days: OwnDeadlineDays,
  context: { visitDay: string | null; today: string; previous: OwnDeadlineDays },
): OwnDeadlineViolation[] {
  const violations: OwnDeadlineViolation[] = [];
  for (const field of ['preparationDueOn', 'reportDueOn'] as const) {
    const day = days[field];
    if (day === null) continue;
    if (day !== context.previous[field] && day < context.today) violations.push({ field, code: 'DAY_IN_PAST' });
    else if (context.visitDay && field === 'preparationDueOn' && day > context.visitDay) violations.push({ field, code: 'PREPARATION_AFTER_VISIT' });
    else if (context.visitDay && field === 'reportDueOn' && day < context.visitDay) violations.push({ field, code: 'REPORT_BEFORE_VISIT' });
  }
  return violations;
}

export const ownDeadlineViolationMessages: Readonly<Record<OwnDeadlineViolation['code'], Bilingual>> = {
  DAY_IN_PAST: { nl: 'Deze datum ligt in het verleden. Kies een dag vanaf vandaag.', en: 'This date is in the past. Choose a day from today.' },
  PREPARATION_AFTER_VISIT: {
    nl: 'De voorbereiding moet uiterlijk op de dag van het bezoek klaar zijn.',
    en: 'The preparation must be due on or before the visit day.',
  },
  REPORT_BEFORE_VISIT: { nl: 'Het verslag kan pas na het bezoek af zijn.', en: 'The report cannot be due before the visit day.' },
};
