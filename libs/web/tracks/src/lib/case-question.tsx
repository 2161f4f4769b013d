import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Checkbox, FormField, FormFieldDescription, FormLabel, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { UpdateMyTrackCaseDocument, type TrackCaseFieldsFragment } from '@kijkje/web/data-access';
import { ErrorAlert, TextareaField, useAction } from '@kijkje/web/ui';

/** The steering question and the owner's choice of who reads the case; the owner edits both with the version they saw. */
export function CaseQuestion({ kase }: { kase: TrackCaseFieldsFragment }) {
  const { t } = useTranslation();
  return (
    <section className="kijkje-section" aria-labelledby="case-question">
      <Heading level={2} id="case-question">
        {t('tracks.case.question')}
      </Heading>
      {kase.canEdit ? (
        <QuestionForm kase={kase} />
      ) : (
        <>
          <Paragraph className="kijkje-track-text">{kase.question || t('tracks.case.noQuestion')}</Paragraph>
          <Paragraph>{kase.sharedWithGroup ? t('tracks.case.shared') : t('tracks.case.notShared')}</Paragraph>
        </>
      )}
    </section>
  );
}

function QuestionForm({ kase }: { kase: TrackCaseFieldsFragment }) {
  const { t } = useTranslation();
  const [update] = useMutation(UpdateMyTrackCaseDocument);
  const [question, setQuestion] = useState(kase.question);
  const [shared, setShared] = useState(kase.sharedWithGroup);
  const action = useAction(() => update({ variables: { input: { trackId: kase.trackId, version: kase.version, question, sharedWithGroup: shared } } }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void action.run();
  };
  return (
    <form onSubmit={submit} noValidate>
      <div role="status">{action.succeeded && <Alert type="ok">{t('tracks.case.saved')}</Alert>}</div>
      <ErrorAlert message={action.errors.general} />
      <TextareaField
        id="case-question-text"
        label={t('tracks.case.questionLabel')}
        value={question}
        onChange={setQuestion}
        rows={3}
        required
        error={action.errors.field('question')}
      />
      <FormField
        type="checkbox"
        label={
          <FormLabel htmlFor="case-shared" type="checkbox">
            {t('tracks.case.share')}
          </FormLabel>
        }
        description={<FormFieldDescription id="case-shared-hint">{t('tracks.case.shareHint')}</FormFieldDescription>}
        input={<Checkbox id="case-shared" aria-describedby="case-shared-hint" checked={shared} onChange={(event) => setShared(event.target.checked)} />}
      />
      <Paragraph>
        <Button type="submit" appearance="primary-action-button" disabled={action.pending}>
          {t('tracks.case.save')}
        </Button>
      </Paragraph>
    </form>
  );
}
