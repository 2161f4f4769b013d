import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Heading, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { SubmitPreparationDocument } from '@kijkje/web/data-access';
import { ActionError, ConfirmDialog, useAction } from '@kijkje/web/ui';
import type { StepEntry } from './step-nav';
import type { PreparationAutosave } from './use-preparation-autosave';
import { localised } from './visit-labels';
import type { VisitData } from './visit-page';

interface Props {
  visit: VisitData;
  entries: StepEntry[];
  draft: PreparationAutosave;
  onSubmitted: () => void;
}

/** The last step: what is filled in, what the server still misses, and the submission. */
export function PreparationOverview({ visit, entries, draft, onSubmitted }: Props) {
  const { t, i18n } = useTranslation();
  const [submit] = useMutation(SubmitPreparationDocument);
  const [unsaved, setUnsaved] = useState(false);
  const problems = visit.preparationProblems;
  const action = useAction(
    () =>
      draft.inLine(async (version) => {
        const result = await submit({ variables: { input: { visitId: visit.id, version } } });
        return result.data?.submitPreparation.version ?? version + 1;
      }),
    { onDone: onSubmitted },
  );

  // Submitting cannot be undone: first everything is saved, then it asks.
  const onSubmit = async () => {
    setUnsaved(false);
    action.reset();
    if (await draft.flushAll(true)) action.ask();
    else setUnsaved(true);
  };

  return (
    <>
      <ul className="kijkje-step-summary" aria-label={t('preparation.steps.summary')}>
        {entries
          .filter((entry) => entry.filled !== null)
          .map(({ step, title, filled }) => (
            <li key={step.number}>
              <Link to={`?stap=${step.number}`}>{title}</Link>: {filled ? t('preparation.steps.filled') : t('preparation.steps.empty')}
            </li>
          ))}
      </ul>
      <Heading level={4} id="submit-preparation-heading">
        {t('preparation.submitTitle')}
      </Heading>
      <Paragraph>{t('preparation.submitIntro')}</Paragraph>
      {problems.length > 0 && (
        <div data-testid="preparation-problems">
          <Paragraph>{t('preparation.problems')}</Paragraph>
          <UnorderedList>
            {problems.map((problem) => (
              <UnorderedListItem key={problem.nl}>{localised(problem, i18n.language)}</UnorderedListItem>
            ))}
          </UnorderedList>
        </div>
      )}
      {unsaved && <Alert type="warning">{t('preparation.saveFirst')}</Alert>}
      <ActionError errors={action.errors} />
      <Button
        type="button"
        appearance="primary-action-button"
        busy={action.pending}
        disabled={action.pending || draft.conflictPart !== null}
        onClick={() => void onSubmit()}
      >
        {t('preparation.submit')}
      </Button>
      <ConfirmDialog
        open={action.asking}
        title={t('preparation.confirm.title')}
        confirmLabel={t('preparation.confirm.yes')}
        cancelLabel={t('preparation.confirm.no')}
        busy={action.pending}
        onConfirm={() => void action.run()}
        onCancel={action.cancel}
        testId="submit-preparation-dialog"
      >
        <Paragraph>{t('preparation.confirm.body')}</Paragraph>
      </ConfirmDialog>
    </>
  );
}
