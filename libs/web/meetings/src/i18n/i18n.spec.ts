import { meetingsTranslations } from './index';

const keys = (value: unknown, prefix = ''): string[] =>
  value && typeof value === 'object' ? Object.entries(value).flatMap(([k, v]) => keys(v, `${prefix}${k}.`)) : [prefix.slice(0, -1)];

describe('meetings texts', () => {
  it('has every Dutch text in English as well, under the one top-level key meetings', () => {
    expect(keys(meetingsTranslations.en).sort()).toEqual(keys(meetingsTranslations.nl).sort());
    expect(Object.keys(meetingsTranslations.nl)).toEqual(['meetings']);
  });
});
