import { dutchInstant, dutchSpan, dutchWallClock } from './wall-clock';

const iso = (r: { at: Date } | { problem: string }) => ('at' in r ? r.at.toISOString() : r.problem);

describe('Dutch wall-clock time to an instant', () => {
  it('reads a winter time as +01:00 and a summer time as +02:00', () => {
    expect(iso(dutchInstant('2027-01-15', '09:30'))).toBe('2027-01-15T08:30:00.000Z');
    expect(iso(dutchInstant('2027-07-15', '09:30'))).toBe('2027-07-15T07:30:00.000Z');
  });

  it('refuses a time in the hour that does not exist on 28 March 2027, and accepts the minutes around it', () => {
    expect(iso(dutchInstant('2027-03-28', '02:00'))).toBe('NONEXISTENT_TIME');
    expect(iso(dutchInstant('2027-03-28', '02:30'))).toBe('NONEXISTENT_TIME');
    expect(iso(dutchInstant('2027-03-28', '02:59'))).toBe('NONEXISTENT_TIME');
    expect(iso(dutchInstant('2027-03-28', '01:59'))).toBe('2027-03-28T00:59:00.000Z');
    expect(iso(dutchInstant('2027-03-28', '03:00'))).toBe('2027-03-28T01:00:00.000Z');
  });

  it('takes the first occurrence (still summer time) of a time in the repeated hour of 31 October 2027', () => {
    expect(iso(dutchInstant('2027-10-31', '02:30'))).toBe('2027-10-31T00:30:00.000Z');
    expect(iso(dutchInstant('2027-10-31', '03:00'))).toBe('2027-10-31T02:00:00.000Z');
    // Going back to wall-clock time gives the same time again.
    expect(dutchWallClock(new Date('2027-10-31T00:30:00Z'))).toEqual({ day: '2027-10-31', time: '02:30' });
    expect(dutchWallClock(new Date('2027-10-31T01:30:00Z'))).toEqual({ day: '2027-10-31', time: '02:30' });
  });

  it('refuses what is not a time', () => {
    expect(iso(dutchInstant('2027-01-15', '24:00'))).toBe('TIME_INVALID');
    expect(iso(dutchInstant('2027-01-15', '9:30'))).toBe('TIME_INVALID');
  });
});

describe('a span of Dutch time', () => {
  const hours = (s: ReturnType<typeof dutchSpan>) => ('startsAt' in s ? (s.endsAt.getTime() - s.startsAt.getTime()) / 3600_000 : s.violations);

  it('runs across midnight when the end time is earlier than the start time', () => {
    const span = dutchSpan('2027-06-11', '20:00', '01:30');
    expect(span).toEqual({ startsAt: new Date('2027-06-11T18:00:00Z'), endsAt: new Date('2027-06-11T23:30:00Z') });
  });

  it('counts real hours across the spring and autumn nights', () => {
    // 22:00 → 06:00 is 8 hours on the clock: 7 real hours in March, 9 in October.
    expect(hours(dutchSpan('2027-03-27', '22:00', '06:00'))).toBe(7);
    expect(hours(dutchSpan('2027-10-30', '22:00', '06:00'))).toBe(9);
    // 01:30 → 04:00 on the October night: 3.5 hours, the repeated hour counted once more.
    expect(hours(dutchSpan('2027-10-31', '01:30', '04:00'))).toBe(3.5);
    expect(hours(dutchSpan('2027-03-28', '01:30', '04:00'))).toBe(1.5);
  });

  it('names the field whose time cannot be', () => {
    expect(hours(dutchSpan('2027-03-28', '02:15', '04:00'))).toEqual([{ field: 'startTime', code: 'NONEXISTENT_TIME' }]);
    expect(hours(dutchSpan('2027-03-27', '23:00', '02:30'))).toEqual([{ field: 'endTime', code: 'NONEXISTENT_TIME' }]);
    expect(hours(dutchSpan('2027-03-27', '10:00', '10:00'))).toEqual([{ field: 'endTime', code: 'EMPTY_SPAN' }]);
    expect(hours(dutchSpan('2027-03-27', '1000', 'x'))).toEqual([
      { field: 'startTime', code: 'TIME_INVALID' },
      { field: 'endTime', code: 'TIME_INVALID' },
    ]);
  });
});
