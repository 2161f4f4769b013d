import fc from 'fast-check';
import { compareProgrammes, type ProgrammeFindings } from './comparison';
import type { CountableFinding } from './counts';
import { FINDING_KINDS } from './harvest-finding';

const row = (organisationId: string, theme: string, kind: CountableFinding['kind'], count = 1): CountableFinding => ({
  id: `${organisationId}|${theme}|${kind}`,
  organisationId,
  roundId: 'r',
  theme,
  kind,
  sizeClass: 'M',
  count,
});

const p2025: ProgrammeFindings = {
  programmeId: 'p25',
  name: 'Sturen met Kwaliteit 2025',
  findings: [row('a', 'Wmo', 'CONCERN', 4), row('b', 'Wmo', 'STRENGTH', 2), row('c', 'Jeugd', 'CONCERN', 3), row('d', 'Jeugd', 'RECOMMENDATION')],
};
const p2026: ProgrammeFindings = {
  programmeId: 'p26',
  name: 'Sturen met Kwaliteit 2026',
  findings: [row('a', 'Wmo', 'STRENGTH', 3), row('e', 'Wmo', 'STRENGTH'), row('f', 'Participatie', 'CONCERN', 2)],
};

describe('comparing programmes', () => {
  it('sets the programmes side by side, per theme per municipality so that size does not decide', () => {
    const c = compareProgrammes([p2025, p2026], ['Wmo', 'Jeugd']);
    expect(c.programmes.map((p) => [p.name, p.organisations, p.total])).toEqual([
      ['Sturen met Kwaliteit 2025', 4, 10],
      ['Sturen met Kwaliteit 2026', 3, 6],
    ]);
    expect(c.themes.map((t) => [t.theme, t.perOrganisation])).toEqual([
      ['Wmo', [1.5, 1.3]],
      ['Jeugd', [1, 0]],
      ['Participatie', [0, 0.7]],
    ]);
    expect(c.themes[0].counts[1]).toContainEqual({ kind: 'STRENGTH', count: 4 });
  });

  it('shows nothing of a programme of fewer than three municipalities, and says why', () => {
    const small: ProgrammeFindings = { programmeId: 'ps', name: 'Klein', findings: [row('x', 'Wmo', 'CONCERN', 5), row('y', 'Jeugd', 'STRENGTH')] };
    const c = compareProgrammes([p2025, small]);
    expect(c.programmes[1]).toMatchObject({ organisations: null, totals: null, total: null, suppressed: { code: 'SMALL_GROUP' } });
    expect(c.themes.every((t) => t.perOrganisation[1] === null && t.counts[1] === null)).toBe(true);
    expect(compareProgrammes([{ programmeId: 'e', name: 'Leeg', findings: [] }]).programmes[0].suppressed).toBeNull();
  });

  it('never lets a hidden programme’s numbers through, whatever the findings', () => {
    const orgs = fc.constantFrom('a', 'b', 'c', 'd', 'e');
    const findings = fc.array(
      fc.record({
        organisationId: orgs,
        theme: fc.constantFrom('Wmo', 'Jeugd', 'Armoede'),
        kind: fc.constantFrom(...FINDING_KINDS),
        count: fc.integer({ min: 1, max: 5 }),
      }),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(findings, findings, (one, two) => {
        const sets = [one, two].map((list, i) => ({
          programmeId: `p${i}`,
          name: `P${i}`,
          findings: list.map((f) => row(f.organisationId, f.theme, f.kind, f.count)),
        }));
        const c = compareProgrammes(sets);
        c.programmes.forEach((p, i) => {
          const organisations = new Set(sets[i].findings.map((f) => f.organisationId)).size;
          if (organisations < 3) {
            expect(p.total).toBeNull();
            for (const t of c.themes) expect([t.perOrganisation[i], t.counts[i]]).toEqual([null, null]);
          } else expect(p.organisations).toBe(organisations);
        });
      }),
    );
  });
});
