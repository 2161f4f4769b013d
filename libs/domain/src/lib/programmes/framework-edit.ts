import type { Bilingual } from '../messages';
import {
  CONTROL_IN_HINT,
  CONTROL_IN_LINE,
  FRAMEWORK_HINT_MAX,
  FRAMEWORK_QUESTION_MAX,
  FRAMEWORK_QUESTIONS_MAX,
  CUSTOM_KEY_PREFIX,
  answerKeyPrefix,
  fold,
} from './framework-limits';
import { defaultFramework, type FrameworkQuestion, type PreparationFramework } from './programme-lifecycle';

/*
 * A coordinator edits the programme's themes and the preparation framework the hosts fill in.
 * Answers are stored under `general:<KEY>` and `theme:<theme>:<KEY>`, so the rules below keep
 * every key meaning one question for the life of the programme: reworded questions keep their
 * key, new questions get a fresh CUSTOM_n, and a custom key that was removed is never handed out
 * again (the framework remembers it in `retiredKeys`).
 */

// The limits, the themes and the checks of a stored framework have files of their own; their
// public names are exported from here as before.
export {
  CUSTOM_KEY_PREFIX,
  FRAMEWORK_HINT_MAX,
  FRAMEWORK_KEY_PATTERN,
  FRAMEWORK_QUESTION_MAX,
  FRAMEWORK_QUESTIONS_MAX,
  THEME_NAME_MAX,
  THEMES_MAX,
  answerKeyPrefix,
} from './framework-limits';
export * from './theme-edit';
export * from './framework-check';

/** One question as the editor sends it; without a key it is a new question. */
export interface FrameworkQuestionDraft {
  key?: string | null;
  nl: string;
  en: string;
  hintNl?: string | null;
  hintEn?: string | null;
}

/** One section as the editor sends it: the general part (theme null) or a theme's questions. */
export interface FrameworkSectionDraft {
  theme: string | null;
  questions: readonly FrameworkQuestionDraft[];
}

export const FRAMEWORK_VIOLATIONS = [
  'SECTION_THEME_UNKNOWN',
  'SECTION_DUPLICATE',
  'GENERAL_EMPTY',
  'TOO_MANY_QUESTIONS',
  'QUESTION_REQUIRED',
  'QUESTION_TOO_LONG',
  'HINT_TOO_LONG',
  'TEXT_INVALID',
  'KEY_UNKNOWN',
  'KEY_DUPLICATE',
] as const;
export type FrameworkViolationCode = (typeof FRAMEWORK_VIOLATIONS)[number];
export type FrameworkDraftField = 'theme' | 'questions' | 'key' | 'nl' | 'en' | 'hintNl' | 'hintEn';

/** Where in the sent sections the problem is: section and question are positions as sent. */
export interface FrameworkViolation {
  code: FrameworkViolationCode;
  section: number;
  question: number | null;
  field: FrameworkDraftField;
}

/** `framework.2.theme`, `framework.2.questions`, `framework.2.questions.0.nl`. */
export function frameworkViolationPath(violation: FrameworkViolation, root = 'framework'): string {
  const section = `${root}.${violation.section}`;
  return violation.question === null ? `${section}.${violation.field}` : `${section}.questions.${violation.question}.${violation.field}`;
}

export const frameworkViolationMessages: Readonly<Record<FrameworkViolationCode, Bilingual>> = {
  SECTION_THEME_UNKNOWN: {
    nl: 'Dit onderdeel hoort bij een thema dat het programma niet heeft.',
    en: 'This section belongs to a theme the programme does not have.',
  },
  SECTION_DUPLICATE: { nl: 'Dit onderdeel staat er twee keer in.', en: 'This section appears twice.' },
  GENERAL_EMPTY: { nl: 'Het algemene deel houdt minstens één vraag.', en: 'The general part keeps at least one question.' },
  TOO_MANY_QUESTIONS: {
    nl: `Een onderdeel heeft hoogstens ${FRAMEWORK_QUESTIONS_MAX} vragen.`,
    en: `A section has at most ${FRAMEWORK_QUESTIONS_MAX} questions.`,
  },
  QUESTION_REQUIRED: { nl: 'Vul de vraag in.', en: 'Enter the question.' },
  QUESTION_TOO_LONG: { nl: `Een vraag heeft hoogstens ${FRAMEWORK_QUESTION_MAX} tekens.`, en: `A question has at most ${FRAMEWORK_QUESTION_MAX} characters.` },
  HINT_TOO_LONG: { nl: `Een toelichting heeft hoogstens ${FRAMEWORK_HINT_MAX} tekens.`, en: `A hint has at most ${FRAMEWORK_HINT_MAX} characters.` },
  TEXT_INVALID: { nl: 'De tekst bevat ongeldige tekens.', en: 'The text contains invalid characters.' },
  KEY_UNKNOWN: {
    nl: 'Deze vraag bestaat niet (meer) in dit onderdeel. Laad het programma opnieuw.',
    en: 'This question does not exist (any more) in this section. Reload the programme.',
  },
  KEY_DUPLICATE: { nl: 'Deze vraag staat er twee keer in.', en: 'This question appears twice.' },
};

