import { finding } from './harvest.fixtures';
import type { HarvestFinding } from './harvest-finding';
import type { HarvestPattern } from './patterns';
import { findPatterns, otherRoundsLabel, PATTERN_MIN_ORGANISATIONS } from './patterns';

/** One finding per municipality org-1 … org-n, with these fields. */
function across(n: number, fields: Partial<HarvestFinding>, from = 1): HarvestFinding[] {
  return Array.from({ length: n }, (_, i) => finding({ organisationId: `org-${from + i}`, ...fields }));
}

const labels = (patterns: HarvestPattern[]): string[] => patterns.map((p) => p.label);
const only = (patterns: HarvestPattern[], label: string): HarvestPattern => {
  const found = patterns.find((p) => p.label === label);
  if (!found) throw new Error(`no pattern ${label} in ${labels(patterns).join(', ')}`);
  return found;
};

describe('findPatterns', () => {
  it('needs three different municipalities for a pattern', () => {
    expect(PATTERN_MIN_ORGANISATIONS).toBe(3);
    expect(labels(findPatterns(across(3, { theme: 'Jeugd', tags: ['regie'] })))).toEqual(['Jeugd', 'regie']);
    expect(findPatterns(across(2, { theme: 'Jeugd', tags: ['regie'] }))).toEqual([]);
    // Many findings about one municipality are still one municipality.
    expect(findPatterns(Array.from({ length: 6 }, () => finding({ organisationId: 'org-1', tags: ['regie'] })))).toEqual([]);
  });

  it('takes a lower or higher threshold when asked', () => {
    expect(labels(findPatterns(across(2, { theme: 'Jeugd' }), { minOrganisations: 2 }))).toEqual(['Jeugd']);
    expect(findPatterns(across(3, { theme: 'Jeugd' }), { minOrganisations: 4 })).toEqual([]);
  });

  it('treats tags as one when equal after trimming, collapsing spaces, dropping "#" and lower-casing; keeps diacritics', () => {
    const findings = [
      finding({ organisationId: 'a', tags: ['Wachtlijsten '] }),
      finding({ organisationId: 'b', tags: ['wachtlijsten'] }),
      finding({ organisationId: 'c', tags: ['  #WACHTLIJSTEN'] }),
      finding({ organisationId: 'd', tags: ['wachtlijsten'] }),
      finding({ organisationId: 'a', tags: ['financiële  ruimte'] }),
      finding({ organisationId: 'b', tags: ['Financiële ruimte'] }),
      finding({ organisationId: 'c', tags: ['financiele ruimte'] }),
    ];
    const patterns = findPatterns(findings, { combined: false });
    expect(patterns.filter((p) => p.type === 'TAG').map((p) => [p.tag, p.organisations])).toEqual([['wachtlijsten', 4]]);
  });

  it('shows the most common spelling, the first in Dutch order on a tie', () => {
    const findings = [
      finding({ organisationId: 'a', tags: ['Regie'] }),
      finding({ organisationId: 'b', tags: ['regie'] }),
      finding({ organisationId: 'c', tags: ['regie'] }),
      finding({ organisationId: 'd', tags: ['Mantelzorg'] }),
      finding({ organisationId: 'e', tags: ['mantelzorg'] }),
      finding({ organisationId: 'f', tags: ['MANTELZORG'] }),
    ];
    const tags = findPatterns(findings)
      .filter((p) => p.type === 'TAG')
      .map((p) => p.tag);
    expect(tags).toEqual(['mantelzorg', 'regie']);
  });

  it('counts a tag once per finding, however often the finding has it', () => {
    const findings = across(3, { tags: ['regie', 'Regie', ' regie'] });
    expect(only(findPatterns(findings), 'regie').findings).toBe(3);
  });

  it('breaks a pattern down by kind', () => {
    const findings = [
      finding({ organisationId: 'a', kind: 'CONCERN', tags: ['regie'] }),
      finding({ organisationId: 'b', kind: 'CONCERN', tags: ['regie'] }),
      finding({ organisationId: 'c', kind: 'STRENGTH', tags: ['regie'] }),
      finding({ organisationId: 'c', kind: 'RECOMMENDATION', tags: ['regie'] }),
    ];
    expect(only(findPatterns(findings), 'regie').byKind).toEqual([
      { kind: 'STRENGTH', count: 1 },
      { kind: 'CONCERN', count: 2 },
      { kind: 'RECOMMENDATION', count: 1 },
      { kind: 'OWN_RESPONSIBILITY', count: 0 },
    ]);
  });

  it('finds theme × tag patterns, unless they have exactly the findings of the tag', () => {
    const findings = [
      ...across(3, { theme: 'Wmo', tags: ['wachtlijsten'] }),
      ...across(3, { theme: 'Jeugd', tags: ['wachtlijsten'] }, 4),
      ...across(3, { theme: 'Jeugd', tags: ['regie'] }, 7),
    ];
    const patterns = findPatterns(findings);
    expect(patterns.map((p) => [p.type, p.label, p.organisations])).toEqual([
      ['THEME', 'Jeugd', 6],
      ['TAG', 'wachtlijsten', 6],
      // "Jeugd · regie" is the same as "regie" and left out.
      ['THEME_TAG', 'Jeugd · wachtlijsten', 3],
      ['TAG', 'regie', 3],
      ['THEME', 'Wmo', 3],
      ['THEME_TAG', 'Wmo · wachtlijsten', 3],
    ]);
    expect(findPatterns(findings, { combined: false }).every((p) => p.type !== 'THEME_TAG')).toBe(true);
  });

  it('orders by municipalities, then findings, then label in Dutch order', () => {
    const findings = [
      ...across(3, { tags: ['ópvang'] }),
      ...across(3, { tags: ['armoede'] }),
      ...across(4, { tags: ['zorg'] }),
      finding({ organisationId: 'org-1', tags: ['armoede'] }),
    ];
    expect(labels(findPatterns(findings, { combined: false })).filter((l) => l !== 'Wmo')).toEqual(['zorg', 'armoede', 'ópvang']);
  });

  it('tells where only per size class, hiding classes of fewer than three municipalities', () => {
    const findings = [
      ...across(3, { sizeClass: 'S', tags: ['regie'] }),
      ...across(4, { sizeClass: 'M', tags: ['regie'] }, 4),
      finding({ organisationId: 'org-99', sizeClass: 'XL', tags: ['regie'] }),
    ];
    const regie = only(findPatterns(findings), 'regie');
    expect(regie.sizeClasses.map((c) => [c.sizeClass, c.organisations, c.findings, c.suppressed?.code ?? null])).toEqual([
      ['XS', 0, 0, null],
      ['S', null, null, 'PROTECTS_SMALL_GROUP'],
      ['M', 4, 4, null],
      ['L', 0, 0, null],
      ['XL', null, null, 'SMALL_GROUP'],
    ]);
  });

  it('tells where per round label, folding rounds of fewer than three municipalities into "other rounds"', () => {
    const findings = [
      ...across(4, { roundId: 'r1', tags: ['regie'] }),
      ...across(3, { roundId: 'r2', tags: ['regie'] }, 5),
      ...across(2, { roundId: 'r3', tags: ['regie'] }, 8),
      ...across(1, { roundId: 'r4', tags: ['regie'] }, 10),
    ];
    const regie = only(findPatterns(findings, { roundLabels: { r1: 'Ronde 1', r2: 'Ronde 2', r3: 'Ronde 3', r4: 'Ronde 10' } }), 'regie');
    expect(regie.rounds).toEqual([
      { label: 'Ronde 1', organisations: 4, findings: 4 },
      { label: 'Ronde 2', organisations: 3, findings: 3 },
    ]);
    expect(regie.otherRounds).toEqual({ label: otherRoundsLabel, organisations: 3, findings: 3 });
  });

  it('folds in the smallest shown round too when the other rounds together are still fewer than three', () => {
    const findings = [
      ...across(4, { roundId: 'r1', tags: ['regie'] }),
      ...across(3, { roundId: 'r2', tags: ['regie'] }, 5),
      ...across(1, { roundId: 'r3', tags: ['regie'] }, 8),
    ];
    const regie = only(findPatterns(findings, { roundLabels: { r1: 'Ronde 1', r2: 'Ronde 2', r3: 'Ronde 3' } }), 'regie');
    expect(regie.rounds.map((r) => r.label)).toEqual(['Ronde 1']);
    expect(regie.otherRounds).toMatchObject({ organisations: 4, findings: 4 });
  });

  it('never shows a round without a label by itself', () => {
    const regie = only(findPatterns(across(3, { roundId: 'secret-round-id', tags: ['regie'] })), 'regie');
    expect(regie.rounds).toEqual([]);
    expect(regie.otherRounds).toMatchObject({ organisations: 3, findings: 3 });
  });

  it('never names a municipality or a round id', () => {
    const findings = [...across(3, { roundId: 'round-x', tags: ['regie'] }), ...across(3, { roundId: 'round-y', tags: ['regie'] }, 4)];
    const text = JSON.stringify(findPatterns(findings, { roundLabels: { 'round-x': 'Ronde 1' } }));
    expect(text).not.toMatch(/org-\d|round-x|round-y/u);
  });
});
