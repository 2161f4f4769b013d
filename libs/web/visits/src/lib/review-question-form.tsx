import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { REVIEW_QUESTION_MAX } from '@kijkje/domain';
import { useTranslation } from 'react-i18next';
import { RefineReviewQuestionDocument } from '@kijkje/web/data-access';
import { ActionError, TextareaField, useAction } from '@kijkje/web/ui';
import type { PreparationAutosave } from './use-preparation-autosave';
import type { VisitData } from './visit-page';

/**
 * The host sharpens the review question while preparing. Saved with its own button, in line with
 * the autosaves of the preparation (one version for the visit: neither overwrites the other).
 */
export function ReviewQuestionForm({ visit, draft }: { visit: VisitData; draft: PreparationAutosave }) {
  const { t } = useTranslation();
  const [text, setText] = useState(visit.reviewQuestion);
  const [saved, setSaved] = useState(false);
  const [refine] = useMutation(RefineReviewQuestionDocument);
  const action = useAction(
    () =>
      draft.inLine(async (version) => {
        const result = await refine({ variables: { input: { visitId: visit.id, version, reviewQuestion: text } } });
        const refined = result.data?.refineReviewQuestion;
        if (refined) setText(refined.reviewQuestion);
        return refined?.version ?? version + 1;
      }),
    { onDone: () => setSaved(true) },
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    void action.run();
  };

  return (
    <section className="kijkje-section" aria-labelledby="review-question-heading" data-testid="review-question-form">
      <Heading level={3} id="review-question-heading">
        {t('preparation.reviewQuestion.title')}
      </Heading>
      <form className="kijkje-form" noValidate onSubmit={submit}>
        <ActionError errors={action.errors} />
        <TextareaField
          id="review-question"
          label={t('preparation.reviewQuestion.label')}
          description={
            <>
              {t('preparation.reviewQuestion.intro')}
              {visit.reviewQuestionRefined && <> {t('preparation.reviewQuestion.original', { question: visit.applicationReviewQuestion })}</>}
            </>
          }
          value={text}
          onChange={(value) => {
            setText(value);
            setSaved(false);
          }}
          error={action.errors.field('reviewQuestion')}
          rows={3}
          maxLength={REVIEW_QUESTION_MAX}
          required
        />
        <div className="kijkje-actions">
          <Button type="submit" appearance="secondary-action-button" busy={action.pending} disabled={action.pending}>
            {t('preparation.reviewQuestion.save')}
          </Button>
        </div>
        <Paragraph role="status" data-testid="review-question-saved">
          {saved ? t('preparation.reviewQuestion.saved') : ''}
        </Paragraph>
      </form>
    </section>
  );
}
