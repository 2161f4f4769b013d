import fc from 'fast-check';
import { SLUG_MAX } from '../slug';
import { HARVEST_SLUG_FALLBACK, harvestSlug } from './harvest-slug';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/u;

describe('harvestSlug', () => {
  it.each<[string, string[], string]>([
    ['Oogst Sturen met Kwaliteit 2026', [], 'oogst-sturen-met-kwaliteit-2026'],
    ['Wat we leerden over de Wmo & Jeugd', [], 'wat-we-leerden-over-de-wmo-jeugd'],
    ['Financiële beheersbaarheid: één oogst', [], 'financiele-beheersbaarheid-een-oogst'],
    ['Oogst 2026', ['oogst-2026'], 'oogst-2026-2'],
    ['Oogst 2026', ['oogst-2026', 'oogst-2026-2', 'oogst-2026-3'], 'oogst-2026-4'],
    ['Oogst 2026', ['OOGST-2026'], 'oogst-2026-2'],
    ['Oogst 2026', ['oogst-2026-2'], 'oogst-2026'],
    ['!!!', [], HARVEST_SLUG_FALLBACK],
    ['!!!', ['oogst'], 'oogst-2'],
    ['a'.repeat(100), [], 'a'.repeat(SLUG_MAX)],
    ['a'.repeat(100), ['a'.repeat(SLUG_MAX)], `${'a'.repeat(SLUG_MAX - 2)}-2`],
    // The cut for the suffix leaves no dash before it.
    [`${'a'.repeat(57)} bcd`, [`${'a'.repeat(57)}-bc`], `${'a'.repeat(57)}-2`],
  ])('%j with %j → %j', (title, existing, slug) => {
    expect(harvestSlug(title, existing)).toBe(slug);
  });

  it('always gives a new, well-formed slug of at most SLUG_MAX characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 120 }), fc.array(fc.constantFrom('oogst', 'oogst-2', 'oogst-2026', 'oogst-2026-2'), { maxLength: 4 }), (title, existing) => {
        const slug = harvestSlug(title, existing);
        expect(SLUG.test(slug)).toBe(true);
        expect(slug.length).toBeLessThanOrEqual(SLUG_MAX);
        expect(existing).not.toContain(slug);
      }),
    );
  });

  it('stays unique when many harvests have the same title', () => {
    const slugs: string[] = [];
    for (let i = 0; i < 25; i++) slugs.push(harvestSlug('Oogst 2026', slugs));
    expect(new Set(slugs).size).toBe(25);
    expect(slugs.slice(0, 3)).toEqual(['oogst-2026', 'oogst-2026-2', 'oogst-2026-3']);
  });
});
