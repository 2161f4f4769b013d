import {
  CONTROL_IN_HINT,
  CONTROL_IN_LINE,
  FRAMEWORK_HINT_MAX,
  FRAMEWORK_KEY_PATTERN,
  FRAMEWORK_QUESTION_MAX,
  FRAMEWORK_QUESTIONS_MAX,
  answerKeyPrefix,
} from './framework-limits';
import { DEFAULT_FRAMEWORK_KEYS, type FrameworkQuestion, type PreparationFramework } from './programme-lifecycle';

/** Equal in every question and text, whatever the order of properties in storage. */
export function sameFramework(a: PreparationFramework, b: PreparationFramework): boolean {
  const sameQuestions = (x: readonly FrameworkQuestion[], y: readonly FrameworkQuestion[]) =>
    x.length === y.length &&
    x.every(
      (q, i) =>
        q.key === y[i].key &&
        q.question.nl === y[i].question.nl &&
        q.question.en === y[i].question.en &&
        q.hint.nl === y[i].hint.nl &&
        q.hint.en === y[i].hint.en,
    );
  const retiredA = a.retiredKeys ?? [];
  const retiredB = b.retiredKeys ?? [];
  return (
    sameQuestions(a.general, b.general) &&
    a.themes.length === b.themes.length &&
    a.themes.every((s, i) => s.theme === b.themes[i].theme && sameQuestions(s.questions, b.themes[i].questions)) &&
    retiredA.length === retiredB.length &&
    retiredA.every((key, i) => key === retiredB[i])
  );
}

/**
 * What is wrong with a stored framework for these themes; empty when it is valid. The revision
 * rules only ever produce valid frameworks: this is their yardstick.
 */
export function checkFramework(framework: PreparationFramework, themes: readonly string[]): string[] {
  const problems: string[] = [];
  const section = (name: string, questions: readonly FrameworkQuestion[], prefix: string) => {
    if (questions.length > FRAMEWORK_QUESTIONS_MAX) problems.push(`${name}: too many questions`);
    const keys = new Set<string>();
    for (const q of questions) {
      if (!FRAMEWORK_KEY_PATTERN.test(q.key)) problems.push(`${name}: bad key ${q.key}`);
      if (keys.has(q.key)) problems.push(`${name}: duplicate key ${q.key}`);
      if (framework.retiredKeys?.includes(prefix + q.key)) problems.push(`${name}: retired key ${q.key} in use`);
      keys.add(q.key);
      for (const text of [q.question.nl, q.question.en]) {
        if (text !== text.trim() || text === '' || text.length > FRAMEWORK_QUESTION_MAX || CONTROL_IN_LINE.test(text))
          problems.push(`${name}: bad question text ${JSON.stringify(text)}`);
      }
      for (const text of [q.hint.nl, q.hint.en]) {
        if (text !== text.trim() || text.length > FRAMEWORK_HINT_MAX || CONTROL_IN_HINT.test(text)) problems.push(`${name}: bad hint ${JSON.stringify(text)}`);
      }
    }
  };
  if (framework.general.length === 0) problems.push('general: no questions');
  section('general', framework.general, answerKeyPrefix(null));
  if (framework.themes.map((s) => s.theme).join('\u0000') !== themes.join('\u0000')) problems.push('sections do not follow the themes');
  for (const s of framework.themes) section(s.theme, s.questions, answerKeyPrefix(s.theme));
  return problems;
}

/** Whether a key is one the defaults use in a theme section (kept when a theme is renamed). */
export function isDefaultThemeKey(key: string): boolean {
  return (DEFAULT_FRAMEWORK_KEYS.theme as readonly string[]).includes(key);
}
