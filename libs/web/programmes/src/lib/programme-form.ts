import {
  defaultThemeQuestions,
  frameworkViolationMessages,
  frameworkViolationPath,
  isDefaultThemeKey,
  reviseFramework,
  reviseThemes,
  themeViolationMessages,
  themeViolationPath,
  type Bilingual,
  type FrameworkQuestionDraft,
  type FrameworkSectionDraft,
  type PreparationFramework,
} from '@kijkje/domain';

/*
 * The state of the themes and framework editors, as plain data and functions so that the rules
 * of the form are tested without a browser. The checks are the domain's, so the browser says
 * exactly what the server would.
 */

/** A theme in the editor; `saved` is its name as stored, null for a theme added in this form. */
export interface ThemeItem {
  id: string;
  name: string;
  saved: string | null;
}

/** A question in the editor; `key` is null for a question added in this form. */
export interface QuestionItem {
  id: string;
  key: string | null;
  nl: string;
  en: string;
  hintNl: string;
  hintEn: string;
}

/** The framework as the API shows it: the general part (theme null), then per theme. */
export type FrameworkView = readonly { theme: string | null; questions: readonly { key: string; nl: string; en: string; hint: Bilingual }[] }[];

let counter = 0;
/** An id for a list item, stable while the form lives, so React and focus follow the item. */
export function newItemId(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}

export function themeItems(themes: readonly string[], saved: boolean): ThemeItem[] {
  return themes.map((name) => ({ id: newItemId('theme'), name, saved: saved ? name : null }));
}

export function questionItems(questions: readonly FrameworkQuestionDraft[]): QuestionItem[] {
  return questions.map((q) => ({ id: newItemId('question'), key: q.key ?? null, nl: q.nl, en: q.en, hintNl: q.hintNl ?? '', hintEn: q.hintEn ?? '' }));
}

export function newQuestion(): QuestionItem {
  return { id: newItemId('question'), key: null, nl: '', en: '', hintNl: '', hintEn: '' };
}

/** The questions a theme added in the form starts with: the three default questions. */
export function defaultQuestionItems(): QuestionItem[] {
  return questionItems(defaultThemeQuestions());
}

/** The list with the item at `index` moved one place up (-1) or down (+1); unchanged at the ends. */
export function moveItem<T>(items: readonly T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return [...items];
  const next = [...items];
  [next[index], next[target]] = [next[target], next[index]];
  return next;
}

export function removeAt<T>(items: readonly T[], index: number): T[] {
  return items.filter((_, i) => i !== index);
}

export function replaceAt<T>(items: readonly T[], index: number, item: T): T[] {
  return items.map((current, i) => (i === index ? item : current));
}

/** The stored framework behind the API's view of it (the checks need it to know the keys). */
export function frameworkFromView(view: FrameworkView): PreparationFramework {
  const questions = (qs: FrameworkView[number]['questions']) =>
    qs.map((q) => ({ key: q.key, question: { nl: q.nl, en: q.en }, hint: { nl: q.hint.nl, en: q.hint.en } }));
  return {
    general: questions(view.find((s) => s.theme === null)?.questions ?? []),
    themes: view
      .filter((s): s is FrameworkView[number] & { theme: string } => s.theme !== null)
      .map((s) => ({ theme: s.theme, questions: questions(s.questions) })),
  };
}

export function draftsFromView(view: FrameworkView): { general: QuestionItem[]; byTheme: Map<string, QuestionItem[]> } {
  const items = (qs: FrameworkView[number]['questions']) =>
    questionItems(qs.map((q) => ({ key: q.key, nl: q.nl, en: q.en, hintNl: q.hint.nl, hintEn: q.hint.en })));
  return {
    general: items(view.find((s) => s.theme === null)?.questions ?? []),
    byTheme: new Map(view.filter((s) => s.theme !== null).map((s) => [s.theme as string, items(s.questions)])),
  };
}

/**
 * What the form sends as `framework`: the general part first, then one section per theme in the
 * order of the themes (so `framework.<i>` in an error is the i-th section on screen). A renamed or
 * new theme is a new section for the server, so its own custom questions go as new questions.
 */
export function frameworkInput(
  general: readonly QuestionItem[],
  themes: readonly ThemeItem[],
  sections: Readonly<Record<string, readonly QuestionItem[]>>,
): { theme: string | null; questions: FrameworkQuestionDraft[] }[] {
  const draft = (q: QuestionItem, keepKey: (key: string) => boolean): FrameworkQuestionDraft => ({
    key: q.key && keepKey(q.key) ? q.key : null,
    nl: q.nl,
    en: q.en,
    hintNl: q.hintNl,
    hintEn: q.hintEn,
  });
  return [
    { theme: null, questions: general.map((q) => draft(q, () => true)) },
    ...themes.map((item) => {
      const same = item.saved !== null && item.saved === item.name.trim();
      return { theme: item.name.trim(), questions: (sections[item.id] ?? []).map((q) => draft(q, (key) => same || isDefaultThemeKey(key))) };
    }),
  ];
}

/** The browser's check of themes (and framework, when given): field path → message in both languages. */
export function checkProgrammeForm(
  themes: readonly ThemeItem[],
  framework?: { saved: PreparationFramework; sections: readonly FrameworkSectionDraft[] },
): Record<string, Bilingual> {
  const errors: Record<string, Bilingual> = {};
  const revised = reviseThemes(themes.map((item) => item.name));
  for (const v of revised.violations) errors[themeViolationPath(v)] ??= themeViolationMessages[v.code];
  if (revised.violations.length || !framework) return errors;
  const result = reviseFramework(framework.saved, revised.themes, framework.sections);
  if (!result.ok) for (const v of result.violations) errors[frameworkViolationPath(v)] ??= frameworkViolationMessages[v.code];
  return errors;
}

/** The id of the form control (or group) a field path belongs to, for labels and error links. */
export function fieldId(path: string): string {
  return `field-${path.replace(/\./g, '-')}`;
}
