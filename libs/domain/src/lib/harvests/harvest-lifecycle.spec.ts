import type { HarvestDraft, HarvestPublishViolationCode, HarvestVisibility, SharingLevel } from './harvest-lifecycle';
import {
  canPublish,
  HARVEST_PUBLISH_VIOLATIONS,
  HARVEST_VISIBILITIES,
  harvestViolationText,
  nextVersionNumber,
  SHARING_LEVELS,
  sharingAllows,
} from './harvest-lifecycle';
import { NETWORK_NAMES } from './harvest.fixtures';

const ready: HarvestDraft = {
  title: 'Oogst Sturen met Kwaliteit 2026',
  visibility: 'NETWORK',
  narrative: 'Wat we samen leerden over regie in het sociaal domein.',
  counted: [{ findingId: 'f1', consent: 'NETWORK' }],
  patternLabels: ['wachtlijsten', 'Wmo · regie'],
  quotes: [{ findingId: 'f1', text: 'Gemeente A stuurt op vertrouwen.', consent: 'NETWORK' }],
};

const codes = (draft: Partial<HarvestDraft>): HarvestPublishViolationCode[] => canPublish({ ...ready, ...draft }, NETWORK_NAMES).map((v) => v.code);

describe('sharingAllows', () => {
  it.each<[SharingLevel, HarvestVisibility, boolean]>([
    ['ROUND', 'NETWORK', false],
    ['ROUND', 'PUBLIC', false],
    ['NETWORK', 'NETWORK', true],
    ['NETWORK', 'PUBLIC', false],
    ['PUBLIC', 'NETWORK', true],
    ['PUBLIC', 'PUBLIC', true],
  ])('consent %s, visibility %s → %s', (consent, visibility, allowed) => {
    expect(sharingAllows(consent, visibility)).toBe(allowed);
  });

  it('covers every consent and visibility', () => {
    expect(SHARING_LEVELS).toEqual(['ROUND', 'NETWORK', 'PUBLIC']);
    expect(HARVEST_VISIBILITIES).toEqual(['NETWORK', 'PUBLIC']);
  });
});

