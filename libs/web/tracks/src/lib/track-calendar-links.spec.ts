import { scheduleCalendarHref, sessionCalendarHref } from './track-calendar-links';

describe('calendar links of a track', () => {
  it('lead to the session’s or the schedule’s calendar file in the reader’s language', () => {
    expect(sessionCalendarHref('s1', 'nl')).toBe('/export/agenda/leergang-bijeenkomst/s1.ics?taal=nl');
    expect(sessionCalendarHref('s/1', 'en-GB')).toBe('/export/agenda/leergang-bijeenkomst/s%2F1.ics?taal=en');
    expect(scheduleCalendarHref('t1', 'en')).toBe('/export/agenda/leergang/t1.ics?taal=en');
  });
});
