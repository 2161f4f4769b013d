import type { FrozenComparedTheme, FrozenComparison } from './comparison-frozen';
import { frozenComparisonThemes, unprovenThemeSuppression } from './comparison-frozen';
import { groupingKey } from './collation';
import { compareProgrammes } from './comparison';
import type { KindCount } from './counts';
import { FINDING_KINDS } from './harvest-finding';
import { patternKey } from './patterns';
import { suppressionMessages } from './small-groups';

const counts = (concern: number): KindCount[] => FINDING_KINDS.map((kind) => ({ kind, count: kind === 'CONCERN' ? concern : 0 }));

/** A theme row as versions published before the per-theme rule froze it: figures, no reasons. */
const old = (theme: string, ...concerns: (number | null)[]): FrozenComparedTheme => ({
  theme,
  perOrganisation: concerns.map((n) => (n === null ? null : Math.round((n / 4) * 10) / 10)),
  counts: concerns.map((n) => (n === null ? null : counts(n))),
});

const programmes = [
  { name: 'Sturen met Kwaliteit 2025', organisations: 4 },
  { name: 'Sturen met Kwaliteit 2024', organisations: 4 },
  { name: 'Proefronde 2023', organisations: null },
];

/** Patronen door de jaren heen as frozen with the version: municipalities per programme (by name), null where hidden. */
const patterns = (rows: [theme: string, organisations: (number | null)[]][], names = ['Sturen met Kwaliteit 2024', 'Sturen met Kwaliteit 2025']) => ({
  programmes: names.map((name) => ({ name })),
  patterns: rows.map(([theme, organisations]) => ({
    type: 'THEME' as const,
    key: patternKey('THEME', groupingKey(theme), null),
    cells: organisations.map((n) => ({ organisations: n })),
  })),
});

const cells = (themes: ReturnType<typeof frozenComparisonThemes>, i: number) =>
  themes.map((t) => [t.theme, t.perOrganisation[i], t.counts[i] === null ? null : 'counts', t.suppressed[i]?.code ?? null]);

describe('a comparison as a version froze it', () => {
  it('reads a comparison frozen with its reasons as it is', () => {
    const fresh = compareProgrammes([{ programmeId: 'p', name: 'P', findings: [] }], ['Wmo']);
    expect(frozenComparisonThemes({ programmes: fresh.programmes, themes: fresh.themes })).toBe(fresh.themes);
  });

  it('without a way to know how many municipalities raised a theme, shows none of the themes’ figures, only zeros', () => {
    const frozen: FrozenComparison = { programmes, themes: [old('Wmo', 3, 5, null), old('Jeugd', 0, 1, null)] };
    const themes = frozenComparisonThemes(frozen);
    expect(cells(themes, 0)).toEqual([
      ['Wmo', null, null, 'SMALL_GROUP'],
      ['Jeugd', 0, 'counts', null],
    ]);
    expect(cells(themes, 1)).toEqual([
      ['Wmo', null, null, 'SMALL_GROUP'],
      ['Jeugd', null, null, 'SMALL_GROUP'],
    ]);
    // A programme that is hidden as a whole says why itself.
    expect(cells(themes, 2)).toEqual([
      ['Wmo', null, null, null],
      ['Jeugd', null, null, null],
    ]);
    expect(themes[0].suppressed[0]).toEqual(unprovenThemeSuppression());
  });

  it('shows a theme the frozen patterns prove at three municipalities or more, and hides the smallest proven one to protect the others', () => {
    const frozen: FrozenComparison = {
      programmes,
      themes: [old('Wmo', 3, 5, null), old('Jeugd', 4, 1, null), old('Armoede', 3, 4, null)],
      // 2024: Wmo at 4, Armoede at 3, Jeugd no pattern (fewer than three). 2025: Wmo at 5, Jeugd at 3, Armoede hidden.
      patterns: patterns([
        ['Wmo', [4, 5]],
        ['Jeugd', [null, 3]],
        ['Armoede', [3, null]],
      ]),
    };
    const themes = frozenComparisonThemes(frozen);
    // 2025: Wmo and Jeugd proven, Armoede not: Armoede hidden, and the smaller proven theme with it.
    expect(cells(themes, 0)).toEqual([
      ['Wmo', 0.8, 'counts', null],
      ['Jeugd', null, null, 'PROTECTS_SMALL_GROUP'],
      ['Armoede', null, null, 'SMALL_GROUP'],
    ]);
    expect(themes[2].suppressed[0]).toEqual(unprovenThemeSuppression());
    expect(cells(themes, 1)).toEqual([
      ['Wmo', 1.3, 'counts', null],
      ['Jeugd', null, null, 'SMALL_GROUP'],
      ['Armoede', null, null, 'PROTECTS_SMALL_GROUP'],
    ]);
    expect(themes[2].suppressed[1]!.text).toEqual(suppressionMessages.PROTECTS_SMALL_GROUP);
  });

  it('proves nothing by a programme name that is not unique', () => {
    const twice = [programmes[0], { ...programmes[1], name: programmes[0].name }];
    const frozen: FrozenComparison = {
      programmes: twice,
      themes: [old('Wmo', 3, 5)],
      patterns: patterns([['Wmo', [4, 4]]], [programmes[0].name, programmes[0].name]),
    };
    expect(frozenComparisonThemes(frozen).map((t) => t.perOrganisation)).toEqual([[null, null]]);
  });

  it('explains an unproven cell in Dutch and English', () => {
    expect(unprovenThemeSuppression().text.nl).toMatch(/^Niet getoond: /);
    expect(unprovenThemeSuppression().text.en).toMatch(/^Not shown: /);
  });
});
