import { materialExpired, materialExpiresAt, RETENTION_YEARS, retentionLastDay, retentionYearsProblem } from './retention';

describe('retention of visit material', () => {
  it('allows whole years from 1 to 20, 5 by default', () => {
    expect(RETENTION_YEARS.default).toBe(5);
    for (const ok of [1, 5, 20]) expect(retentionYearsProblem(ok)).toBeNull();
    for (const bad of [0, 21, -1, 2.5, Number.NaN]) {
      const problem = retentionYearsProblem(bad);
      expect(problem?.nl).toContain('1 tot en met 20 jaar');
      expect(problem?.en).toContain('1 to 20 years');
    }
  });

  it('keeps material until the same Dutch day the given number of years after closing', () => {
    // 23:30 UTC on 31 December is already 1 January in the Netherlands.
    expect(retentionLastDay(new Date('2026-12-31T23:30:00Z'), 5)).toBe('2032-01-01');
    expect(retentionLastDay(new Date('2026-06-15T10:00:00Z'), 1)).toBe('2027-06-15');
    expect(retentionLastDay(new Date('2028-02-29T12:00:00Z'), 1)).toBe('2029-02-28');
    expect(retentionLastDay(new Date('2028-02-29T12:00:00Z'), 4)).toBe('2032-02-29');
    expect(materialExpiresAt(new Date('2026-06-15T10:00:00Z'), 5).toISOString()).toBe('2031-06-15T21:59:59.000Z');
  });

  it('expires only a closed programme, only after its last day', () => {
    const closedAt = new Date('2026-06-15T10:00:00Z');
    const closed = { status: 'CLOSED', closedAt };
    expect(materialExpired(closed, 5, new Date('2031-06-15T21:59:59Z'))).toBe(false);
    expect(materialExpired(closed, 5, new Date('2031-06-15T22:00:00Z'))).toBe(true);
    expect(materialExpired(closed, 6, new Date('2031-06-15T22:00:00Z'))).toBe(false);
    expect(materialExpired({ status: 'RUNNING', closedAt }, 1, new Date('2040-01-01'))).toBe(false);
    expect(materialExpired({ status: 'CLOSED', closedAt: null }, 1, new Date('2040-01-01'))).toBe(false);
  });
});
