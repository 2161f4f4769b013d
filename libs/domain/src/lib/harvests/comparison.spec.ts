import fc from 'fast-check';
import { compareProgrammes, type ProgrammeComparison, type ProgrammeFindings } from './comparison';
import { groupingKey } from './collation';
import type { CountableFinding } from './counts';
import { FINDING_KINDS, type FindingKind } from './harvest-finding';
import { MIN_GROUP_ORGANISATIONS, suppressionMessages } from './small-groups';

const row = (organisationId: string, theme: string, kind: CountableFinding['kind'], count = 1): CountableFinding => ({
  id: `${organisationId}|${theme}|${kind}`,
  organisationId,
  roundId: 'r',
  theme,
  kind,
  sizeClass: 'M',
  count,
});

const programme = (programmeId: string, findings: CountableFinding[]): ProgrammeFindings => ({ programmeId, name: programmeId, findings });

// Every theme of both programmes was raised by three municipalities or more.
const p2025: ProgrammeFindings = {
  programmeId: 'p25',
  name: 'Sturen met Kwaliteit 2025',
  findings: [
    row('a', 'Wmo', 'CONCERN', 4),
    row('b', 'Wmo', 'STRENGTH', 2),
    row('c', 'Wmo', 'CONCERN'),
    row('c', 'Jeugd', 'CONCERN', 3),
    row('d', 'Jeugd', 'RECOMMENDATION'),
    row('e', 'Jeugd', 'CONCERN'),
  ],
};
const p2026: ProgrammeFindings = {
  programmeId: 'p26',
  name: 'Sturen met Kwaliteit 2026',
  findings: [
    row('a', 'Wmo', 'STRENGTH', 3),
    row('e', 'Wmo', 'STRENGTH'),
    row('f', 'Wmo', 'CONCERN'),
    row('f', 'Participatie', 'CONCERN', 2),
    row('g', 'Participatie', 'CONCERN'),
    row('h', 'Participatie', 'STRENGTH'),
  ],
};

/** Per theme, the cells of one programme: [figure per municipality, reason it is hidden]. */
const column = (c: ProgrammeComparison, i: number) => c.themes.map((t) => [t.theme, t.perOrganisation[i], t.suppressed[i]?.code ?? null]);

