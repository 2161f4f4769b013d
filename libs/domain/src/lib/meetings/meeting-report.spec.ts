import fc from 'fast-check';
import { findRemainingNames } from '../harvests/anonymise';
import { GAZETTEER, WORDS } from '../harvests/gazetteer.fixtures';
import { municipality, NETWORK_NAMES } from '../harvests/harvest.fixtures';
import type { AnonymisationNames } from '../harvests/anonymisation-names';
import type { MeetingCard } from './meeting-cards';
import type { MeetingStatus } from './meeting-lifecycle';
import {
  canReadMeetingReport,
  markdownText,
  meetingReportDraft,
  meetingReportProblems,
  meetingReportRights,
  meetingReportSlug,
  speakerName,
  type MeetingReportStanding,
} from './meeting-report';

const NAMES: AnonymisationNames = { ...NETWORK_NAMES, gazetteer: GAZETTEER, words: WORDS };

let minute = 0;
function card(tableId: string, text: string, extra: Partial<MeetingCard> = {}): MeetingCard {
  minute += 1;
  return {
    id: `c${minute}`,
    tableId,
    kind: 'STRENGTH',
    text,
    authorId: 'u1',
    authorName: 'Anna',
    cluster: null,
    mergedIntoId: null,
    isYield: true,
    isRecommendation: false,
    createdAt: new Date(Date.UTC(2026, 5, 7, 13, minute)),
    ...extra,
  };
}

describe('the meeting report’s rights', () => {
  const coordinator = { coordinator: true, facilitator: false };
  const facilitator = { coordinator: false, facilitator: true };
  const member = { coordinator: false, facilitator: false };
  it.each<[string, MeetingReportStanding, MeetingStatus, ReturnType<typeof meetingReportRights>]>([
    ['the coordinator writes once the meeting is held', coordinator, 'HELD', { draft: true, write: true, publish: true, withdraw: false }],
    [
      'and after publication, towards a next version, and may withdraw',
      coordinator,
      'REPORT_PUBLISHED',
      { draft: true, write: true, publish: true, withdraw: true },
    ],
    ['not while the meeting is still open', coordinator, 'OPEN', { draft: true, write: false, publish: false, withdraw: false }],
    ['not for a draft or a cancelled meeting', coordinator, 'CANCELLED', { draft: true, write: false, publish: false, withdraw: false }],
    [
      'a facilitator of the meeting writes and publishes it as the coordinator does',
      facilitator,
      'HELD',
      { draft: true, write: true, publish: true, withdraw: false },
    ],
    ['and withdraws its public version', facilitator, 'REPORT_PUBLISHED', { draft: true, write: true, publish: true, withdraw: true }],
    ['but not before the meeting is held', facilitator, 'OPEN', { draft: true, write: false, publish: false, withdraw: false }],
    ['a member (also a host contact) never', member, 'REPORT_PUBLISHED', { draft: false, write: false, publish: false, withdraw: false }],
  ])('%s', (_, standing, status, expected) => {
    expect(meetingReportRights(standing, status)).toEqual(expected);
  });

  it.each([
    [{ kind: 'coordinator', networkId: 'n1' }, 'NETWORK', true],
    [{ kind: 'member', networkId: 'n1' }, 'NETWORK', true],
    [{ kind: 'member', networkId: 'n2' }, 'NETWORK', false],
    [{ kind: 'public' }, 'NETWORK', false],
    [{ kind: 'public' }, 'PUBLIC', true],
    [{ kind: 'member', networkId: 'n2' }, 'PUBLIC', true],
  ] as const)('a published version for %j, %s: %s', (reader, visibility, expected) => {
    expect(canReadMeetingReport(reader, { networkId: 'n1', visibility })).toBe(expected);
  });
});

