import fc from 'fast-check';
import { comparedProgrammesProblem, harvestProgrammeMessages, HARVEST_PROGRAMME_PROBLEMS, MAX_COMPARED_PROGRAMMES } from './harvest-sections';

const own = 'p-2026';
const network = new Set(['p-2024', 'p-2025', 'p-2023', 'p-2022', 'p-2021']);

describe('which programmes a harvest may compare with', () => {
  it.each([
    ['none: the harvest stands alone', [], null],
    ['one other programme of the network', ['p-2025'], null],
    ['several, in the order chosen', ['p-2025', 'p-2024'], null],
    [`${MAX_COMPARED_PROGRAMMES}, the most`, ['p-2025', 'p-2024', 'p-2023', 'p-2022'], null],
    ['one that is not in the network (unknown, or another network’s)', ['p-elders'], 'UNKNOWN'],
    ['a known one beside an unknown one', ['p-2025', 'p-elders'], 'UNKNOWN'],
    ['the harvest’s own programme', [own], 'OWN_PROGRAMME'],
    ['the same programme twice', ['p-2025', 'p-2025'], 'DUPLICATE'],
    [`more than ${MAX_COMPARED_PROGRAMMES}`, ['p-2025', 'p-2024', 'p-2023', 'p-2022', 'p-2021'], 'TOO_MANY'],
  ] as const)('%s → %s', (_label, requested, problem) => {
    expect(comparedProgrammesProblem(own, requested, new Set([...network, own].filter((id) => requested.includes(id as never))))).toBe(problem);
  });

  it('says nothing that tells an unknown programme from another network’s: both are UNKNOWN, in one message', () => {
    expect(comparedProgrammesProblem(own, ['p-van-een-ander-netwerk'], new Set())).toBe('UNKNOWN');
    expect(comparedProgrammesProblem(own, ['00000000-0000-0000-0000-000000000000'], new Set())).toBe('UNKNOWN');
  });

  it('has a Dutch and an English message for every problem', () => {
    for (const problem of HARVEST_PROGRAMME_PROBLEMS) {
      expect(harvestProgrammeMessages[problem].nl.length).toBeGreaterThan(10);
      expect(harvestProgrammeMessages[problem].en.length).toBeGreaterThan(10);
      expect(harvestProgrammeMessages[problem].nl).not.toEqual(harvestProgrammeMessages[problem].en);
    }
  });

  it('accepts exactly the distinct programmes of the network other than its own, up to the limit (fast-check)', () => {
    const ids = fc.constantFrom('p-2025', 'p-2024', 'p-2023', 'p-2022', 'p-2021', own, 'p-elders');
    fc.assert(
      fc.property(fc.array(ids, { maxLength: 7 }), (requested) => {
        const known = new Set(requested.filter((id) => network.has(id) || id === own));
        const ok =
          requested.every((id) => known.has(id)) &&
          !requested.includes(own) &&
          new Set(requested).size === requested.length &&
          requested.length <= MAX_COMPARED_PROGRAMMES;
        expect(comparedProgrammesProblem(own, requested, known) === null).toBe(ok);
      }),
    );
  });
});
