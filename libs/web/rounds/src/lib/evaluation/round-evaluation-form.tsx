import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, ButtonGroup, Fieldset, FieldsetLegend, FormField, FormLabel, Heading, Paragraph, RadioButton } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import {
  MyRoundEvaluationDocument,
  SaveRoundEvaluationDocument,
  SubmitRoundEvaluationDocument,
  type MyRoundEvaluationFieldsFragment,
} from '@kijkje/web/data-access';
import { ErrorAlert, TextareaField, formatDateTime, useAction } from '@kijkje/web/ui';

const SCALES = ['usefulness', 'safety', 'preparation', 'team'] as const;
type Scale = (typeof SCALES)[number];
type Answers = Record<Scale, number | null> & { wouldRecommend: boolean | null; comment: string };

const answersOf = (e: MyRoundEvaluationFieldsFragment): Answers => ({
  usefulness: e.usefulness,
  safety: e.safety,
  preparation: e.preparation,
  team: e.team,
  wouldRecommend: e.wouldRecommend,
  comment: e.comment,
});

/** A participant's own evaluation of a closed round: nothing when they did not take part or the round is still running. */
export function RoundEvaluationForm({ roundId, roundName }: { roundId: string; roundName: string }) {
  const { data } = useQuery(MyRoundEvaluationDocument, { variables: { roundId }, fetchPolicy: 'cache-and-network' });
  const mine = data?.myRoundEvaluation;
  if (!mine?.open) return null;
  return <EvaluationForm key={mine.roundId} evaluation={mine} roundName={roundName} />;
}

function EvaluationForm({ evaluation, roundName }: { evaluation: MyRoundEvaluationFieldsFragment; roundName: string }) {
  const { t, i18n } = useTranslation();
  const [answers, setAnswers] = useState<Answers>(answersOf(evaluation));
  // The view has no id of its own for the cache: the form keeps the version it last wrote.
  const [version, setVersion] = useState(evaluation.version);
  const [save] = useMutation(SaveRoundEvaluationDocument);
  const [submit] = useMutation(SubmitRoundEvaluationDocument, { refetchQueries: [MyRoundEvaluationDocument], awaitRefetchQueries: true });
  const id = `evaluation-${evaluation.roundId}`;
  const saving = useAction(async () => {
    const saved = await save({ variables: { input: { roundId: evaluation.roundId, version, ...answers } } });
    setVersion(saved.data!.saveRoundEvaluation.version);
    return true;
  });
  const submitting = useAction(async () => {
    const saved = await save({ variables: { input: { roundId: evaluation.roundId, version, ...answers } } });
    setVersion(saved.data!.saveRoundEvaluation.version);
    await submit({ variables: { input: { roundId: evaluation.roundId, version: saved.data!.saveRoundEvaluation.version } } });
    return true;
  });
  const errors = submitting.errors.view ? submitting.errors : saving.errors;

  return (
    <section className="kijkje-section" aria-labelledby={`${id}-heading`}>
      <Heading level={3} id={`${id}-heading`}>
        {t('evaluation.title', { name: roundName })}
      </Heading>
      <Paragraph>{t('evaluation.intro')}</Paragraph>
      {evaluation.submittedAt && (
        <Paragraph role="status">{t('evaluation.submittedAt', { date: formatDateTime(evaluation.submittedAt, i18n.language) })}</Paragraph>
      )}
      {SCALES.map((scale) => (
        <Fieldset key={scale} invalid={Boolean(errors.field(scale))}>
          <FieldsetLegend>{t(`evaluation.scales.${scale}`)}</FieldsetLegend>
          {[1, 2, 3, 4, 5].map((score) => (
            <FormField
              key={score}
              type="radio"
              label={
                <FormLabel htmlFor={`${id}-${scale}-${score}`} type="radio">
                  {t(`evaluation.score${score}`)}
                </FormLabel>
              }
              input={
                <RadioButton
                  id={`${id}-${scale}-${score}`}
                  name={`${id}-${scale}`}
                  checked={answers[scale] === score}
                  disabled={!evaluation.canWrite}
                  onChange={() => setAnswers((a) => ({ ...a, [scale]: score }))}
                />
              }
            />
          ))}
          {errors.field(scale) && <Paragraph className="kijkje-field-error">{errors.field(scale)}</Paragraph>}
        </Fieldset>
      ))}
      <Fieldset invalid={Boolean(errors.field('wouldRecommend'))}>
        <FieldsetLegend>{t('evaluation.wouldRecommend')}</FieldsetLegend>
        {[true, false].map((value) => (
          <FormField
            key={String(value)}
            type="radio"
            label={
              <FormLabel htmlFor={`${id}-recommend-${value}`} type="radio">
                {value ? t('evaluation.yes') : t('evaluation.no')}
              </FormLabel>
            }
            input={
              <RadioButton
                id={`${id}-recommend-${value}`}
                name={`${id}-recommend`}
                checked={answers.wouldRecommend === value}
                disabled={!evaluation.canWrite}
                onChange={() => setAnswers((a) => ({ ...a, wouldRecommend: value }))}
              />
            }
          />
        ))}
      </Fieldset>
      <TextareaField
        id={`${id}-comment`}
        label={t('evaluation.comment')}
        description={t('evaluation.commentDescription')}
        value={answers.comment}
        maxLength={4000}
        error={errors.field('comment')}
        onChange={(comment) => setAnswers((a) => ({ ...a, comment }))}
      />
      {evaluation.canWrite && (
        <ButtonGroup>
          <Button appearance="secondary-action-button" disabled={saving.pending || submitting.pending} onClick={() => void saving.run()}>
            {t('evaluation.save')}
          </Button>
          <Button appearance="primary-action-button" disabled={saving.pending || submitting.pending} onClick={() => void submitting.run()}>
            {t('evaluation.submit')}
          </Button>
        </ButtonGroup>
      )}
      <div role="status">{saving.succeeded && <Paragraph>{t('evaluation.saved')}</Paragraph>}</div>
      <ErrorAlert message={errors.general} />
    </section>
  );
}
