import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ProgressReviewsDocument, SaveProgressReviewDocument, SubmitProgressReviewDocument, type ProgressReviewsFieldsFragment } from '@kijkje/web/data-access';
import { ErrorAlert, Markdown, TextareaField, formatDate, useFormErrors } from '@kijkje/web/ui';

type Moment = ProgressReviewsFieldsFragment['moments'][number];

/**
 * Progress reviews after the visit (voortgangsgesprek): at six and twelve months the host writes a
 * new foto van nu against the stip aan de horizon of its preparation, shown beside it, and submits it.
 */
export function ProgressReviews({ visitId }: { visitId: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(ProgressReviewsDocument, { variables: { visitId }, fetchPolicy: 'cache-and-network' });
  const reviews = data?.progressReviews;
  if (!reviews?.moments.length) return null;
  return (
    <section className="kijkje-section" aria-labelledby="progress-heading">
      <Heading level={2} id="progress-heading">
        {t('progress.title')}
      </Heading>
      <Paragraph>{t('progress.intro')}</Paragraph>
      {reviews.baseline && (
        <dl className="kijkje-progress-baseline">
          <dt>{t('progress.thenFoto')}</dt>
          <dd>{reviews.baseline.fotoVanNu || t('progress.empty')}</dd>
          <dt>{t('progress.stip')}</dt>
          <dd>{reviews.baseline.stipAanDeHorizon || t('progress.empty')}</dd>
        </dl>
      )}
      {reviews.moments.map((moment) => (
        <ProgressMoment key={moment.months} visitId={visitId} moment={moment} />
      ))}
    </section>
  );
}

function ProgressMoment({ visitId, moment }: { visitId: string; moment: Moment }) {
  const { t, i18n } = useTranslation();
  const refetch = { refetchQueries: [{ query: ProgressReviewsDocument, variables: { visitId } }], awaitRefetchQueries: true };
  const [save, { loading: saving }] = useMutation(SaveProgressReviewDocument, refetch);
  const [submit, { loading: submitting }] = useMutation(SubmitProgressReviewDocument, refetch);
  const [foto, setFoto] = useState(moment.fotoVanNu ?? '');
  const [reflection, setReflection] = useState(moment.reflection ?? '');
  const [done, setDone] = useState<string | null>(null);
  const errors = useFormErrors();
  const id = `progress-${moment.months}`;

  const write = async (andSubmit: boolean) => {
    setDone(null);
    if (andSubmit && !errors.check(foto.trim() ? {} : { fotoVanNu: 'progress.fotoRequired' })) return;
    try {
      const saved = await save({ variables: { input: { visitId, months: moment.months, version: moment.version, fotoVanNu: foto, reflection } } });
      const version = saved.data?.saveProgressReview.moments.find((m) => m.months === moment.months)?.version ?? moment.version + 1;
      if (andSubmit) await submit({ variables: { input: { visitId, months: moment.months, version } } });
      setDone(t(andSubmit ? 'progress.submitted' : 'progress.saved'));
    } catch (error) {
      errors.fail(error);
    }
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void write(true);
  };

  return (
    <div className="kijkje-progress-moment">
      <Heading level={3}>{t('progress.moment', { count: moment.months })}</Heading>
      <Paragraph>{t(`progress.state.${moment.state}`, { date: formatDate(moment.due, i18n.language) })}</Paragraph>
      <div role="status">{done && <Alert type="ok">{done}</Alert>}</div>
      {moment.canWrite ? (
        <form className="kijkje-form" noValidate onSubmit={onSubmit}>
          <ErrorAlert message={errors.general} />
          <TextareaField id={`${id}-foto`} label={t('progress.nowFoto')} value={foto} onChange={setFoto} rows={5} error={errors.field('fotoVanNu')} />
          <TextareaField id={`${id}-reflection`} label={t('progress.reflection')} value={reflection} onChange={setReflection} rows={4} />
          <div className="kijkje-actions">
            <Button type="button" appearance="secondary-action-button" busy={saving} disabled={saving || submitting} onClick={() => void write(false)}>
              {t('progress.save')}
            </Button>
            <Button type="submit" appearance="primary-action-button" busy={submitting} disabled={saving || submitting}>
              {t('progress.submit')}
            </Button>
          </div>
        </form>
      ) : (
        moment.fotoVanNu !== null &&
        moment.state === 'SUBMITTED' && (
          <>
            <Heading level={4}>{t('progress.nowFoto')}</Heading>
            <Markdown source={moment.fotoVanNu} />
            {moment.reflection && (
              <>
                <Heading level={4}>{t('progress.reflection')}</Heading>
                <Markdown source={moment.reflection} />
              </>
            )}
          </>
        )
      )}
    </div>
  );
}
