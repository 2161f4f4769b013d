import { checkReplyDays, exportHref, finalisingEarly, groupFindings, repliesOf, revisionFromSearch } from './report-helpers';

const f = (
  id: string,
  theme: string,
  kind: 'STRENGTH' | 'CONCERN' | 'RECOMMENDATION' | 'OWN_RESPONSIBILITY',
  response: { kind: string; text: string } | null = null,
) => ({ id, theme, kind, response });

describe('groupFindings', () => {
  it('follows the programme’s theme order, then the kinds in board order, leaving out empty groups', () => {
    const groups = groupFindings(
      ['Wmo', 'Jeugd', 'Financiën'],
      [f('1', 'Jeugd', 'CONCERN'), f('2', 'Wmo', 'RECOMMENDATION'), f('3', 'Wmo', 'STRENGTH'), f('4', 'Jeugd', 'CONCERN')],
    );
    expect(groups.map((g) => [g.theme, g.kinds.map((k) => [k.kind, k.findings.map((x) => x.id)])])).toEqual([
      [
        'Wmo',
        [
          ['STRENGTH', ['3']],
          ['RECOMMENDATION', ['2']],
        ],
      ],
      ['Jeugd', [['CONCERN', ['1', '4']]]],
    ]);
  });

  it('puts a theme the programme no longer names after the others', () => {
    expect(groupFindings(['Wmo'], [f('1', 'Oud thema', 'STRENGTH'), f('2', 'Wmo', 'CONCERN')]).map((g) => g.theme)).toEqual(['Wmo', 'Oud thema']);
  });

  it('has no groups without findings', () => {
    expect(groupFindings(['Wmo', 'Jeugd'], [])).toEqual([]);
  });
});

describe('repliesOf', () => {
  it('keeps only answered findings, in report order', () => {
    const answered = repliesOf(
      ['Wmo', 'Jeugd'],
      [
        f('1', 'Jeugd', 'STRENGTH', { kind: 'AGREE', text: '' }),
        f('2', 'Wmo', 'CONCERN'),
        f('3', 'Wmo', 'OWN_RESPONSIBILITY', { kind: 'COMMENT', text: 'Klopt' }),
      ],
    );
    expect(answered.map((x) => x.id)).toEqual(['3', '1']);
  });
});

describe('exportHref', () => {
  it('names the format, the language and, for a kept version, its number', () => {
    expect(exportHref('abc', 'pdf', 'nl-NL')).toBe('/export/bezoekverslag/abc/pdf?taal=nl');
    expect(exportHref('abc', 'docx', 'en', 2)).toBe('/export/bezoekverslag/abc/docx?versie=2&taal=en');
  });
});

describe('revisionFromSearch', () => {
  it.each([
    ['versie=3', 3],
    ['', null],
    ['versie=abc', null],
    ['versie=0', null],
    ['versie=2.5', null],
    ['versie=-1', null],
  ])('%s → %s', (search, expected) => {
    expect(revisionFromSearch(new URLSearchParams(search))).toBe(expected);
  });
});

describe('checkReplyDays', () => {
  it.each([
    ['14', { days: 14 }],
    [' 1 ', { days: 1 }],
    ['60', { days: 60 }],
    ['', { error: 'report.share.daysRequired' }],
    ['1.5', { error: 'report.share.daysWhole' }],
    ['veertien', { error: 'report.share.daysWhole' }],
    ['0', { error: 'report.share.daysRange' }],
    ['61', { error: 'report.share.daysRange' }],
  ])('%j', (text, expected) => {
    expect(checkReplyDays(text)).toEqual(expected);
  });
});

describe('finalisingEarly', () => {
  const now = new Date('2027-04-10T10:00:00Z');
  it('is early while the reply period runs, and not once it has ended or when there is none', () => {
    expect(finalisingEarly('2027-04-20T21:59:59.000Z', now)).toBe(true);
    expect(finalisingEarly('2027-04-10T09:59:59.000Z', now)).toBe(false);
    expect(finalisingEarly(null, now)).toBe(false);
  });
});
