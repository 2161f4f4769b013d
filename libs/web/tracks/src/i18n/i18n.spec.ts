import { tracksTranslations } from './index';

const keys = (value: unknown, prefix = ''): string[] =>
  value && typeof value === 'object' ? Object.entries(value).flatMap(([k, v]) => keys(v, `${prefix}${k}.`)) : [prefix.slice(0, -1)];

describe('learning-track texts', () => {
  it('has every Dutch text in English as well, under the one top-level key tracks', () => {
    expect(keys(tracksTranslations.en).sort()).toEqual(keys(tracksTranslations.nl).sort());
    expect(Object.keys(tracksTranslations.nl)).toEqual(['tracks']);
  });
});
