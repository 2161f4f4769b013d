import fc from 'fast-check';
import { anonymise, findRemainingNames } from './anonymise';
import { derivedForms, GENERIC_PART_NAMES, SENTENCE_OPENER_NAMES } from './derived-forms';
import { EMPTY_NETWORK, GAZETTEER, WORDS } from './gazetteer.fixtures';
import { PROVINCE_NAMES } from './provinces';
import { findFlaggedWords } from './word-flags';
import { tokenise, wordsOf } from './word-tokens';

// Loading the word list and building the gazetteer's index take seconds on a busy machine.
jest.setTimeout(60_000);

/** Does the word sequence occur, as whole words, in the text (case and diacritics folded)? */
function containsWords(text: string, name: string): boolean {
  return ` ${wordsOf(text).join(' ')} `.includes(` ${wordsOf(name).join(' ')} `);
}

const stripDiacritics = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '');
/** A village named "Oost" or "Noord" is no place to anonymising (GENERIC_PART_NAMES; tested in gazetteer-anonymise.spec.ts). */
const PLACES = GAZETTEER.places.filter((p) => !GENERIC_PART_NAMES.has(wordsOf(p).join(' ')));
const NAMES = [...new Set([...GAZETTEER.municipalities, ...PLACES, ...PROVINCE_NAMES.flatMap((p) => p.names)])];

/** Sentence frames: the name at the start, in the middle, at the end, with punctuation around it. */
const FRAMES: ((name: string) => string)[] = [
  (n) => `${n} werkt goed samen met het wijkteam.`,
  (n) => `Wij zagen in ${n} dat het werkt.`,
  (n) => `De reviewers waren in ${n}.`,
  (n) => `Zij kwamen uit (${n}), zeiden ze; en "${n}"!`,
  (n) => `Eerst de raad.\n\n${n}: daar begint het.`,
];

/**
 * Every name of the gazetteer, in every frame, as written and without diacritics: afterwards the
 * name is gone, nothing findRemainingNames could find is left, and the words around it are intact.
 * The exceptions are decided on purpose: a name that is an ordinary word too ("Best") at the
 * start of a sentence stays, and is flagged instead; the village Een at the start of a sentence is
 * the article, neither replaced nor flagged.
 */
describe('anonymise over the whole gazetteer (properties)', () => {
  it('replaces every municipality, place and province in every position, or flags it where it starts a sentence; idempotently', () => {
    const failures: string[] = [];
    for (const name of NAMES)
      for (const spelling of new Set([name, stripDiacritics(name)]))
        for (const frame of FRAMES) {
          const text = frame(spelling);
          const { text: out } = anonymise(text, EMPTY_NETWORK);
          const flagged = findFlaggedWords(text, EMPTY_NETWORK).filter((f) => f.reason === 'AMBIGUOUS_NAME');
          const leftOnlyWhereFlagged = flagged.length > 0 && flagged.every((f) => /^(\n\n)?$/u.test(text.slice(0, f.start).replace(/^Eerst de raad\./u, '')));
          const opensSentence = /^(Eerst de raad\.\n\n)?$/u.test(text.slice(0, text.indexOf(spelling)));
          // "Een" at the start of a sentence is the article (SENTENCE_OPENER_NAMES): neither replaced nor flagged.
          const leftAsOpener = SENTENCE_OPENER_NAMES.has(wordsOf(name).join(' ')) && opensSentence && flagged.length === 0;
          if (anonymise(out, EMPTY_NETWORK).text !== out) failures.push(`not idempotent: ${text} → ${out}`);
          if ((containsWords(out, name) && !leftOnlyWhereFlagged && !leftAsOpener) || findRemainingNames(out, EMPTY_NETWORK).length > 0)
            failures.push(`${text} → ${out}`);
          for (const word of ['werkt', 'wijkteam', 'zagen', 'reviewers', 'zeiden', 'raad', 'begint'])
            if (text.includes(word) && !out.includes(word)) failures.push(`mangled: ${text} → ${out}`);
        }
    expect(failures).toEqual([]);
  });

  it('replaces the derived words of every name mid-sentence ("de Zwolse aanpak", "Amsterdammers")', () => {
    const failures: string[] = [];
    for (const name of [...GAZETTEER.municipalities, ...PLACES]) {
      const { tokens } = tokenise(name);
      const last = tokens[tokens.length - 1];
      const capital = (w: string): string => w.charAt(0).toLocaleUpperCase('nl') + w.slice(1);
      for (const derived of derivedForms(last.word).keys()) {
        // "Ouder-Amstelse", "'s-Gravenhaagse": the last word derived, the rest as written.
        const spelled = name.slice(0, last.start) + (last.start === 0 || /[\s-]$/u.test(name.slice(0, last.start)) ? capital(derived) : derived);
        const text = `Wij hoorden over de ${spelled} aanpak.`;
        const { text: out } = anonymise(text, EMPTY_NETWORK);
        if (out.includes(spelled) || findRemainingNames(out, EMPTY_NETWORK).length > 0) failures.push(`${text} → ${out}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('leaves a text of ordinary lower-case Dutch words as it is and flags none of it', () => {
    const filler = [
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
      'best',
      'putten',
      'leiden',
      'buren',
      'oost',
      'mede',
      'gemeente',
      'beleid',
      'sturen',
      'op',
      'kwaliteit',
      'regie',
      'raad',
      'huizen',
      'kampen',
    ];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...filler), fc.constantFrom(' ', ', ', ' - ', ' (', ') ')), { minLength: 1, maxLength: 25 }), (parts) => {
        const text = `de ${parts.map(([w, s]) => w + s).join('')}`;
        const result = anonymise(text, EMPTY_NETWORK);
        expect(result.text).toBe(text);
        expect(findFlaggedWords(text, EMPTY_NETWORK)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('replaces a capitalised name after any title or role, whoever it is', () => {
    const titles = ['wethouder', 'burgemeester', 'directeur', 'teamleider', 'mevrouw', 'meneer', 'dhr.', 'mevr.', 'de heer', 'collega'];
    const surnames = ['Bakker', 'de Vries', 'Van der Meer', 'Jansen-de Bruin', 'Visser', 'ter Horst', 'Smit', 'El Amrani', 'Öztürk', 'De Jong'];
    fc.assert(
      fc.property(
        fc.constantFrom(...titles),
        fc.option(fc.constantFrom('J. ', 'A.M. ', 'Th. '), { nil: '' }),
        fc.constantFrom(...surnames),
        fc.constantFrom('.', ',', ' zei het.', '!'),
        (title, initials, surname, end) => {
          const text = `Toen sprak ${title} ${initials}${surname}${end}`;
          const out = anonymise(text, EMPTY_NETWORK).text;
          expect(out).toBe(`Toen sprak ${title} [naam]${end}`);
          expect(WORDS.isWord('sprak')).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
