import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { RouterLink } from '@kijkje/web/ui';

/** The editor's steps, in order; the step is in the address (?stap=citaten), so a reload or a shared link keeps it. */
export const STEPS = ['tellen', 'patronen', 'citaten', 'verhaal', 'publiceren'] as const;
export type Step = (typeof STEPS)[number];

const isStep = (value: string | null): value is Step => STEPS.includes(value as Step);

export const stepHref = (step: Step) => `?stap=${step}`;

/** The step in the address (the first one when there is none or an unknown one). */
export function useStep(): Step {
  const [params] = useSearchParams();
  const value = params.get('stap');
  return isStep(value) ? value : STEPS[0];
}

/**
 * When the step changes (not on the first load), the focus goes to the new step's heading, so that
 * keyboard and screen reader users land at the start of what they chose.
 */
export function useFocusOnStepChange(step: Step) {
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(step);
  useEffect(() => {
    if (first.current === step) return;
    first.current = step;
    heading.current?.focus();
  }, [step]);
  return heading;
}

/** The steps as an ordered list of links; the current one is marked (aria-current="step"). */
export function StepNav({ current, open }: { current: Step; open: Partial<Record<Step, number>> }) {
  const { t } = useTranslation();
  return (
    <nav className="kijkje-steps" aria-label={t('harvest.steps.label')} data-testid="harvest-steps">
      <ol>
        {STEPS.map((step, index) => (
          <li key={step}>
            <RouterLink to={stepHref(step)} aria-current={step === current ? 'step' : undefined} className="kijkje-step">
              <span className="kijkje-step-number" aria-hidden="true">
                {index + 1}
              </span>
              <span>{t(`harvest.steps.${step}`)}</span>
              {open[step] ? <span className="kijkje-step-open"> ({t('harvest.steps.open', { count: open[step] })})</span> : null}
            </RouterLink>
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** Previous and next step, under each step's content. */
export function StepPager({ current }: { current: Step }) {
  const { t } = useTranslation();
  const index = STEPS.indexOf(current);
  const previous = STEPS[index - 1];
  const next = STEPS[index + 1];
  return (
    <nav className="kijkje-step-pager" aria-label={t('harvest.steps.pager')}>
      {previous && <RouterLink to={stepHref(previous)}>{t('harvest.steps.previous', { step: t(`harvest.steps.${previous}`) })}</RouterLink>}
      {next && <RouterLink to={stepHref(next)}>{t('harvest.steps.next', { step: t(`harvest.steps.${next}`) })}</RouterLink>}
    </nav>
  );
}
