import fc from 'fast-check';
import { slugify } from './slug';

describe('slugify', () => {
  it.each([
    ['Netwerk Directeuren Sociaal Domein', 'netwerk-directeuren-sociaal-domein'],
    ["Fryslân & 's-Hertogenbosch", 'fryslan-s-hertogenbosch'],
    ['  Grip op het sociaal domein!  ', 'grip-op-het-sociaal-domein'],
    ['Coöperatie Zuid-Limburg', 'cooperatie-zuid-limburg'],
    ['!!!', ''],
    ['a'.repeat(100), 'a'.repeat(60)],
  ])('%s → %s', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it('always gives lowercase words joined by single dashes, at most 60 characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (name) => {
        const slug = slugify(name);
        expect(slug === '' || /^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)).toBe(true);
        expect(slug.length).toBeLessThanOrEqual(60);
      }),
    );
  });

  it('is idempotent', () => {
    fc.assert(fc.property(fc.string({ maxLength: 100 }), (name) => expect(slugify(slugify(name))).toBe(slugify(name))));
  });
});
