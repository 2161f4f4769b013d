import { formatDate, formatDateTime, formatNumber } from './format';

describe('formatting', () => {
  it('formats dates in Dutch by default, in Amsterdam time', () => {
    // 23:30 UTC on 31 December is already 1 January in Amsterdam.
    expect(formatDate('2025-12-31T23:30:00Z', 'nl')).toBe('1 januari 2026');
    expect(formatDate('2025-12-31T23:30:00Z', 'en')).toBe('1 January 2026');
  });

  it('formats date and time in Amsterdam summer time', () => {
    expect(formatDateTime('2026-07-01T10:00:00Z', 'nl')).toContain('12:00');
    expect(formatDateTime('2026-07-01T10:00:00Z', 'en')).toContain('12:00');
  });

  it('returns an empty string for missing or invalid dates', () => {
    expect(formatDate(null, 'nl')).toBe('');
    expect(formatDate('not a date', 'nl')).toBe('');
  });

  it('formats populations with the Dutch thousands separator', () => {
    expect(formatNumber(361699, 'nl')).toBe('361.699');
    expect(formatNumber(361699, 'en')).toBe('361,699');
    expect(formatNumber(null, 'nl')).toBe('');
  });
});
