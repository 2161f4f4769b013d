import { calendarHref, formatVisitTime } from './visit-labels';

describe('a visit time in words', () => {
  it('shows a day visit in Dutch and English, in Dutch time', () => {
    const visit = { startsOn: '2027-03-10', startsAt: '2027-03-10T08:30:00.000Z', endsAt: '2027-03-10T15:00:00.000Z' };
    expect(formatVisitTime(visit, 'nl')).toMatch(/woensdag 10 maart 2027.*09:30.*16:00/);
    expect(formatVisitTime(visit, 'en')).toMatch(/Wednesday,? 10 March 2027.*09:30.*16:00/);
  });

  it('names both days of a visit across midnight', () => {
    const visit = { startsOn: '2027-10-30', startsAt: '2027-10-30T18:00:00.000Z', endsAt: '2027-10-31T02:00:00.000Z' };
    expect(formatVisitTime(visit, 'nl')).toMatch(/zaterdag 30 oktober 2027.*20:00.*zondag 31 oktober 2027.*03:00/);
  });

  it('shows the day alone while there are no times', () => {
    expect(formatVisitTime({ startsOn: '2027-03-10', startsAt: null, endsAt: null }, 'nl')).toBe('10 maart 2027');
  });
});

describe('the calendar link', () => {
  it('points at the visit’s calendar file in the reader’s language', () => {
    expect(calendarHref('abc', 'en-GB')).toBe('/export/agenda/bezoek/abc.ics?taal=en');
    expect(calendarHref('abc', 'nl')).toBe('/export/agenda/bezoek/abc.ics?taal=nl');
  });
});
