import { useEffect, useRef } from 'react';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { PlanStep } from './plan-step';
import { PreparationConflict } from './preparation-conflict';
import { PreparationOverview } from './preparation-overview';
import { ReviewQuestionForm } from './review-question-form';
import { SaveStatus } from './save-status';
import { StepNav, type StepEntry } from './step-nav';
import { preparationSteps, stepFilled, stepFromParam, themeProgress, type PreparationStep } from './steps';
import { ThemeStep } from './theme-step';
import { usePreparationAutosave } from './use-preparation-autosave';
import type { VisitData } from './visit-page';

/**
 * The host's preparation, step by step: each part of the self-assessment, then the date, place
 * and agenda, then the overview with the submission. The step is in the address (?stap=2), so a
 * reload keeps it. Everything saves itself (usePreparationAutosave); leaving a step saves at once.
 */
export function PreparationEditor({ visit, onSubmitted }: { visit: VisitData; onSubmitted: () => void }) {
  const { t } = useTranslation();
  const draft = usePreparationAutosave(visit);
  const [params, setParams] = useSearchParams();
  const framework = visit.programme.framework;
  const steps = preparationSteps(framework);
  const current = stepFromParam(params.get('stap'), steps.length);
  const step = steps[current - 1];
  const title = (s: PreparationStep<VisitData['programme']['framework'][number]>) =>
    s.kind === 'answers' ? (s.section.theme ?? t('selfAssessment.general')) : s.kind === 'plan' ? t('plan.title') : t('preparation.steps.overview');
  const entries: StepEntry[] = steps.map((s) => ({ step: s, title: title(s), filled: stepFilled(s, draft.answers, draft.plan) }));

  // Leaving a step saves what it holds at once; the focus goes to the new step's heading.
  const { flushAll } = draft;
  const shown = useRef(current);
  useEffect(() => {
    if (shown.current === current) return;
    shown.current = current;
    void flushAll(true);
    document.getElementById('preparation-step-heading')?.focus();
  }, [current, flushAll]);

  const go = (number: number) => setParams((before) => ({ ...Object.fromEntries(before), stap: String(number) }));
  const previous = steps[current - 2];
  const next = steps[current];

  return (
    <section className="kijkje-section" aria-labelledby="preparation-heading">
      <Heading level={2} id="preparation-heading" tabIndex={-1}>
        {t('preparation.title')}
      </Heading>
      <Paragraph>{t('preparation.intro')}</Paragraph>
      {visit.rights.refineReviewQuestion && <ReviewQuestionForm visit={visit} draft={draft} />}
      <StepNav entries={entries} current={current} progress={themeProgress(framework, draft.answers)} />
      <section className="kijkje-section" aria-labelledby="preparation-step-heading">
        <Heading level={3} id="preparation-step-heading" tabIndex={-1}>
          {t('preparation.steps.heading', { number: current, total: steps.length, title: title(step) })}
        </Heading>
        {step.kind !== 'overview' && <Paragraph>{t(step.kind === 'plan' ? 'plan.intro' : 'selfAssessment.intro')}</Paragraph>}
        <SaveStatus state={draft.state} />
        <PreparationConflict draft={draft} framework={framework} />
        {step.kind === 'answers' && <ThemeStep key={step.number} section={step.section} sectionIndex={step.sectionIndex} draft={draft} />}
        {step.kind === 'plan' && <PlanStep draft={draft} />}
        {step.kind === 'overview' && <PreparationOverview visit={visit} entries={entries} draft={draft} onSubmitted={onSubmitted} />}
        <div className="kijkje-actions kijkje-step-buttons">
          {previous && (
            <Button type="button" appearance="secondary-action-button" onClick={() => go(previous.number)}>
              {t('preparation.steps.previous', { title: title(previous) })}
            </Button>
          )}
          {next && (
            <Button type="button" appearance="primary-action-button" onClick={() => go(next.number)}>
              {t('preparation.steps.next', { title: title(next) })}
            </Button>
          )}
        </div>
      </section>
    </section>
  );
}
