import fc from 'fast-check';
import { SLUG_MAX } from '../slug';
import { HARVEST_SLUG_FALLBACK, harvestSlug, SLUG_TOKEN_ALPHABET, SLUG_TOKEN_LENGTH, slugToken } from './harvest-slug';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/u;

describe('harvestSlug', () => {
  it.each<[string, string]>([
    ['Oogst Sturen met Kwaliteit 2026', 'oogst-sturen-met-kwaliteit-2026-k3f9x2'],
    ['Wat we leerden over de Wmo & Jeugd', 'wat-we-leerden-over-de-wmo-jeugd-k3f9x2'],
    ['Financiële beheersbaarheid: één oogst', 'financiele-beheersbaarheid-een-oogst-k3f9x2'],
    ['!!!', `${HARVEST_SLUG_FALLBACK}-k3f9x2`],
    ['a'.repeat(100), `${'a'.repeat(SLUG_MAX - 7)}-k3f9x2`],
    // The cut for the token leaves no dash before it.
    [`${'a'.repeat(52)} bcd`, `${'a'.repeat(52)}-k3f9x2`],
  ])('%j → %j', (title, slug) => {
    expect(harvestSlug(title, 'k3f9x2')).toBe(slug);
  });

  it('looks the same whether the title was used before or not: only the token differs', () => {
    const first = harvestSlug('Geheime oogst', 'aaaaaa');
    const second = harvestSlug('Geheime oogst', 'bbbbbb');
    expect([first, second]).toEqual(['geheime-oogst-aaaaaa', 'geheime-oogst-bbbbbb']);
  });

  it('always gives a well-formed slug of at most SLUG_MAX characters', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 120 }),
        fc.uint8Array({ minLength: SLUG_TOKEN_LENGTH, maxLength: SLUG_TOKEN_LENGTH }),
        (title, bytes) => {
          const slug = harvestSlug(title, slugToken(bytes));
          expect(SLUG.test(slug)).toBe(true);
          expect(slug.length).toBeLessThanOrEqual(SLUG_MAX);
        },
      ),
    );
  });
});

describe('slugToken', () => {
  it('takes one character of the alphabet per byte', () => {
    expect(slugToken(new Uint8Array([0, 1, 2, 30, 31, 255]))).toBe(`abc9a${SLUG_TOKEN_ALPHABET[255 % SLUG_TOKEN_ALPHABET.length]}`);
  });

  it('refuses too few bytes', () => {
    expect(() => slugToken(new Uint8Array(3))).toThrow();
  });
});