export type FrameworkRevision = { ok: true; framework: PreparationFramework } | { ok: false; violations: FrameworkViolation[] };

const THEME_DEFAULTS = (): FrameworkQuestion[] => defaultFramework(['x']).themes[0].questions;

/**
 * The framework after an edit, for the programme's (already revised) `themes`.
 *
 * Without `sections` only the themes changed: a kept theme keeps its section, an added theme gets
 * the three default questions, a removed theme's section goes. With `sections`, each sent
 * section replaces that part as a whole (questions in the order sent); a part not sent stays as
 * it was (or gets the defaults, for a new theme). A sent question with a key rewords that
 * question, which must exist in that section (for a new theme: one of the default keys); one
 * without a key is new and gets the next CUSTOM_n of its section. Texts are trimmed. The general
 * part keeps at least one question. Sections follow the order of the themes.
 */
export function reviseFramework(current: PreparationFramework, themes: readonly string[], sections?: readonly FrameworkSectionDraft[]): FrameworkRevision {
  const violations: FrameworkViolation[] = [];
  const themeByFold = new Map(themes.map((theme) => [fold(theme), theme]));
  const sent = new Map<string | null, { index: number; draft: FrameworkSectionDraft }>();
  (sections ?? []).forEach((draft, index) => {
    let target: string | null = null;
    if (draft.theme !== null && draft.theme !== undefined) {
      const theme = themeByFold.get(fold(draft.theme));
      if (theme === undefined) {
        violations.push({ code: 'SECTION_THEME_UNKNOWN', section: index, question: null, field: 'theme' });
        return;
      }
      target = theme;
    }
    if (sent.has(target)) violations.push({ code: 'SECTION_DUPLICATE', section: index, question: null, field: 'theme' });
    else sent.set(target, { index, draft });
  });

  const retired = [...(current.retiredKeys ?? [])];
  const retiredSet = new Set(retired);
  const retire = (key: string) => {
    if (!retiredSet.has(key)) {
      retiredSet.add(key);
      retired.push(key);
    }
  };

  const revise = (theme: string | null, base: readonly FrameworkQuestion[]): FrameworkQuestion[] => {
    const entry = sent.get(theme);
    if (!entry) return base.map(copyQuestion);
    const prefix = answerKeyPrefix(theme);
    const { problems, questions } = reviseSection(entry.index, entry.draft, base, theme === null, retiredSet, prefix);
    violations.push(...problems);
    const kept = new Set(questions.map((q) => q.key));
    for (const q of base) if (isCustomKey(q.key) && !kept.has(q.key)) retire(prefix + q.key);
    return questions;
  };

  const currentByTheme = new Map(current.themes.map((section) => [section.theme, section]));
  const general = revise(null, current.general);
  const themed = themes.map((theme) => ({ theme, questions: revise(theme, currentByTheme.get(theme)?.questions ?? THEME_DEFAULTS()) }));
  const kept = new Set(themes);
  for (const section of current.themes) {
    if (kept.has(section.theme)) continue;
    for (const q of section.questions) if (isCustomKey(q.key)) retire(answerKeyPrefix(section.theme) + q.key);
  }

  if (violations.length) return { ok: false, violations: sortViolations(violations) };
  const framework: PreparationFramework = { general, themes: themed };
  if (retired.length) framework.retiredKeys = retired;
  return { ok: true, framework };
}

