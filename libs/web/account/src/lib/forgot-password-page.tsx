import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { RequestPasswordResetDocument } from '@kijkje/web/data-access';
import { TextField, RouterLink, ErrorAlert, requiredFields, useFormErrors, usePageTitle } from '@kijkje/web/ui';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('forgot.title'));
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const [request, { loading }] = useMutation(RequestPasswordResetDocument);
  const errors = useFormErrors();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!errors.check(requiredFields({ email }))) return;
    try {
      await request({ variables: { input: { email: email.trim() } } });
      setSent(true);
    } catch (error) {
      errors.fail(error);
    }
  };

  return (
    <>
      <Heading level={1}>{t('forgot.title')}</Heading>
      {sent ? (
        <Alert type="ok">{t('forgot.sent')}</Alert>
      ) : (
        <>
          <Paragraph>{t('forgot.intro')}</Paragraph>
          <ErrorAlert message={errors.general} />
          <form className="kijkje-form" noValidate onSubmit={onSubmit}>
            <TextField
              id="email"
              type="email"
              label={t('forgot.email')}
              value={email}
              onChange={setEmail}
              autoComplete="email"
              required
              error={errors.field('email')}
            />
            <Button type="submit" appearance="primary-action-button" busy={loading} disabled={loading}>
              {t('forgot.submit')}
            </Button>
          </form>
        </>
      )}
      <Paragraph>
        <RouterLink to="/inloggen">{t('forgot.back')}</RouterLink>
      </Paragraph>
    </>
  );
}
