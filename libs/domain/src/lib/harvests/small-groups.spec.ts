import fc from 'fast-check';
import type { OrganisationGroup } from './small-groups';
import { hiddenGroups, MIN_GROUP_ORGANISATIONS, SUPPRESSION_CODES, suppressionMessages } from './small-groups';

/** Groups g0, g1, … with the given numbers of distinct municipalities (each its own). */
function groups(...sizes: number[]): OrganisationGroup[] {
  let next = 0;
  return sizes.map((size, i) => ({ key: `g${i}`, organisations: new Set(Array.from({ length: size }, () => `org-${next++}`)) }));
}

describe('hiddenGroups', () => {
  it('has three as the fewest municipalities a group may show', () => {
    expect(MIN_GROUP_ORGANISATIONS).toBe(3);
  });

  it.each<[string, OrganisationGroup[], Record<string, string>]>([
    ['all groups large enough', groups(5, 3, 4), {}],
    ['empty groups: a zero points at nobody', groups(0, 4, 0, 3), {}],
    ['one small group, and the smallest other one to protect it', groups(5, 2, 4), { g1: 'SMALL_GROUP', g2: 'PROTECTS_SMALL_GROUP' }],
    ['two small groups that together reach three', groups(5, 1, 2, 5), { g1: 'SMALL_GROUP', g2: 'SMALL_GROUP' }],
    ['two small groups that together stay below three', groups(4, 1, 1, 6), { g0: 'PROTECTS_SMALL_GROUP', g1: 'SMALL_GROUP', g2: 'SMALL_GROUP' }],
    ['ties broken by position', groups(4, 1, 4), { g0: 'PROTECTS_SMALL_GROUP', g1: 'SMALL_GROUP' }],
    ['a small group alone', groups(2), { g0: 'SMALL_GROUP' }],
    ['only small groups', groups(1, 1), { g0: 'SMALL_GROUP', g1: 'SMALL_GROUP' }],
  ])('%s', (_, input, expected) => {
    expect(Object.fromEntries(hiddenGroups(input))).toEqual(expected);
  });

  it('counts a municipality in two hidden groups once', () => {
    const shared: OrganisationGroup[] = [
      { key: 'a', organisations: new Set(['x', 'y']) },
      { key: 'b', organisations: new Set(['x', 'y']) },
      { key: 'c', organisations: new Set(['p', 'q', 'r', 's']) },
    ];
    expect(Object.fromEntries(hiddenGroups(shared))).toEqual({ a: 'SMALL_GROUP', b: 'SMALL_GROUP', c: 'PROTECTS_SMALL_GROUP' });
  });

  it('hides what the caller cannot show, protecting it the same way', () => {
    expect(Object.fromEntries(hiddenGroups(groups(4, 2, 5), 3, new Set(['g1'])))).toEqual({ g1: 'SMALL_GROUP', g0: 'PROTECTS_SMALL_GROUP' });
    expect(Object.fromEntries(hiddenGroups(groups(4, 5), 3, new Set(['g1'])))).toEqual({ g1: 'SMALL_GROUP' });
  });

  it('never leaves a hidden group that the totals give back', () => {
    const arb = fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 8 }).map((sizes) => groups(...sizes));
    fc.assert(
      fc.property(arb, (input) => {
        const hidden = hiddenGroups(input);
        const nonEmpty = input.filter((g) => g.organisations.size > 0);
        for (const g of input) {
          if (g.organisations.size === 0) expect(hidden.has(g.key)).toBe(false);
          if (g.organisations.size > 0 && g.organisations.size < MIN_GROUP_ORGANISATIONS) expect(hidden.get(g.key)).toBe('SMALL_GROUP');
        }
        const together = new Set(input.filter((g) => hidden.has(g.key)).flatMap((g) => [...g.organisations]));
        expect(hidden.size === 0 || together.size >= MIN_GROUP_ORGANISATIONS || hidden.size === nonEmpty.length).toBe(true);
      }),
    );
  });

  it('explains every suppression in Dutch and English', () => {
    for (const code of SUPPRESSION_CODES) {
      expect(suppressionMessages[code].nl).toBeTruthy();
      expect(suppressionMessages[code].en).toBeTruthy();
    }
    expect(suppressionMessages.SMALL_GROUP.nl).toBe('Niet getoond: deze groep heeft minder dan 3 gemeenten, dus het getal zou naar één gemeente wijzen.');
  });
});
