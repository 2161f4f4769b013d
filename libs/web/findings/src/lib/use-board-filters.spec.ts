import { authorsOf, filterFindings, isFiltered, NO_FILTERS } from './use-board-filters';

const lieke = { id: 'u1', name: 'Lieke Lid' };
const ruben = { id: 'u2', name: 'Ruben Reviewer' };
const findings = [
  { id: 'a', theme: 'Wmo', kind: 'CONCERN', status: 'SUBMITTED', author: lieke },
  { id: 'b', theme: 'Jeugd', kind: 'STRENGTH', status: 'DRAFT', author: ruben },
  { id: 'c', theme: 'Wmo', kind: 'STRENGTH', status: 'SHARED', author: ruben },
] as const;

describe('board filters', () => {
  it('lets everything through without filters', () => {
    expect(filterFindings(findings, NO_FILTERS).map((f) => f.id)).toEqual(['a', 'b', 'c']);
    expect(isFiltered(NO_FILTERS)).toBe(false);
  });

  it('narrows by each filter, and by all of them together', () => {
    expect(filterFindings(findings, { ...NO_FILTERS, theme: 'Wmo' }).map((f) => f.id)).toEqual(['a', 'c']);
    expect(filterFindings(findings, { ...NO_FILTERS, kind: 'STRENGTH' }).map((f) => f.id)).toEqual(['b', 'c']);
    expect(filterFindings(findings, { ...NO_FILTERS, status: 'DRAFT' }).map((f) => f.id)).toEqual(['b']);
    expect(filterFindings(findings, { ...NO_FILTERS, author: 'u2' }).map((f) => f.id)).toEqual(['b', 'c']);
    const all = { theme: 'Wmo', kind: 'STRENGTH', status: 'SHARED', author: 'u2' };
    expect(filterFindings(findings, all).map((f) => f.id)).toEqual(['c']);
    expect(filterFindings(findings, { ...all, author: 'u1' })).toEqual([]);
    expect(isFiltered(all)).toBe(true);
  });

  it('names each author once, by name', () => {
    expect(authorsOf([...findings, { author: lieke }])).toEqual([lieke, ruben]);
  });
});
