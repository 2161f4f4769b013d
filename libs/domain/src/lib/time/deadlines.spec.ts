import { checkOwnDeadlines } from './own-deadlines';
import { DEFAULT_DEADLINE_SETTINGS, deadlineSettingProblems, replyPeriodEndFrom, visitDeadlines, type VisitSchedule } from './deadlines';
import { addDays, dutchDay, endOfDutchDay, startOfDutchDay } from './dutch-time';

const none: VisitSchedule = { startsOn: null, preparationDueOverride: null, reportDueOverride: null, replyDeadline: null };

describe('Dutch days', () => {
  it('ends a winter day at 23:59:59 +01:00 and a summer day at 23:59:59 +02:00', () => {
    expect(endOfDutchDay('2027-01-15').toISOString()).toBe('2027-01-15T22:59:59.000Z');
    expect(endOfDutchDay('2027-07-15').toISOString()).toBe('2027-07-15T21:59:59.000Z');
  });

  it('counts the short March day and the long October day as one day each', () => {
    // 28 March 2027: clocks go from 02:00 to 03:00; 31 October 2027: from 03:00 back to 02:00.
    expect(endOfDutchDay('2027-03-28').getTime() - startOfDutchDay('2027-03-28').getTime()).toBe(23 * 3600_000 - 1000);
    expect(endOfDutchDay('2027-10-31').getTime() - startOfDutchDay('2027-10-31').getTime()).toBe(25 * 3600_000 - 1000);
  });

  it('reads the Dutch day of an instant, not the UTC day', () => {
    expect(dutchDay(new Date('2027-06-30T22:30:00Z'))).toBe('2027-07-01');
    expect(dutchDay(new Date('2027-12-31T22:59:59Z'))).toBe('2027-12-31');
    expect(dutchDay(new Date('2027-12-31T23:00:00Z'))).toBe('2028-01-01');
  });

  it('adds calendar days across month, year and leap-day boundaries', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-12-31', 1)).toBe('2028-01-01');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
  });
});

describe('visitDeadlines', () => {
  it('has no preparation or report deadline before the visit has a day', () => {
    expect(visitDeadlines(none, DEFAULT_DEADLINE_SETTINGS)).toEqual({ preparationDue: null, replyPeriodEnd: null, reportDue: null });
  });

  it("follows the programme's rule: preparation N days before, report N weeks after, at the end of the Dutch day", () => {
    const d = visitDeadlines({ ...none, startsOn: '2027-04-08' }, { preparationDaysBefore: 10, replyDays: 14, reportWeeksAfter: 3 });
    // 29 March is after the change to summer time: +02:00.
    expect(d.preparationDue?.toISOString()).toBe('2027-03-29T21:59:59.000Z');
    expect(d.reportDue?.toISOString()).toBe('2027-04-29T21:59:59.000Z');
  });

  it('keeps a deadline across the autumn change at the end of the Dutch day', () => {
    const d = visitDeadlines({ ...none, startsOn: '2027-11-04' }, { ...DEFAULT_DEADLINE_SETTINGS, preparationDaysBefore: 7 });
    expect(d.preparationDue?.toISOString()).toBe('2027-10-28T21:59:59.000Z');
    expect(d.reportDue?.toISOString()).toBe('2027-12-02T22:59:59.000Z');
  });

  it("lets a visit's own dates win over the programme's rule", () => {
    const own = new Date('2027-04-01T10:00:00Z');
    const report = new Date('2027-05-20T21:59:59Z');
    const reply = new Date('2027-04-22T21:59:59Z');
    const d = visitDeadlines(
      { startsOn: '2027-04-08', preparationDueOverride: own, reportDueOverride: report, replyDeadline: reply },
      DEFAULT_DEADLINE_SETTINGS,
    );
    expect(d).toEqual({ preparationDue: own, replyPeriodEnd: reply, reportDue: report });
  });
});

describe('deadline settings', () => {
  it('accepts the defaults and refuses out-of-range or fractional values', () => {
    expect(deadlineSettingProblems(DEFAULT_DEADLINE_SETTINGS)).toEqual([]);
    expect(deadlineSettingProblems({ preparationDaysBefore: -1, replyDays: 0, reportWeeksAfter: 1.5 })).toEqual([
      'preparationDaysBefore',
      'replyDays',
      'reportWeeksAfter',
    ]);
    expect(deadlineSettingProblems({ preparationDaysBefore: 61, replyDays: 61, reportWeeksAfter: 27 })).toHaveLength(3);
  });
});

describe('replyPeriodEndFrom', () => {
  it('ends the reply period at the end of the Dutch day, counted from the Dutch day it starts on', () => {
    // 23:30 UTC on 30 June is already 1 July in the Netherlands.
    expect(replyPeriodEndFrom(new Date('2027-06-30T23:30:00Z'), 14).toISOString()).toBe('2027-07-15T21:59:59.000Z');
    expect(replyPeriodEndFrom(new Date('2027-03-20T12:00:00Z'), 14).toISOString()).toBe('2027-04-03T21:59:59.000Z');
  });
});

describe("a visit's own deadlines", () => {
  const context = { visitDay: '2027-04-08', today: '2027-03-01', previous: { preparationDueOn: null, reportDueOn: null } };

  it('accepts days around the visit and follows the programme where none is set', () => {
    expect(checkOwnDeadlines({ preparationDueOn: '2027-04-01', reportDueOn: '2027-05-01' }, context)).toEqual([]);
    expect(checkOwnDeadlines({ preparationDueOn: null, reportDueOn: null }, context)).toEqual([]);
  });

  it('refuses a preparation after the visit, a report before it, and a new day in the past', () => {
    expect(checkOwnDeadlines({ preparationDueOn: '2027-04-09', reportDueOn: '2027-04-07' }, context)).toEqual([
      { field: 'preparationDueOn', code: 'PREPARATION_AFTER_VISIT' },
      { field: 'reportDueOn', code: 'REPORT_BEFORE_VISIT' },
    ]);
    expect(checkOwnDeadlines({ preparationDueOn: '2027-02-27', reportDueOn: null }, context)).toEqual([{ field: 'preparationDueOn', code: 'DAY_IN_PAST' }]);
    const kept = { ...context, previous: { preparationDueOn: '2027-02-27', reportDueOn: null } };
    expect(checkOwnDeadlines({ preparationDueOn: '2027-02-27', reportDueOn: null }, kept)).toEqual([]);
  });
});
