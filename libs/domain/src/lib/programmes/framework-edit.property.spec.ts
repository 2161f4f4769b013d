import fc from 'fast-check';
import { selfAssessmentKeys } from '../visits/preparation';
import type { FrameworkQuestionDraft, FrameworkSectionDraft } from './framework-edit';
import { answerKeyPrefix, checkFramework, frameworkDrafts, isCustomKey, reviseFramework, reviseThemes, sameFramework } from './framework-edit';
import type { PreparationFramework } from './programme-lifecycle';
import { defaultFramework } from './programme-lifecycle';

const THEME_POOL = ['Wmo', 'Jeugd', 'Participatie', 'Wonen', 'wmo', 'Schulden: preventie', ' Jeugd ', ''];

/** Text as people type it: mostly fine, sometimes blank, padded, too long or with a control character. */
const text = fc.oneof(
  { weight: 6, arbitrary: fc.string({ minLength: 1, maxLength: 40 }) },
  { weight: 1, arbitrary: fc.constantFrom('', '   ', ' Wat gaat goed? ', 'x'.repeat(301), 'bel\u0007', 'twee\nregels') },
);
const hint = fc.option(
  fc.oneof({ weight: 6, arbitrary: fc.string({ maxLength: 60 }) }, { weight: 1, arbitrary: fc.constantFrom('y'.repeat(1001), 'tab\there', '\u0000') }),
  { nil: undefined },
);

const themesArb = fc.uniqueArray(fc.constantFrom(...THEME_POOL), { maxLength: 5 });

/** A key from what the section could have: its own, another section's, a made-up one, or none. */
function questionArb(keys: readonly string[]): fc.Arbitrary<FrameworkQuestionDraft> {
  const key = fc.oneof(
    { weight: 3, arbitrary: fc.constant(undefined) },
    { weight: 3, arbitrary: keys.length ? fc.constantFrom(...keys) : fc.constant(undefined) },
    { weight: 1, arbitrary: fc.constantFrom('FOTO_VAN_NU', 'WHAT_GOES_WELL', 'CUSTOM_1', 'CUSTOM_99', '', null) },
  );
  return fc.record({ key, nl: text, en: text, hintNl: hint, hintEn: hint });
}

function sectionsArb(current: PreparationFramework, themes: readonly string[]): fc.Arbitrary<FrameworkSectionDraft[] | undefined> {
  const keysFor = (theme: string | null) =>
    theme === null ? current.general.map((q) => q.key) : (current.themes.find((s) => s.theme === theme)?.questions.map((q) => q.key) ?? []);
  const section = fc
    .constantFrom<string | null>(null, ...themes, 'Onbekend', ...THEME_POOL)
    .chain((theme) => fc.record({ theme: fc.constant(theme), questions: fc.array(questionArb(keysFor(theme)), { maxLength: 6 }) }));
  return fc.option(fc.array(section, { maxLength: 4 }), { nil: undefined });
}

/** One coordinator edit: new themes (when they are valid) and sections. */
function editArb(current: PreparationFramework, currentThemes: readonly string[]) {
  return themesArb.chain((raw) => {
    const { themes, violations } = reviseThemes(raw);
    const next = violations.length ? currentThemes : themes;
    return sectionsArb(current, next).map((sections) => ({ themes: next, sections }));
  });
}

const customAnswerKeys = (f: PreparationFramework) => [
  ...f.general.filter((q) => isCustomKey(q.key)).map((q) => answerKeyPrefix(null) + q.key),
  ...f.themes.flatMap((s) => s.questions.filter((q) => isCustomKey(q.key)).map((q) => answerKeyPrefix(s.theme) + q.key)),
];

describe('editing the framework, for any edits', () => {
  it('always yields a valid framework with unique answer keys, or refuses with a reason', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(['Wmo', 'Jeugd'], ['Wonen'], []).chain((themes) => editArb(defaultFramework(themes), themes).map((edit) => ({ themes, edit }))),
        ({ themes, edit }) => {
          const result = reviseFramework(defaultFramework(themes), edit.themes, edit.sections);
          if (!result.ok) {
            expect(result.violations.length).toBeGreaterThan(0);
            return;
          }
          expect(checkFramework(result.framework, edit.themes)).toEqual([]);
          const keys = selfAssessmentKeys(result.framework);
          expect(new Set(keys).size).toBe(keys.length);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('over a series of edits: valid after each, and a removed custom question’s key never returns', () => {
    fc.assert(
      fc.property(fc.gen(), fc.integer({ min: 1, max: 6 }), (g, steps) => {
        let state = { framework: defaultFramework(['Wmo', 'Jeugd']), themes: ['Wmo', 'Jeugd'] as readonly string[] };
        const gone = new Set<string>();
        for (let i = 0; i < steps; i++) {
          const edit = g(editArb, state.framework, state.themes);
          const result = reviseFramework(state.framework, edit.themes, edit.sections);
          if (!result.ok) continue;
          expect(checkFramework(result.framework, edit.themes)).toEqual([]);
          const after = new Set(customAnswerKeys(result.framework));
          for (const key of after) expect(gone.has(key)).toBe(false);
          for (const key of customAnswerKeys(state.framework)) if (!after.has(key)) gone.add(key);
          state = { framework: result.framework, themes: edit.themes };
        }
      }),
      { numRuns: 200 },
    );
  });

  it('gives back the same framework when it is sent back unchanged', () => {
    fc.assert(
      fc.property(editArb(defaultFramework(['Wmo', 'Jeugd']), ['Wmo', 'Jeugd']), (edit) => {
        const first = reviseFramework(defaultFramework(['Wmo', 'Jeugd']), edit.themes, edit.sections);
        fc.pre(first.ok);
        if (!first.ok) return;
        const again = reviseFramework(first.framework, edit.themes, frameworkDrafts(first.framework));
        expect(again.ok && sameFramework(again.framework, first.framework)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
