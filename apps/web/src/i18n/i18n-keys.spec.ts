import i18next from 'i18next';
import { parts, resources } from './resources';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out[path] = value;
    else Object.assign(out, flatten(value, path));
  }
  return out;
}

const flatNl = flatten(resources.nl as Tree);
const flatEn = flatten(resources.en as Tree);

describe('translations', () => {
  it.each(['nl', 'en'] as const)('%s: no part redefines another part’s top-level key', (lang) => {
    const keys = parts[lang].flatMap((part) => Object.keys(part));
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
  });

  it('Dutch and English have exactly the same keys', () => {
    expect(Object.keys(flatEn).sort()).toEqual(Object.keys(flatNl).sort());
  });

  it.each([
    ['nl', flatNl],
    ['en', flatEn],
  ])('%s has no empty values', (_lang, flat) => {
    const empty = Object.entries(flat)
      .filter(([, value]) => value.trim() === '')
      .map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it('uses the same interpolation variables in both languages', () => {
    const vars = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(flatNl)) {
      expect({ key, vars: vars(flatEn[key]) }).toEqual({ key, vars: vars(flatNl[key]) });
    }
  });
});

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

describe('plurals', () => {
  it.each([
    ['nl', flatNl],
    ['en', flatEn],
  ])('%s: every text with {{count}} has a _one and an _other form in both languages', (_lang, flat) => {
    const missing = Object.entries(flat)
      .filter(([, value]) => /{{\s*count\s*}}/.test(value))
      .map(([key]) => key.replace(PLURAL_SUFFIX, ''))
      .flatMap((base) => [`${base}_one`, `${base}_other`].flatMap((key) => [...(key in flatNl ? [] : [`nl:${key}`]), ...(key in flatEn ? [] : [`en:${key}`])]));
    expect([...new Set(missing)]).toEqual([]);
  });

  it.each([
    ['nl', flatNl],
    ['en', flatEn],
  ])('%s: every nested count ($t(key, {"count": …})) names a key with _one and _other forms', (_lang, flat) => {
    const nested = Object.values(flat).flatMap((value) => [...value.matchAll(/\$t\(([\w.]+),\s*{"count"/g)].map((m) => m[1]));
    const missing = nested.filter((key) => !(`${key}_one` in flat && `${key}_other` in flat));
    expect(missing).toEqual([]);
  });

  const translate = (lng: 'nl' | 'en') => {
    const instance = i18next.createInstance();
    void instance.init({
      resources: { nl: { translation: resources.nl }, en: { translation: resources.en } },
      lng,
      initAsync: false,
      interpolation: { escapeValue: false },
    });
    return instance.t;
  };

  it('counts rounds in Dutch and English: 1 ronde, 2 rondes; 1 round, 2 rounds', () => {
    expect(translate('nl')('composition.roundsCount', { count: 1 })).toBe('Er is 1 ronde.');
    expect(translate('nl')('composition.roundsCount', { count: 2 })).toBe('Er zijn 2 rondes.');
    expect(translate('en')('composition.roundsCount', { count: 1 })).toBe('There is 1 round.');
    expect(translate('en')('composition.roundsCount', { count: 2 })).toBe('There are 2 rounds.');
  });

  it('counts inside a sentence with several numbers, each on its own', () => {
    expect(translate('nl')('harvest.counts.totals', { count: 7, findings: '7', organisations: '1', rounds: '1' })).toBe(
      '7 bevindingen van 1 gemeente in 1 ronde.',
    );
    expect(translate('nl')('harvest.counts.totals', { count: 1, findings: '1', organisations: '1', rounds: '1' })).toBe(
      '1 bevinding van 1 gemeente in 1 ronde.',
    );
    expect(translate('en')('harvest.counts.totals', { count: 9, findings: '9', organisations: '5', rounds: '2' })).toBe(
      '9 findings from 5 municipalities in 2 rounds.',
    );
    expect(translate('en')('harvest.counts.totals', { count: 1, findings: '1', organisations: '1', rounds: '1' })).toBe(
      '1 finding from 1 municipality in 1 round.',
    );
    // The count of findings itself may be 1.234: it chooses the form, the formatted number is shown.
    expect(translate('nl')('harvest.patterns.summary', { count: 1234, findings: '1.234', organisations: '3' })).toBe('1.234 bevindingen bij 3 gemeenten.');
    expect(translate('en')('harvest.patterns.summary', { count: 1, findings: '1', organisations: '3' })).toBe('1 finding in 3 municipalities.');
    expect(translate('nl')('findings.lead.shareConfirm.what', { count: 2, host: 'Zwolle', days: 1 })).toContain('die er 1 dag op kan reageren');
    expect(translate('en')('findings.lead.shareConfirm.what', { count: 1, host: 'Zwolle', days: 14 })).toContain('which has 14 days to reply');
    expect(translate('nl')('findings.counts.coordinator', { released: '1', total: '2' })).toContain('Van dit bezoek zijn 1 van de 2 bevindingen vrijgegeven;');
    expect(translate('nl')('findings.counts.coordinator', { released: '0', total: '1' })).toContain('Van dit bezoek zijn 0 van de 1 bevinding vrijgegeven;');
    expect(translate('en')('harvest.publish.confirm.summary', { quotes: 1, patterns: 2, findings: 1 })).toBe(
      'What the public sees: 1 quote, 2 patterns and the figures of 1 finding.',
    );
    expect(translate('nl')('harvest.publish.confirm.summaryCountsHidden', { quotes: 1, patterns: 0 })).toBe(
      'Wat het publiek ziet: 1 citaat en 0 patronen, zonder cijfers.',
    );
  });
});

describe('Dutch', () => {
  it('addresses the reader as “u”, never “je”, “jij” or “jouw”', () => {
    const informal = Object.entries(flatNl)
      .filter(([, value]) => /\b(je|jij|jou|jouw|jullie|jezelf)\b/i.test(value))
      .map(([key, value]) => `${key}: ${value}`);
    expect(informal).toEqual([]);
  });
});
