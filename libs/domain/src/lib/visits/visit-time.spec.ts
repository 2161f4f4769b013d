import type { AgendaItem } from './preparation';
import { checkTimedAgenda, pastDay, sortTimedAgenda, visitSpan } from './visit-time';

const item = (startTime: string, endTime: string, topic = 'Gesprek'): AgendaItem => ({ startTime, endTime, topic, partners: [] });

describe('visitSpan', () => {
  const fresh = { today: '2027-01-10', previousDay: null };

  it('gives the instants of a planned visit', () => {
    expect(visitSpan({ day: '2027-03-10', startTime: '09:00', endTime: '16:30' }, fresh)).toEqual({
      startsAt: new Date('2027-03-10T08:00:00Z'),
      endsAt: new Date('2027-03-10T15:30:00Z'),
    });
  });

  it('refuses a new day in the past, but keeps a day that does not change', () => {
    expect(visitSpan({ day: '2027-01-09', startTime: '09:00', endTime: '12:00' }, fresh)).toEqual({ violations: [{ field: 'startsOn', code: 'DAY_IN_PAST' }] });
    expect('startsAt' in visitSpan({ day: '2027-01-09', startTime: '09:00', endTime: '12:00' }, { today: '2027-01-10', previousDay: '2027-01-09' })).toBe(true);
    expect('startsAt' in visitSpan({ day: '2027-01-10', startTime: '09:00', endTime: '12:00' }, fresh)).toBe(true);
    expect(pastDay(null, fresh)).toBe(false);
  });

  it('refuses a visit that starts in the missing hour of 28 March 2027', () => {
    expect(visitSpan({ day: '2027-03-28', startTime: '02:30', endTime: '05:00' }, fresh)).toEqual({
      violations: [{ field: 'startTime', code: 'NONEXISTENT_TIME' }],
    });
  });
});

describe('an agenda inside its visit', () => {
  const evening = { day: '2027-10-30', startTime: '20:00', endTime: '03:00' };

  it('keeps the old same-day rule for a visit without times', () => {
    expect(checkTimedAgenda([item('12:00', '11:00')], null)).toEqual([{ index: 0, field: 'endTime', code: 'END_BEFORE_START' }]);
  });

  it('lets items run across midnight, into the repeated hour of 31 October 2027', () => {
    expect(checkTimedAgenda([item('20:00', '23:30'), item('23:30', '01:00'), item('01:00', '02:30'), item('02:30', '03:00')], evening)).toEqual([]);
  });

  it('refuses items outside the visit, overlaps after midnight, and empty items', () => {
    expect(
      checkTimedAgenda([item('19:00', '21:00'), item('23:00', '04:00'), item('00:30', '01:30'), item('01:00', '02:00'), item('02:00', '02:00')], evening),
    ).toEqual([
      { index: 0, field: 'startTime', code: 'OUTSIDE_VISIT' },
      { index: 1, field: 'endTime', code: 'OUTSIDE_VISIT' },
      { index: 4, field: 'endTime', code: 'END_BEFORE_START' },
      { index: 3, field: 'startTime', code: 'OVERLAP' },
    ]);
  });

  it('refuses an item in the missing hour of the March night', () => {
    const march = { day: '2027-03-27', startTime: '22:00', endTime: '05:00' };
    expect(checkTimedAgenda([item('22:00', '01:00'), item('01:00', '02:30'), item('03:00', '04:00')], march)).toEqual([
      { index: 1, field: 'endTime', code: 'NONEXISTENT_TIME' },
    ]);
  });

  it('keeps a day visit on its day: an item before the start is outside it, not the next day', () => {
    const day = { day: '2027-03-10', startTime: '09:00', endTime: '12:00' };
    expect(checkTimedAgenda([item('08:00', '09:30'), item('10:00', '11:00'), item('11:30', '12:30')], day)).toEqual([
      { index: 0, field: 'startTime', code: 'OUTSIDE_VISIT' },
      { index: 2, field: 'endTime', code: 'OUTSIDE_VISIT' },
    ]);
    expect(sortTimedAgenda([item('10:00', '11:00'), item('08:00', '09:00')], day).map((i) => i.startTime)).toEqual(['08:00', '10:00']);
  });

  it('sorts items in the order of the visit, after midnight last', () => {
    expect(
      sortTimedAgenda([item('00:30', '01:00'), item('21:00', '22:00'), item('23:00', '00:30')], { startTime: '20:00', endTime: '02:00' }).map(
        (i) => i.startTime,
      ),
    ).toEqual(['21:00', '23:00', '00:30']);
  });
});