describe('comparing programmes', () => {
  it('sets the programmes side by side, per theme per municipality so that size does not decide', () => {
    const c = compareProgrammes([p2025, p2026], ['Wmo', 'Jeugd']);
    expect(c.programmes.map((p) => [p.name, p.organisations, p.total])).toEqual([
      ['Sturen met Kwaliteit 2025', 5, 12],
      ['Sturen met Kwaliteit 2026', 5, 9],
    ]);
    expect(c.themes.map((t) => [t.theme, t.perOrganisation])).toEqual([
      ['Wmo', [1.4, 1]],
      ['Jeugd', [1, 0]],
      ['Participatie', [0, 0.8]],
    ]);
    expect(c.themes[0].counts[1]).toContainEqual({ kind: 'STRENGTH', count: 4 });
    expect(c.themes.every((t) => t.suppressed.every((s) => s === null))).toBe(true);
  });

  it('shows nothing of a programme of fewer than three municipalities, and says why', () => {
    const small: ProgrammeFindings = { programmeId: 'ps', name: 'Klein', findings: [row('x', 'Wmo', 'CONCERN', 5), row('y', 'Jeugd', 'STRENGTH')] };
    const c = compareProgrammes([p2025, small]);
    expect(c.programmes[1]).toMatchObject({ organisations: null, totals: null, total: null, suppressed: { code: 'SMALL_GROUP' } });
    // The programme's own reason says why; its cells need none of their own.
    expect(c.themes.every((t) => t.perOrganisation[1] === null && t.counts[1] === null && t.suppressed[1] === null)).toBe(true);
    expect(compareProgrammes([{ programmeId: 'e', name: 'Leeg', findings: [] }]).programmes[0].suppressed).toBeNull();
  });

  it.each<[string, CountableFinding[], [string, number | null, string | null][]]>([
    [
      // 2024 Wmo ≈ 0.8 × 4 = 3: a theme of one municipality, and the only other one hidden with it.
      'a theme one municipality raised, in a programme of four',
      [row('a', 'Wmo', 'CONCERN', 3), row('b', 'Jeugd', 'CONCERN'), row('c', 'Jeugd', 'STRENGTH'), row('d', 'Jeugd', 'CONCERN')],
      [
        ['Wmo', null, 'SMALL_GROUP'],
        ['Jeugd', null, 'PROTECTS_SMALL_GROUP'],
      ],
    ],
    [
      'a theme two municipalities raised; the smallest other theme hidden with it, the larger one shown',
      [
        row('a', 'Wmo', 'CONCERN'),
        row('b', 'Wmo', 'CONCERN'),
        row('c', 'Wmo', 'STRENGTH'),
        row('d', 'Armoede', 'CONCERN'),
        row('e', 'Armoede', 'CONCERN'),
        row('f', 'Armoede', 'CONCERN'),
        row('g', 'Armoede', 'CONCERN'),
        row('a', 'Jeugd', 'CONCERN', 4),
        row('d', 'Jeugd', 'STRENGTH'),
      ],
      [
        ['Wmo', null, 'PROTECTS_SMALL_GROUP'],
        ['Jeugd', null, 'SMALL_GROUP'],
        ['Armoede', 0.6, null],
      ],
    ],
    [
      'one municipality counts once in a cell, however many findings and kinds it has there',
      [
        row('a', 'Jeugd', 'CONCERN', 2),
        row('a', 'Jeugd', 'STRENGTH'),
        row('a', 'Jeugd', 'RECOMMENDATION', 3),
        row('b', 'Wmo', 'CONCERN'),
        row('c', 'Wmo', 'CONCERN'),
        row('d', 'Wmo', 'CONCERN'),
        row('e', 'Wmo', 'CONCERN'),
      ],
      [
        ['Wmo', null, 'PROTECTS_SMALL_GROUP'],
        ['Jeugd', null, 'SMALL_GROUP'],
      ],
    ],
    [
      'two small themes that together reach three municipalities hide only themselves',
      [
        row('a', 'Wmo', 'CONCERN'),
        row('b', 'Wmo', 'CONCERN'),
        row('c', 'Wmo', 'CONCERN'),
        row('d', 'Jeugd', 'CONCERN'),
        row('e', 'Jeugd', 'CONCERN'),
        row('f', 'Armoede', 'CONCERN'),
      ],
      [
        ['Wmo', 0.5, null],
        ['Jeugd', null, 'SMALL_GROUP'],
        ['Armoede', null, 'SMALL_GROUP'],
      ],
    ],
    [
      'spellings of one theme count their municipalities together; a theme nobody raised shows a zero',
      [row('a', 'Wmo', 'CONCERN'), row('b', 'wmo ', 'CONCERN'), row('c', ' WMO', 'STRENGTH')],
      [
        ['Wmo', 1, null],
        ['Jeugd', 0, null],
      ],
    ],
  ])('hides %s', (_, findings, expected) => {
    const c = compareProgrammes([programme('p', findings)], ['Wmo', 'Jeugd']);
    expect(column(c, 0)).toEqual(expected);
    c.themes.forEach((t) => {
      if (t.perOrganisation[0] === null) expect(t.counts[0]).toBeNull();
    });
  });

  it('gives the reason of a hidden cell in Dutch and English', () => {
    const c = compareProgrammes(
      [programme('p', [row('a', 'Wmo', 'CONCERN', 3), row('b', 'Jeugd', 'CONCERN'), row('c', 'Jeugd', 'CONCERN'), row('d', 'Jeugd', 'CONCERN')])],
      ['Wmo', 'Jeugd'],
    );
    expect(c.themes.map((t) => t.suppressed[0]?.text)).toEqual([suppressionMessages.SMALL_GROUP, suppressionMessages.PROTECTS_SMALL_GROUP]);
  });

  const findingsArb = fc.array(
    fc.record({
      organisationId: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
      theme: fc.constantFrom('Wmo', 'Jeugd', 'Armoede', 'wmo'),
      kind: fc.constantFrom(...FINDING_KINDS),
      count: fc.integer({ min: 0, max: 5 }),
    }),
    { maxLength: 14 },
  );
  const setsOf = (lists: (typeof findingsArb extends fc.Arbitrary<infer T> ? T : never)[]) =>
    lists.map((list, i) =>
      programme(
        `p${i}`,
        list.map((f, n) => ({ ...row(f.organisationId, f.theme, f.kind, f.count), id: `${i}-${n}` })),
      ),
    );
  const counting = (f: CountableFinding) => (f.count ?? 1) > 0;

  it('never lets a hidden programme’s numbers through, whatever the findings', () => {
    fc.assert(
      fc.property(findingsArb, findingsArb, (one, two) => {
        const sets = setsOf([one, two]);
        const c = compareProgrammes(sets);
        c.programmes.forEach((p, i) => {
          const organisations = new Set(sets[i].findings.filter(counting).map((f) => f.organisationId)).size;
          if (organisations < 3) {
            expect(p.total).toBeNull();
            for (const t of c.themes) expect([t.perOrganisation[i], t.counts[i]]).toEqual([null, null]);
          } else expect(p.organisations).toBe(organisations);
        });
      }),
    );
  });

  it('shows no theme cell of one or two municipalities, and what is shown never gives a hidden cell back', () => {
    fc.assert(
      fc.property(findingsArb, findingsArb, (one, two) => {
        const sets = setsOf([one, two]);
        const c = compareProgrammes(sets);
        c.programmes.forEach((p, i) => {
          if (p.totals === null) return;
          const truth = c.themes.map((t) => {
            const findings = sets[i].findings.filter((f) => counting(f) && groupingKey(f.theme) === groupingKey(t.theme));
            const byKind = new Map<FindingKind, number>();
            for (const f of findings) byKind.set(f.kind, (byKind.get(f.kind) ?? 0) + (f.count ?? 1));
            return { organisations: new Set(findings.map((f) => f.organisationId)), byKind };
          });
          c.themes.forEach((t, j) => {
            const size = truth[j].organisations.size;
            if (t.perOrganisation[i] === null) {
              expect(size).toBeGreaterThan(0);
              expect([t.counts[i], t.suppressed[i]?.code]).toEqual([null, size < MIN_GROUP_ORGANISATIONS ? 'SMALL_GROUP' : 'PROTECTS_SMALL_GROUP']);
            } else {
              expect(size === 0 || size >= MIN_GROUP_ORGANISATIONS).toBe(true);
              expect(t.counts[i]).toEqual(FINDING_KINDS.map((kind) => ({ kind, count: truth[j].byKind.get(kind) ?? 0 })));
            }
          });
          // The programme's totals minus the shown cells is what the hidden cells have together: never fewer than three municipalities' worth.
          const hidden = truth.filter((_, j) => c.themes[j].perOrganisation[i] === null);
          const together = new Set(hidden.flatMap((h) => [...h.organisations]));
          const nonEmpty = truth.filter((h) => h.organisations.size > 0);
          expect(hidden.length === 0 || together.size >= MIN_GROUP_ORGANISATIONS || hidden.length === nonEmpty.length).toBe(true);
          for (const kind of FINDING_KINDS) {
            const shown = c.themes.reduce((sum, t) => sum + (t.counts[i]?.find((k) => k.kind === kind)?.count ?? 0), 0);
            const rest = hidden.reduce((sum, h) => sum + (h.byKind.get(kind) ?? 0), 0);
            expect(p.totals.find((k) => k.kind === kind)!.count - shown).toBe(rest);
          }
        });
      }),
    );
  });
});
