import { nextDailyAt } from './schedule';

describe('nextDailyAt', () => {
  it('is today at the hour when that is still to come, otherwise tomorrow', () => {
    expect(nextDailyAt(new Date('2026-06-10T04:00:00Z'), 7).toISOString()).toBe('2026-06-10T05:00:00.000Z'); // 06:00 → 07:00 CEST
    expect(nextDailyAt(new Date('2026-06-10T05:00:00Z'), 7).toISOString()).toBe('2026-06-11T05:00:00.000Z'); // exactly 07:00: the next one
    expect(nextDailyAt(new Date('2026-01-10T12:00:00Z'), 7).toISOString()).toBe('2026-01-11T06:00:00.000Z'); // CET
  });

  it('keeps the Dutch hour across the change to and from summer time', () => {
    expect(nextDailyAt(new Date('2026-03-28T12:00:00Z'), 7).toISOString()).toBe('2026-03-29T05:00:00.000Z');
    expect(nextDailyAt(new Date('2026-10-24T12:00:00Z'), 7).toISOString()).toBe('2026-10-25T06:00:00.000Z');
  });
});
