import { useEffect, useRef } from 'react';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ConflictView, toLang } from '@kijkje/web/ui';
import { planFromVisit, planToSend, type PlanDraft } from './plan-draft';
import { answerKey, type Answers } from './steps';
import { answersFromVisit, type PreparationAutosave } from './use-preparation-autosave';
import { formatDay } from './visit-labels';
import type { VisitData } from './visit-page';

/** Someone else saved the preparation first: this screen's version and theirs, and the choice. */
export function PreparationConflict({ draft, framework }: { draft: PreparationAutosave; framework: VisitData['programme']['framework'] }) {
  const { t } = useTranslation();
  const { conflict, conflictPart } = draft;
  // Once the choice is made the view goes: the focus goes back to the step.
  const shown = useRef(false);
  useEffect(() => {
    if (conflict) shown.current = true;
    else if (shown.current) {
      shown.current = false;
      document.getElementById('preparation-step-heading')?.focus();
    }
  }, [conflict]);
  if (!conflict || !conflictPart) return null;
  const answers = conflictPart === 'answers';
  return (
    <ConflictView
      testId="preparation-conflict"
      title={t('preparation.conflict.title')}
      intro={t(answers ? 'preparation.conflict.introAnswers' : 'preparation.conflict.introPlan')}
      mineLabel={t('preparation.conflict.mine')}
      latestLabel={t('preparation.conflict.latest')}
      mine={answers ? <AnswerList framework={framework} shown={draft.answers} other={answersFromVisit(conflict.value)} /> : <PlanSummary plan={draft.plan} />}
      latest={
        answers ? (
          <AnswerList framework={framework} shown={answersFromVisit(conflict.value)} other={draft.answers} />
        ) : (
          <PlanSummary plan={planFromVisit(conflict.value)} />
        )
      }
      keepMineLabel={t('preparation.conflict.keepMine')}
      takeLatestLabel={t('preparation.conflict.takeLatest')}
      busy={draft.resolving}
      onKeepMine={draft.keepMine}
      onTakeLatest={draft.takeLatest}
    />
  );
}

/** The answers that differ between the two versions, question by question. */
function AnswerList({ framework, shown, other }: { framework: VisitData['programme']['framework']; shown: Answers; other: Answers }) {
  const { t, i18n } = useTranslation();
  const lang = toLang(i18n.language);
  const differing = framework.flatMap((section) =>
    section.questions
      .map((question) => ({ key: answerKey(section.theme, question.key), label: question[lang], theme: section.theme }))
      .filter(({ key }) => (shown[key] ?? '').trim() !== (other[key] ?? '').trim()),
  );
  return (
    <>
      {differing.map(({ key, label, theme }) => (
        <div key={key}>
          <Heading level={5}>{theme ? `${label} (${theme})` : label}</Heading>
          <Paragraph className="kijkje-answer">{shown[key]?.trim() ? shown[key] : t('selfAssessment.noAnswer')}</Paragraph>
        </div>
      ))}
    </>
  );
}

function PlanSummary({ plan }: { plan: PlanDraft }) {
  const { t, i18n } = useTranslation();
  const agenda = planToSend(plan).input.agenda;
  return (
    <>
      <dl className="kijkje-facts">
        <dt>{t('plan.date')}</dt>
        <dd>
          {formatDay(plan.startsOn || null, i18n.language) || t('visits.facts.noDate')}
          {plan.startTime && plan.endTime ? `, ${t('plan.timeRange', { start: plan.startTime, end: plan.endTime })}` : ''}
        </dd>
        <dt>{t('plan.location')}</dt>
        <dd>{plan.location.trim() || t('visits.facts.noLocation')}</dd>
      </dl>
      {agenda.length === 0 ? (
        <Paragraph>{t('plan.noItems')}</Paragraph>
      ) : (
        <ol>
          {agenda.map((item, index) => (
            <li key={`${item.startTime}-${index}`}>
              {t('plan.timeRange', { start: item.startTime, end: item.endTime })} {item.topic}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
