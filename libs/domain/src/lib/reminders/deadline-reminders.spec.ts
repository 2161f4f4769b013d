import { at, visitFacts } from '../tasks/task.fixtures';
import { openDeadlines, openProgressDeadline, reminderStage, reminderToSend, type ReminderStage } from './deadline-reminders';

// A deadline at the end of Friday 16 April 2027, Dutch summer time (21:59:59 UTC).
const DUE = at('2027-04-16T21:59:59Z');

describe('reminderStage', () => {
  it.each([
    ['2027-04-08T05:00:00Z', null], // eight days before
    ['2027-04-09T05:00:00Z', 'WEEK_BEFORE'], // seven days before, 07:00 Dutch time
    ['2027-04-14T05:00:00Z', 'WEEK_BEFORE'],
    ['2027-04-15T05:00:00Z', 'DAY_BEFORE'], // the day before
    ['2027-04-16T21:59:59Z', 'DAY_BEFORE'], // the day itself, up to the last second
    ['2027-04-16T22:00:00Z', 'OVERDUE'], // one second later
    ['2027-05-30T05:00:00Z', 'OVERDUE'],
  ] as const)('at %s: %s', (now, stage) => {
    expect(reminderStage(DUE, at(now))).toBe(stage);
  });

  it('counts Dutch calendar days, not 24-hour periods, across the change to summer time', () => {
    const due = at('2027-04-02T21:59:59Z'); // end of Friday 2 April (CEST)
    // 26 March 23:30 UTC is already Saturday 27 March in Amsterdam: six days before.
    expect(reminderStage(due, at('2027-03-26T23:30:00Z'))).toBe('WEEK_BEFORE');
    // 25 March 23:30 UTC is Friday 26 March 00:30 CET: seven days before.
    expect(reminderStage(due, at('2027-03-25T23:30:00Z'))).toBe('WEEK_BEFORE');
    expect(reminderStage(due, at('2027-03-25T22:30:00Z'))).toBeNull(); // Thursday 25 March 23:30 CET
  });
});

describe('reminderToSend', () => {
  const cases: [string, string, ReminderStage[], ReminderStage | null][] = [
    ['first of the week', '2027-04-09T05:00:00Z', [], 'WEEK_BEFORE'],
    ['week stage again', '2027-04-10T05:00:00Z', ['WEEK_BEFORE'], null],
    ['the day before after the week', '2027-04-15T05:00:00Z', ['WEEK_BEFORE'], 'DAY_BEFORE'],
    ['missed days: only the latest stage', '2027-04-15T05:00:00Z', [], 'DAY_BEFORE'],
    ['late run past the deadline: only overdue', '2027-04-17T05:00:00Z', [], 'OVERDUE'],
    ['overdue once', '2027-04-18T05:00:00Z', ['WEEK_BEFORE', 'DAY_BEFORE', 'OVERDUE'], null],
    ['never a stage behind one sent', '2027-04-12T05:00:00Z', ['DAY_BEFORE'], null],
    ['too early', '2027-04-01T05:00:00Z', [], null],
  ];
  it.each(cases)('%s', (_name, now, sent, expected) => {
    expect(reminderToSend(DUE, at(now), sent)).toBe(expected);
  });
});

