import fc from 'fast-check';
import { anonymise, findRemainingNames } from './anonymise';
import { ORDINARY_WORD_NAMES } from './derived-forms';
import { MUNICIPALITIES, NETWORK_NAMES, PERSONS, PLACES } from './harvest.fixtures';
import { wordsOf } from './word-tokens';

/** Dutch filler that names nobody; "gemeente" is in it on purpose. */
const FILLER = [
  'de',
  'het',
  'een',
  'wij',
  'zagen',
  'dat',
  'wachtlijsten',
  'in',
  'jeugdzorg',
  'groeien',
  'en',
  'wijkteam',
  'werkt',
  'goed',
  'samen',
  'met',
  'ketenpartners',
  'inwoners',
  'vertellen',
  'over',
  'regie',
  'vertrouwen',
  'gemeente',
  'beleid',
  'sturen',
  'op',
  'kwaliteit',
  'financiële',
  'beheersbaarheid',
  'is',
  'lastig',
  'maar',
  'raad',
  'wil',
  'grip',
  'zorgaanbieders',
  'reviewers',
  'stelden',
  'vragen',
  'toegang',
  'mantelzorg',
  'eenzaamheid',
  'schuldhulp',
  'participatie',
];
const SEPARATORS = [' ', ' ', ' ', ', ', '. ', '\n', '\n\n', ' (', ') ', ': ', ' - ', ' / ', '"'];

const stripDiacritics = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '');

/** A name as people type it: as written, in capitals, without diacritics, or (when safe) in lower case. */
function spellings(name: string): string[] {
  const variants = [name, name.toLocaleUpperCase('nl'), stripDiacritics(name)];
  if (!ORDINARY_WORD_NAMES.has(wordsOf(name).join(' '))) variants.push(name.toLocaleLowerCase('nl'));
  return variants;
}

const nameArb = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...MUNICIPALITIES.map((m) => m.name)) },
  { weight: 2, arbitrary: fc.constantFrom(...PERSONS) },
  { weight: 1, arbitrary: fc.constantFrom(...PLACES) },
);
const splicedArb = nameArb.chain((name) => fc.constantFrom(...spellings(name)).map((spelling) => ({ name, spelling })));

const segmentArb = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...FILLER).map((word) => ({ name: null as string | null, spelling: word })) },
  { weight: 1, arbitrary: splicedArb },
);

const textArb = fc
  .array(fc.tuple(segmentArb, fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 30 })
  .map((parts) => ({ text: parts.map(([s, sep]) => s.spelling + sep).join(''), names: parts.flatMap(([s]) => (s.name ? [s.name] : [])) }));

/** Does the word sequence occur, whole words, in the text (case and diacritics folded)? */
function containsWords(text: string, name: string): boolean {
  const hay = ` ${wordsOf(text).join(' ')} `;
  return hay.includes(` ${wordsOf(name).join(' ')} `);
}

describe('anonymise (properties)', () => {
  it('leaves no name that findRemainingNames could find, and none of the spliced names as whole words', () => {
    fc.assert(
      fc.property(textArb, ({ text, names }) => {
        const result = anonymise(text, NETWORK_NAMES);
        expect(findRemainingNames(result.text, NETWORK_NAMES)).toEqual([]);
        for (const name of names) expect(containsWords(result.text, name)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('is idempotent: an anonymised text stays as it is', () => {
    fc.assert(
      fc.property(textArb, ({ text }) => {
        const once = anonymise(text, NETWORK_NAMES);
        const twice = anonymise(once.text, NETWORK_NAMES, once.pseudonyms);
        expect(twice.text).toBe(once.text);
        expect(twice.replaced).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('changes nothing in a text without names', () => {
    const fillerArb = fc
      .array(fc.tuple(fc.constantFrom(...FILLER), fc.constantFrom(...SEPARATORS)), { maxLength: 30 })
      .map((parts) => parts.map(([w, s]) => w + s).join(''));
    fc.assert(
      fc.property(fillerArb, (text) => {
        expect(anonymise(text, NETWORK_NAMES).text).toBe(text);
      }),
    );
  });

  it('removes Dutch phone numbers, postcodes and e-mail addresses in their usual formats', () => {
    const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
    const mobile = digits(8).chain((d) =>
      fc.constantFrom(`06-${d}`, `06 ${d}`, `06${d}`, `06 ${d.slice(0, 4)} ${d.slice(4)}`, `+31 6 ${d.slice(0, 4)} ${d.slice(4)}`, `+316${d}`, `0031 6 ${d}`),
    );
    const landline = digits(7).chain((d) => fc.constantFrom(`030 ${d.slice(0, 3)} ${d.slice(3)}`, `030-${d}`, `(030) ${d}`, `+31 30 ${d}`));
    const postcode = fc.tuple(fc.integer({ min: 1000, max: 9999 }), fc.constantFrom('AB', 'GH', 'XZ', 'KL')).map(([n, l]) => `${n} ${l}`);
    const email = fc.tuple(fc.constantFrom('j.devries', 'info', 'wijkteam-noord'), fc.constantFrom('utrecht.nl', 'example.org')).map(([a, b]) => `${a}@${b}`);
    fc.assert(
      fc.property(fc.oneof(mobile, landline, postcode, email), fc.constantFrom(...FILLER), (detail, word) => {
        const result = anonymise(`${word} ${detail}, ${word}`, NETWORK_NAMES);
        expect(result.text).toBe(`${word} [verwijderd], ${word}`);
      }),
    );
  });
});
