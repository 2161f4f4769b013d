import { DEFAULT_DELIVERY, NOTIFICATION_KINDS, NOTIFICATION_TITLES } from '@kijkje/domain';
import en from '../i18n/en.json';
import nl from '../i18n/nl.json';
import { mergeNotifications, notificationTitle, notificationWhen, settingsByKind, subjectLink } from './notification-texts';

const item = (id: string, createdAt: string, read = false) => ({ id, kind: 'ROUND_STARTED', createdAt, read, path: '/bezoeken' });

describe('notificationTitle', () => {
  it('uses the domain line in the reader language', () => {
    expect(notificationTitle('ROUND_STARTED', 'nl')).toBe(NOTIFICATION_TITLES.ROUND_STARTED.nl);
    expect(notificationTitle('ROUND_STARTED', 'en-GB')).toBe(NOTIFICATION_TITLES.ROUND_STARTED.en);
  });

  it('shows an unknown kind as it is rather than nothing', () => {
    expect(notificationTitle('SOMETHING_NEW', 'nl')).toBe('SOMETHING_NEW');
  });
});

describe('notificationWhen', () => {
  it('gives Dutch time in both languages, across the summer-time change', () => {
    expect(notificationWhen('2027-01-15T09:30:00Z', 'nl')).toBe('15 januari 2027 om 10:30');
    expect(notificationWhen('2027-07-15T09:30:00Z', 'en')).toBe('15 July 2027 at 11:30');
  });
});

describe('mergeNotifications', () => {
  it('lists each notification once, newest first, keeping the first copy seen', () => {
    const first = [item('b', '2027-03-02T10:00:00Z', true), item('a', '2027-03-01T10:00:00Z')];
    const older = [item('b', '2027-03-02T10:00:00Z', false), item('c', '2027-03-03T10:00:00Z')];
    const merged = mergeNotifications(first, older);
    expect(merged.map((n) => n.id)).toEqual(['c', 'b', 'a']);
    expect(merged.find((n) => n.id === 'b')?.read).toBe(true);
  });
});

describe('subjectLink', () => {
  it('links only to paths inside the app', () => {
    expect(subjectLink('/bezoeken/1/verslag')).toBe('/bezoeken/1/verslag');
    expect(subjectLink('')).toBeNull();
    expect(subjectLink('https://example.com')).toBeNull();
    expect(subjectLink('//example.com')).toBeNull();
  });
});

describe('settingsByKind', () => {
  it('gives every kind once, the chosen delivery where known and the default elsewhere', () => {
    const settings = settingsByKind([
      { kind: 'ROUND_STARTED', delivery: 'OFF' },
      { kind: 'HARVEST_PUBLISHED', delivery: 'NONSENSE' },
    ]);
    expect(settings.map((s) => s.kind)).toEqual([...NOTIFICATION_KINDS]);
    expect(settings.find((s) => s.kind === 'ROUND_STARTED')?.delivery).toBe('OFF');
    expect(settings.find((s) => s.kind === 'HARVEST_PUBLISHED')?.delivery).toBe(DEFAULT_DELIVERY.HARVEST_PUBLISHED);
  });
});

describe('dictionaries', () => {
  const keys = (value: unknown, prefix = ''): string[] =>
    typeof value === 'object' && value !== null ? Object.entries(value).flatMap(([k, v]) => keys(v, `${prefix}${k}.`)) : [prefix];

  it('have the same keys in Dutch and English', () => {
    expect(keys(en).sort()).toEqual(keys(nl).sort());
  });
});
