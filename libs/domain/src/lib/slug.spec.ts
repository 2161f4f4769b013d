import fc from 'fast-check';
import { SLUG_MAX, slugify } from './slug';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

describe('slugify', () => {
  it.each([
    ['Netwerk Directeuren Sociaal Domein', 'netwerk-directeuren-sociaal-domein'],
    ["Fryslân & 's-Hertogenbosch", 'fryslan-s-hertogenbosch'],
    ['Grip op het Sociaal Domein', 'grip-op-het-sociaal-domein'],
    ['  Grip op het sociaal domein!  ', 'grip-op-het-sociaal-domein'],
    ['Coöperatie Zuid-Limburg', 'cooperatie-zuid-limburg'],
    ['Crème brûlée à la Noël', 'creme-brulee-a-la-noel'],
    ['Sturen met Kwaliteit 2019-2020', 'sturen-met-kwaliteit-2019-2020'],
    ['Regio   West---Brabant', 'regio-west-brabant'],
    ['Straße Ærø Łódź', 'strasse-aero-lodz'],
    ['İstanbul', 'istanbul'],
    ['ĲSSELSTEIN', 'ijsselstein'],
    ['!!!', ''],
    ['', ''],
    ['日本語', ''],
    ['a'.repeat(100), 'a'.repeat(60)],
    // Cut at 60 characters, then no trailing dash.
    [`${'a'.repeat(59)} b`, 'a'.repeat(59)],
    [`${'a'.repeat(58)} bc`, `${'a'.repeat(58)}-b`],
  ])('%j → %j', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it('always gives lowercase words joined by single dashes, at most 60 characters, or nothing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (name) => {
        const slug = slugify(name);
        expect(slug === '' || SLUG.test(slug)).toBe(true);
        expect(slug.length).toBeLessThanOrEqual(SLUG_MAX);
      }),
    );
  });

  it('is empty exactly when the name has no letters or digits that survive', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(' ', '-', '!', '&', "'", '.', '/', '€'), maxLength: 50 }), (name) => {
        expect(slugify(name)).toBe('');
      }),
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9]{1,20}$/), (name) => {
        expect(slugify(name)).toBe(name.toLowerCase());
      }),
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (name) => {
        expect(slugify(slugify(name))).toBe(slugify(name));
      }),
    );
  });
});