describe('openDeadlines', () => {
  const NOW = at('2027-03-30T05:00:00Z');

  it('reminds the host of a preparation not yet submitted, by the programme’s rule or the visit’s own date', () => {
    expect(openDeadlines(visitFacts(), NOW)).toEqual([
      { deadline: 'PREPARATION', due: at('2027-04-01T21:59:59Z'), holder: 'host', path: '/bezoeken/v1' },
      { deadline: 'REPORT', due: at('2027-05-06T21:59:59Z'), holder: 'lead', path: '/bezoeken/v1/verslag' },
    ]);
    const own = at('2027-04-03T21:59:59Z');
    expect(openDeadlines(visitFacts({ visit: { preparationDue: own } }), NOW)[0].due).toEqual(own);
  });

  it('has no preparation deadline once prepared, and none in a round still being composed or closed', () => {
    expect(openDeadlines(visitFacts({ visit: { status: 'PREPARED' } }), NOW).map((d) => d.deadline)).toEqual(['REPORT']);
    expect(openDeadlines(visitFacts({ round: { status: 'COMPOSING' } }), NOW)).toEqual([]);
    expect(openDeadlines(visitFacts({ round: { status: 'CLOSED' } }), NOW)).toEqual([]);
    expect(openDeadlines(visitFacts({ programme: { status: 'CLOSED' } }), NOW)).toEqual([]);
  });

  it('reminds the host of the reply period while shared findings wait for a reply, and after it while none is released', () => {
    const end = at('2027-04-20T21:59:59Z');
    const shared = (findings: Partial<ReturnType<typeof visitFacts>['findings']>) =>
      visitFacts({ visit: { status: 'HELD', replyDeadline: end }, round: { status: 'VISITING' }, findings: { visible: 3, ...findings } });
    const reply = (f: ReturnType<typeof visitFacts>, now: Date) => openDeadlines(f, now).find((d) => d.deadline === 'REPLY');
    expect(reply(shared({ unanswered: 2 }), NOW)).toEqual({ deadline: 'REPLY', due: end, holder: 'host', path: '/bezoeken/v1/bevindingen' });
    // Every finding answered: nothing to remind of before the end.
    expect(reply(shared({ unanswered: 0 }), NOW)).toBeUndefined();
    // After the end: replying is closed, but deciding on the harvest is still to do, until one is released.
    const after = at('2027-04-21T05:00:00Z');
    expect(reply(shared({ unanswered: 2 }), after)?.due).toEqual(end);
    expect(reply(shared({ unanswered: 0 }), after)?.path).toBe('/bezoeken/v1/bevindingen');
    expect(reply(shared({ unanswered: 2, released: 1 }), after)).toBeUndefined();
    // Nothing shared: no reply period to remind of.
    expect(reply(visitFacts({ visit: { status: 'HELD' } }), NOW)).toBeUndefined();
  });

  it('reminds the lead of the report until it is final', () => {
    const report = (status: 'HELD' | 'REPORT_DRAFT' | 'REPORT_SHARED' | 'REPORT_FINAL') =>
      openDeadlines(visitFacts({ visit: { status }, round: { status: 'REPORTING' } }), NOW).filter((d) => d.deadline === 'REPORT');
    for (const status of ['HELD', 'REPORT_DRAFT', 'REPORT_SHARED'] as const) expect(report(status)).toHaveLength(1);
    expect(report('REPORT_FINAL')).toEqual([]);
    expect(report('HELD')[0].holder).toBe('lead');
  });
});

describe('the progress review deadline', () => {
  const final = {
    programme: { id: 'p1', name: 'Sturen met Kwaliteit' },
    round: { id: 'r1', name: 'Ronde 1' },
    visit: { id: 'v1', hostName: 'Utrecht', status: 'REPORT_FINAL' as const, startsOn: '2027-04-08' },
    moments: [6, 12],
    submitted: [] as number[],
  };
  const due = at('2027-10-08T21:59:59Z');

  it('reminds the host of the earliest open moment, also once the programme is closed, a week before, the day before and after it', () => {
    expect(openProgressDeadline(final, at('2027-09-30T05:00:00Z'))).toEqual({
      deadline: 'PROGRESS_REVIEW',
      due,
      holder: 'host',
      path: '/bezoeken/v1/verbeterplan',
    });
    expect(reminderToSend(due, at('2027-10-01T05:00:00Z'), [])).toBe('WEEK_BEFORE');
    expect(reminderToSend(due, at('2027-10-07T05:00:00Z'), ['WEEK_BEFORE'])).toBe('DAY_BEFORE');
    expect(reminderToSend(due, at('2027-10-09T05:00:00Z'), ['WEEK_BEFORE', 'DAY_BEFORE'])).toBe('OVERDUE');
  });

  it('is gone once that moment is submitted, and comes back for the next moment with its own day', () => {
    expect(openProgressDeadline({ ...final, submitted: [6] }, at('2027-10-09T05:00:00Z'))).toBeNull();
    expect(openProgressDeadline({ ...final, submitted: [6] }, at('2028-04-01T05:00:00Z'))?.due).toEqual(at('2028-04-08T21:59:59Z'));
  });
});
