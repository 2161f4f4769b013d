import { useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { RETENTION_YEARS } from '@kijkje/domain';
import { NetworkRetentionDocument, SetRetentionDocument } from '@kijkje/web/data-access';
import { ErrorAlert, ErrorState, InputField, LoadingState, RouterLink, useFormErrors } from '@kijkje/web/ui';

/** The network's retention of visit material (coordinators), in the network's settings. */
export function RetentionSection() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(NetworkRetentionDocument, { fetchPolicy: 'cache-and-network' });
  const [save, { loading: saving }] = useMutation(SetRetentionDocument);
  const current = data?.viewer?.currentNetwork?.retentionYears;
  const [years, setYears] = useState('');
  const [saved, setSaved] = useState<number | null>(null);
  const errors = useFormErrors();

  useEffect(() => {
    if (current !== undefined) setYears(String(current));
  }, [current]);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    errors.clear();
    try {
      const result = await save({ variables: { years: Number(years) } });
      setSaved(result.data?.setRetention.retentionYears ?? Number(years));
    } catch (e) {
      errors.fail(e);
    }
  };

  if (loading && !data) return <LoadingState />;
  if (error && !data) return <ErrorState error={error} />;

  return (
    <section className="kijkje-section" aria-labelledby="retention-heading">
      <Heading level={2} id="retention-heading">
        {t('networkPrivacy.retentionTitle')}
      </Heading>
      <Paragraph>{t('networkPrivacy.retentionIntro')}</Paragraph>
      <div role="status">{saved !== null && <Alert type="ok">{t('networkPrivacy.retentionSaved', { count: saved })}</Alert>}</div>
      <ErrorAlert message={errors.general} />
      <form className="kijkje-form" noValidate onSubmit={onSubmit}>
        <InputField
          id="retention-years"
          type="number"
          min={RETENTION_YEARS.min}
          max={RETENTION_YEARS.max}
          label={t('networkPrivacy.retentionLabel')}
          description={t('networkPrivacy.retentionDescription', RETENTION_YEARS)}
          value={years}
          onChange={setYears}
          required
          error={errors.field('years')}
        />
        <Button type="submit" appearance="primary-action-button" busy={saving}>
          {t('networkPrivacy.retentionSave')}
        </Button>
      </form>
      <Paragraph>
        <RouterLink to="/netwerk/verwerkingsoverzicht">{t('networkPrivacy.overviewLink')}</RouterLink>
      </Paragraph>
    </section>
  );
}
