import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, Heading } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { ResetPasswordDocument } from '@kijkje/web/data-access';
import { TextField, ErrorAlert, requiredFields, useFormErrors, usePageTitle } from '@kijkje/web/ui';

export function ResetPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('reset.title'));
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [reset, { loading }] = useMutation(ResetPasswordDocument);
  const errors = useFormErrors();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = requiredFields({ password, repeat });
    if (!problems.repeat && repeat !== password) problems.repeat = 'reset.mismatch';
    if (!errors.check(problems)) return;
    try {
      await reset({ variables: { input: { token, password } } });
      navigate('/inloggen', { state: { passwordChanged: true } });
    } catch (error) {
      errors.fail(error);
    }
  };

  return (
    <>
      <Heading level={1}>{t('reset.title')}</Heading>
      <ErrorAlert message={errors.general} />
      <form className="kijkje-form" noValidate onSubmit={onSubmit}>
        <TextField
          id="password"
          type="password"
          label={t('reset.password')}
          description={t('reset.passwordDescription')}
          value={password}
          onChange={setPassword}
          autoComplete="new-password"
          required
          error={errors.field('password')}
        />
        <TextField
          id="repeat"
          type="password"
          label={t('reset.repeat')}
          value={repeat}
          onChange={setRepeat}
          autoComplete="new-password"
          required
          error={errors.field('repeat')}
        />
        <Button type="submit" appearance="primary-action-button" busy={loading} disabled={loading}>
          {t('reset.submit')}
        </Button>
      </form>
    </>
  );
}
