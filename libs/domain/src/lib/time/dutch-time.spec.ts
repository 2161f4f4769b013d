import { addDays, dutchDay, endOfDutchDay, remembered, startOfDutchDay } from './dutch-time';
import { dutchWallClock } from './wall-clock';

describe('remembered answers (the time-zone arithmetic asked hundreds of times per request)', () => {
  it('computes each question once, and forgets everything once the bound is reached', () => {
    let computed = 0;
    const square = remembered((n: number) => {
      computed += 1;
      return n * n;
    }, 3);
    expect([square(2), square(2), square(3), square(2)]).toEqual([4, 4, 9, 4]);
    expect(computed).toBe(2);
    square(4);
    square(5); // the fourth question: the memory is cleared first
    square(2);
    expect(computed).toBe(5);
  });

  it('hands out a fresh Date each time, so a caller changing one changes nobody else’s', () => {
    const first = endOfDutchDay('2026-10-25');
    first.setTime(0);
    expect(endOfDutchDay('2026-10-25').toISOString()).toBe('2026-10-25T22:59:59.000Z');
    expect(startOfDutchDay('2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z');
  });

  it('gives the same day and time for every instant of a minute, across midnight and the clock changes', () => {
    expect(dutchDay(new Date('2026-10-24T21:59:59.999Z'))).toBe('2026-10-24');
    expect(dutchDay(new Date('2026-10-24T22:00:00.000Z'))).toBe('2026-10-25');
    expect(dutchDay(new Date('2026-10-25T22:59:59.999Z'))).toBe('2026-10-25');
    expect(dutchDay(new Date('2026-10-25T23:00:00.000Z'))).toBe('2026-10-26');
    expect(dutchWallClock(new Date('2026-03-29T01:00:59.999Z'))).toEqual({ day: '2026-03-29', time: '03:00' });
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});