function reviseSection(
  section: number,
  draft: FrameworkSectionDraft,
  base: readonly FrameworkQuestion[],
  general: boolean,
  retired: ReadonlySet<string>,
  prefix: string,
): { problems: FrameworkViolation[]; questions: FrameworkQuestion[] } {
  const problems: FrameworkViolation[] = [];
  const at = (code: FrameworkViolationCode, question: number | null, field: FrameworkDraftField) => problems.push({ code, section, question, field });
  if (general && draft.questions.length === 0) at('GENERAL_EMPTY', null, 'questions');
  if (draft.questions.length > FRAMEWORK_QUESTIONS_MAX) at('TOO_MANY_QUESTIONS', null, 'questions');
  const known = new Set(base.map((q) => q.key));
  const used = new Set<string>();
  const keys = draft.questions.map((q, index) => {
    const key = q.key?.trim() || null;
    if (key === null) return null;
    if (!known.has(key)) at('KEY_UNKNOWN', index, 'key');
    else if (used.has(key)) at('KEY_DUPLICATE', index, 'key');
    used.add(key);
    return key;
  });
  const texts = draft.questions.map((q, index) => {
    const nl = q.nl.trim();
    const en = q.en.trim();
    const hintNl = (q.hintNl ?? '').trim();
    const hintEn = (q.hintEn ?? '').trim();
    for (const [field, text] of [
      ['nl', nl],
      ['en', en],
    ] as const) {
      if (text === '') at('QUESTION_REQUIRED', index, field);
      else if (text.length > FRAMEWORK_QUESTION_MAX) at('QUESTION_TOO_LONG', index, field);
      else if (CONTROL_IN_LINE.test(text)) at('TEXT_INVALID', index, field);
    }
    for (const [field, text] of [
      ['hintNl', hintNl],
      ['hintEn', hintEn],
    ] as const) {
      if (text.length > FRAMEWORK_HINT_MAX) at('HINT_TOO_LONG', index, field);
      else if (CONTROL_IN_HINT.test(text)) at('TEXT_INVALID', index, field);
    }
    return { question: { nl, en }, hint: { nl: hintNl, en: hintEn } };
  });
  if (problems.length) return { problems, questions: [] };

  // The next custom number is past every custom key this section has, or ever had.
  let next = 1;
  for (const key of [...known, ...[...retired].filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length))]) {
    const n = customNumber(key);
    if (n !== null && n >= next) next = n + 1;
  }
  const questions = texts.map((text, index) => ({ key: keys[index] ?? `${CUSTOM_KEY_PREFIX}${next++}`, ...text }));
  return { problems, questions };
}

function customNumber(key: string): number | null {
  const match = /^CUSTOM_(\d{1,9})$/.exec(key);
  return match ? Number(match[1]) : null;
}

export function isCustomKey(key: string): boolean {
  return customNumber(key) !== null;
}

function copyQuestion(q: FrameworkQuestion): FrameworkQuestion {
  return { key: q.key, question: { nl: q.question.nl, en: q.question.en }, hint: { nl: q.hint.nl, en: q.hint.en } };
}

const FIELD_ORDER: readonly FrameworkDraftField[] = ['theme', 'questions', 'key', 'nl', 'en', 'hintNl', 'hintEn'];

function sortViolations(violations: FrameworkViolation[]): FrameworkViolation[] {
  return [...violations].sort(
    (a, b) => a.section - b.section || (a.question ?? -1) - (b.question ?? -1) || FIELD_ORDER.indexOf(a.field) - FIELD_ORDER.indexOf(b.field),
  );
}

/** The framework as the editor starts from it: the general part first, then per theme. */
export function frameworkDrafts(framework: PreparationFramework): FrameworkSectionDraft[] {
  const drafts = (questions: readonly FrameworkQuestion[]) =>
    questions.map((q) => ({ key: q.key, nl: q.question.nl, en: q.question.en, hintNl: q.hint.nl, hintEn: q.hint.en }));
  return [{ theme: null, questions: drafts(framework.general) }, ...framework.themes.map((s) => ({ theme: s.theme, questions: drafts(s.questions) }))];
}

/** The default questions a new theme section starts with, for an editor to show. */
export function defaultThemeQuestions(): FrameworkQuestionDraft[] {
  return [...frameworkDrafts({ general: [], themes: [{ theme: 'x', questions: THEME_DEFAULTS() }] })[1].questions];
}
