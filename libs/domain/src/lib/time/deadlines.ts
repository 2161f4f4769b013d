import { addDays, dutchDay, endOfDutchDay } from './dutch-time';

/**
 * A programme's deadline rules, which every visit of its rounds follows unless the visit sets a
 * date of its own: the host's preparation is due some days before the visit, the host replies to
 * shared findings within a reply period, and the lead's report is due some weeks after the visit.
 */
export interface DeadlineSettings {
  preparationDaysBefore: number;
  replyDays: number;
  reportWeeksAfter: number;
}

export const DEADLINE_LIMITS = {
  preparationDaysBefore: { min: 0, max: 60 },
  replyDays: { min: 1, max: 60 },
  reportWeeksAfter: { min: 1, max: 26 },
} as const satisfies Record<keyof DeadlineSettings, { min: number; max: number }>;

export const DEFAULT_DEADLINE_SETTINGS: Readonly<DeadlineSettings> = { preparationDaysBefore: 7, replyDays: 14, reportWeeksAfter: 4 };

/** Which settings are out of range (none: the settings are usable). */
export function deadlineSettingProblems(settings: DeadlineSettings): (keyof DeadlineSettings)[] {
  return (Object.keys(DEADLINE_LIMITS) as (keyof DeadlineSettings)[]).filter((key) => {
    const value = settings[key];
    return !Number.isInteger(value) || value < DEADLINE_LIMITS[key].min || value > DEADLINE_LIMITS[key].max;
  });
}

/** What a visit knows about its own dates. Overrides win over the programme's settings. */
export interface VisitSchedule {
  /** The visit day, YYYY-MM-DD in Dutch time, or null while it is not planned. */
  startsOn: string | null;
  preparationDueOverride: Date | null;
  reportDueOverride: Date | null;
  /** Set when the lead shares the findings: until when the host may reply. */
  replyDeadline: Date | null;
}

export interface VisitDeadlines {
  preparationDue: Date | null;
  replyPeriodEnd: Date | null;
  reportDue: Date | null;
}

/**
 * The deadlines that apply to a visit: an override where the visit has one, otherwise the end of
 * the Dutch day the programme's rule gives (so a deadline never falls at an odd hour after a
 * daylight-saving change). Without a visit day there is no preparation or report deadline yet.
 */
export function visitDeadlines(visit: VisitSchedule, settings: DeadlineSettings): VisitDeadlines {
  const day = visit.startsOn;
  return {
    preparationDue: visit.preparationDueOverride ?? (day ? endOfDutchDay(addDays(day, -settings.preparationDaysBefore)) : null),
    replyPeriodEnd: visit.replyDeadline,
    reportDue: visit.reportDueOverride ?? (day ? endOfDutchDay(addDays(day, settings.reportWeeksAfter * 7)) : null),
  };
}

/** The end of a reply period that starts now: the end of the Dutch day `days` days later. */
export function replyPeriodEndFrom(from: Date, days: number): Date {
  return endOfDutchDay(addDays(dutchDay(from), days));
}