describe('the draft from the yields', () => {
  const tables = [
    { id: 't1', name: 'Wmo & Jeugd' },
    { id: 't2', name: 'Participatie' },
    { id: 't3', name: 'Informatievoorziening' },
  ];

  it('lists per table its yields under their question and its recommendations, once each, without merged duplicates', () => {
    const first = card('t1', 'Korte lijnen met de wijkteams.');
    const cards = [
      card('t1', 'Wachtlijsten in de jeugdzorg.', { kind: 'CONCERN' }),
      first,
      card('t1', 'Korte lijnen!', { mergedIntoId: first.id }),
      card('t1', 'Niet gemarkeerd.', { isYield: false }),
      card('t2', 'Zoek actief de dialoog met ketenpartners.', { isYield: false, isRecommendation: true }),
      card('t2', 'Vier samen je successen.', { kind: 'OWN_RESPONSIBILITY', isRecommendation: true }),
    ];
    const { text } = meetingReportDraft(tables, cards, NAMES);
    expect(text).toBe(
      [
        'Hieronder de belangrijkste opbrengsten en aanbevelingen per thematafel.',
        '## Wmo \\& Jeugd',
        '### Opbrengsten',
        '- *Wat gaat goed?* Korte lijnen met de wijkteams.\n- *Waar maak je je zorgen om?* Wachtlijsten in de jeugdzorg.',
        '## Participatie',
        '### Opbrengsten',
        '- *Wat zie je als eigen verantwoordelijkheid?* Vier samen je successen.',
        '### Aanbevelingen',
        '- Zoek actief de dialoog met ketenpartners.\n- Vier samen je successen.',
        '## Informatievoorziening',
        'Aan deze tafel zijn geen opbrengsten gemarkeerd.',
      ].join('\n\n') + '\n',
    );
    expect(meetingReportDraft(tables, cards, NAMES, undefined, 'en').text).toContain('### Recommendations');
  });

  it('anonymises as harvest quotes are, one letter per municipality across the whole report', () => {
    const cards = [
      card('t1', 'In Utrecht werkt het wijkteam met Jan de Vries goed samen.'),
      card('t2', 'Zwolle en Utrecht delen hun cijfers; mail info@zwolle.nl.', { isRecommendation: true }),
    ];
    const { text, pseudonyms } = meetingReportDraft(tables, cards, NAMES);
    expect(text).toContain('In gemeente A werkt het wijkteam met \\[naam\\] goed samen.');
    expect(text).toContain('Gemeente B en gemeente A delen hun cijfers; mail \\[verwijderd\\].');
    expect(Object.keys(pseudonyms.letters)).toEqual([municipality('Utrecht').id, municipality('Zwolle').id]);
    expect(findRemainingNames(text, NAMES)).toEqual([]);
    expect(meetingReportProblems({ text, kept: [] }, NAMES)).toEqual([]);
  });

  it('keeps the letters the report had', () => {
    const cards = [card('t1', 'Zwolle deelt.')];
    const once = meetingReportDraft(tables, [card('t1', 'Utrecht deelt.')], NAMES);
    expect(meetingReportDraft(tables, cards, NAMES, once.pseudonyms).text).toContain('Gemeente B deelt.');
  });

  it('never lets a card’s text become markup (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (raw) => {
        const md = markdownText(raw);
        expect(md).not.toMatch(/\n/);
        // Every markup character is escaped; nothing starts a block.
        expect(md).not.toMatch(/(^|[^\\])[*_`[\]<>]/u);
        expect(md).not.toMatch(/^(#|-|\+|\d+[.)])/u);
      }),
    );
  });
});

describe('speakers as names to anonymise', () => {
  it.each([
    ['Dr. Pieter Veen (Zijlstra Centrum)', 'Pieter Veen'],
    ['wethouder Jan de Vries', 'Jan de Vries'],
    ['Prof. dr. Gerda van Dijk', 'Gerda van Dijk'],
    ['Wethouder', null],
    ['de wethouder', null],
    ['EY', null],
    ['', null],
  ])('%j → %j', (speaker, name) => {
    expect(speakerName(speaker)).toBe(name);
  });
});

describe('the public address', () => {
  it('is the title’s words and the token, within the slug length', () => {
    expect(meetingReportSlug('Werkbijeenkomst Sturing & Control', 'ab3k9x')).toBe('werkbijeenkomst-sturing-control-ab3k9x');
    expect(meetingReportSlug('!!!', 'ab3k9x')).toBe('bijeenkomst-ab3k9x');
    expect(meetingReportSlug('x'.repeat(200), 'ab3k9x').length).toBeLessThanOrEqual(60);
  });
});

describe('what stops a report from being published', () => {
  it('asks for text, no names and a decision on every word that may be a name', () => {
    expect(meetingReportProblems({ text: '  ', kept: [] }, NAMES).map((p) => p.code)).toEqual(['NO_TEXT']);
    const named = meetingReportProblems({ text: 'De middag in Zwolle was goed.', kept: [] }, NAMES);
    expect(named.map((p) => [p.code, p.found])).toEqual([['NAME_IN_TEXT', ['Zwolle']]]);
    expect(named[0].text.nl).toBe('Het verslag noemt nog een naam: ‘Zwolle’.');
    const flagged = meetingReportProblems({ text: 'Het gesprek met Pietersen was open.', kept: [] }, NAMES);
    expect(flagged.map((p) => [p.code, p.found])).toEqual([['UNDECIDED_WORDS', ['Pietersen']]]);
    expect(meetingReportProblems({ text: 'Het gesprek met Pietersen was open.', kept: ['pietersen'] }, NAMES)).toEqual([]);
  });
});
