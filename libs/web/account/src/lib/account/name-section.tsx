import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { UpdateMyNameDocument } from '@kijkje/web/data-access';
import { ErrorAlert, TextField, isConflict, requiredFields, useFormErrors } from '@kijkje/web/ui';

/**
 * The person's name, saved over the version they saw: when it changed elsewhere meanwhile, the
 * newer name is named and nothing is overwritten; a second save then goes over the newer version.
 */
export function NameSection({ name, version, email, reload }: { name: string; version: number; email: string; reload: () => Promise<string | null> }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(name);
  const [saved, setSaved] = useState(false);
  const [latest, setLatest] = useState<string | null>(null);
  const [update, { loading }] = useMutation(UpdateMyNameDocument);
  const errors = useFormErrors();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    setLatest(null);
    if (!errors.check(requiredFields({ name: value }))) return;
    try {
      await update({ variables: { input: { name: value, version } } });
      setSaved(true);
    } catch (error) {
      if (isConflict(error)) setLatest(await reload());
      else errors.fail(error);
    }
  };

  return (
    <section aria-labelledby="account-name">
      <Heading level={2} id="account-name">
        {t('account.name.title')}
      </Heading>
      <Paragraph>{t('account.email', { email })}</Paragraph>
      <div>{saved && <Alert type="ok">{t('account.name.saved')}</Alert>}</div>
      {latest !== null && <Alert type="warning">{t('account.name.conflict', { latest })}</Alert>}
      <ErrorAlert message={errors.general} />
      <form className="kijkje-form" noValidate onSubmit={onSubmit}>
        <TextField
          id="name"
          label={t('account.name.label')}
          description={t('account.name.description')}
          value={value}
          onChange={setValue}
          autoComplete="name"
          required
          error={errors.field('name')}
        />
        <Button type="submit" appearance="primary-action-button" busy={loading} disabled={loading}>
          {t('account.name.submit')}
        </Button>
      </form>
    </section>
  );
}