describe('canPublish', () => {
  it.each<[string, Partial<HarvestDraft>, HarvestPublishViolationCode[]]>([
    ['a complete draft', {}, []],
    ['no title', { title: '  ' }, ['NO_TITLE']],
    ['only a narrative', { counted: [], quotes: [], patternLabels: [] }, []],
    ['only counts', { narrative: '', quotes: [] }, []],
    ['only a quote', { narrative: '', counted: [] }, []],
    ['no content at all', { narrative: ' \n ', counted: [], quotes: [], patternLabels: [] }, ['NO_CONTENT']],
    ['nothing at all', { title: '', narrative: '', counted: [], quotes: [], patternLabels: [] }, ['NO_TITLE', 'NO_CONTENT']],
    ['an empty quote', { quotes: [{ findingId: 'f1', text: ' ', consent: 'PUBLIC' }] }, ['EMPTY_QUOTE']],
    ['a quote that still names a municipality', { quotes: [{ findingId: 'f1', text: 'In Utrecht werkt het.', consent: 'NETWORK' }] }, ['NAME_IN_QUOTE']],
    ['a quote with a derived word', { quotes: [{ findingId: 'f1', text: 'De Zwolse aanpak.', consent: 'NETWORK' }] }, ['NAME_IN_QUOTE']],
    ['a quote with a phone number', { quotes: [{ findingId: 'f1', text: 'Bel 06-12345678.', consent: 'NETWORK' }] }, ['NAME_IN_QUOTE']],
    ['a narrative that names a person', { narrative: 'Met dank aan Jan de Vries.' }, ['NAME_IN_NARRATIVE']],
    ['a title that names a municipality', { title: 'Oogst Súdwest-Fryslân' }, ['NAME_IN_TITLE']],
    ['a pattern label that names a municipality', { patternLabels: ['wachtlijsten', 'Utrechtse aanpak'] }, ['NAME_IN_PATTERN']],
    ['a quote of ROUND consent', { quotes: [{ findingId: 'f1', text: 'Goed.', consent: 'ROUND' }] }, ['QUOTE_CONSENT']],
    [
      'a PUBLIC harvest with a NETWORK quote',
      { visibility: 'PUBLIC', counted: [], quotes: [{ findingId: 'f1', text: 'Goed.', consent: 'NETWORK' }] },
      ['QUOTE_CONSENT'],
    ],
    [
      'a PUBLIC harvest of PUBLIC findings',
      { visibility: 'PUBLIC', counted: [{ findingId: 'f1', consent: 'PUBLIC' }], quotes: [{ findingId: 'f1', text: 'Goed.', consent: 'PUBLIC' }] },
      [],
    ],
    [
      'a PUBLIC harvest counting NETWORK findings',
      {
        visibility: 'PUBLIC',
        quotes: [],
        counted: [
          { findingId: 'f1', consent: 'PUBLIC' },
          { findingId: 'f2', consent: 'NETWORK' },
        ],
      },
      ['COUNTED_CONSENT'],
    ],
    ['counts of ROUND findings', { counted: [{ findingId: 'f2', consent: 'ROUND' }] }, ['COUNTED_CONSENT']],
  ])('%s', (_, draft, expected) => {
    expect(codes(draft)).toEqual(expected);
  });

  it('says which quote, which finding and which name', () => {
    const violations = canPublish(
      {
        ...ready,
        quotes: [
          { findingId: 'f1', text: 'Goed.', consent: 'NETWORK' },
          { findingId: 'f2', text: 'Utrecht en Jan de Vries, weer Utrecht.', consent: 'ROUND' },
        ],
      },
      NETWORK_NAMES,
    );
    expect(violations).toEqual([
      {
        code: 'NAME_IN_QUOTE',
        position: 2,
        findingIds: ['f2'],
        found: ['Utrecht', 'Jan de Vries'],
        text: { nl: 'Citaat 2 noemt nog een naam: ‘Utrecht’, ‘Jan de Vries’.', en: 'Quote 2 still contains a name: ‘Utrecht’, ‘Jan de Vries’.' },
      },
      {
        code: 'QUOTE_CONSENT',
        position: 2,
        findingIds: ['f2'],
        text: {
          nl: 'Citaat 2 komt van een gemeente die niet heeft ingestemd met delen met het netwerk. Haal het weg of kies een andere zichtbaarheid.',
          en: 'Quote 2 comes from a municipality that has not agreed to share with the network. Remove it or choose another visibility.',
        },
      },
    ]);
  });

  it('lists the counted findings without consent once each', () => {
    const [v] = canPublish(
      {
        ...ready,
        visibility: 'PUBLIC',
        quotes: [],
        counted: [
          { findingId: 'f2', consent: 'NETWORK' },
          { findingId: 'f2', consent: 'NETWORK' },
          { findingId: 'f3', consent: 'ROUND' },
        ],
      },
      NETWORK_NAMES,
    );
    expect(v).toMatchObject({ code: 'COUNTED_CONSENT', findingIds: ['f2', 'f3'] });
    expect(v.text.nl).toContain('met iedereen');
  });

  it('has a Dutch and an English message for every violation', () => {
    for (const code of HARVEST_PUBLISH_VIOLATIONS)
      for (const visibility of HARVEST_VISIBILITIES) {
        const text = harvestViolationText(code, visibility, { position: 1, found: ['X'] });
        expect(text.nl).toBeTruthy();
        expect(text.en).toBeTruthy();
        expect(text.nl).not.toBe(text.en);
      }
    expect(harvestViolationText('NO_CONTENT', 'NETWORK').nl).toBe('De oogst is nog leeg. Voeg cijfers, een citaat of een verhaal toe.');
  });
});

describe('nextVersionNumber', () => {
  it.each<[number[], number]>([
    [[], 1],
    [[1], 2],
    [[1, 2, 3], 4],
    [[3, 1, 2], 4],
    // A gap is never filled: a number once used stays that version's.
    [[1, 3], 4],
    [[0, -1, 1.5, Number.NaN], 1],
  ])('after %j comes %i', (existing, next) => {
    expect(nextVersionNumber(existing)).toBe(next);
  });
});
