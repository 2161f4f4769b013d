import { planFilled, type PlanDraft } from './plan-draft';

export type Answers = Record<string, string>;

export interface FrameworkSection {
  theme?: string | null;
  questions: readonly { key: string }[];
}

export type PreparationStep<S extends FrameworkSection = FrameworkSection> =
  { kind: 'answers'; number: number; section: S; sectionIndex: number } | { kind: 'plan'; number: number } | { kind: 'overview'; number: number };

export function answerKey(theme: string | null | undefined, question: string): string {
  return theme ? `theme:${theme}:${question}` : `general:${question}`;
}

/** One step per part of the self-assessment (the general part, then each theme), the plan, the overview. */
export function preparationSteps<S extends FrameworkSection>(framework: readonly S[]): PreparationStep<S>[] {
  const steps: PreparationStep<S>[] = framework.map((section, sectionIndex) => ({ kind: 'answers', number: sectionIndex + 1, section, sectionIndex }));
  steps.push({ kind: 'plan', number: steps.length + 1 });
  steps.push({ kind: 'overview', number: steps.length + 1 });
  return steps;
}

/** The step the address names (?stap=2), or the first when it names none that exists. */
export function stepFromParam(param: string | null, count: number): number {
  const number = Number(param);
  return Number.isInteger(number) && number >= 1 && number <= count ? number : 1;
}

export function sectionFilled(section: FrameworkSection, answers: Answers): boolean {
  return section.questions.every((question) => (answers[answerKey(section.theme, question.key)] ?? '').trim() !== '');
}

/** Whether a step is filled in; the overview has nothing to fill in (null). */
export function stepFilled(step: PreparationStep, answers: Answers, plan: PlanDraft): boolean | null {
  if (step.kind === 'answers') return sectionFilled(step.section, answers);
  if (step.kind === 'plan') return planFilled(plan);
  return null;
}

/** How many of the themes (not the general part) are filled in, of how many. */
export function themeProgress(framework: readonly FrameworkSection[], answers: Answers): { filled: number; total: number } {
  const themes = framework.filter((section) => section.theme);
  return { filled: themes.filter((section) => sectionFilled(section, answers)).length, total: themes.length };
}
