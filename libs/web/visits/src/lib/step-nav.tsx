import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { VisuallyHidden } from '@kijkje/web/ui';
import type { PreparationStep } from './steps';

export interface StepEntry {
  step: PreparationStep;
  title: string;
  /** null: nothing to fill in (the overview). */
  filled: boolean | null;
}

/**
 * The steps of the preparation as an ordered list of links (?stap=2): the current one marked
 * with aria-current="step", each with whether it is filled in, and the progress over the themes.
 */
export function StepNav({ entries, current, progress }: { entries: StepEntry[]; current: number; progress: { filled: number; total: number } }) {
  const { t } = useTranslation();
  return (
    <nav className="kijkje-steps" aria-label={t('preparation.steps.label')}>
      <Paragraph data-testid="preparation-progress">{t('preparation.steps.progress', { filled: progress.filled, total: progress.total })}</Paragraph>
      <ol>
        {entries.map(({ step, title, filled }) => (
          <li key={step.number} className={filled ? 'kijkje-step kijkje-step--filled' : 'kijkje-step'}>
            <Link to={`?stap=${step.number}`} aria-current={step.number === current ? 'step' : undefined}>
              {filled !== null && (
                <span className="kijkje-step__marker" aria-hidden="true">
                  {filled ? '✓' : '○'}
                </span>
              )}
              {title}
              {filled !== null && <VisuallyHidden> ({filled ? t('preparation.steps.filled') : t('preparation.steps.empty')})</VisuallyHidden>}
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}
