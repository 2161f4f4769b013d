import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, Heading } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { ResetPasswordDocument } from '@kijkje/web/data-access';
import { ErrorAlert, useFormErrors, usePageTitle } from '@kijkje/web/ui';
import { NewPasswordFields, newPasswordProblems } from './new-password-fields';

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
    if (!errors.check(newPasswordProblems(password, repeat))) return;
    try {
      await reset({ variables: { input: { token, password } } });
      void navigate('/inloggen', { state: { passwordChanged: true } });
    } catch (error) {
      errors.fail(error);
    }
  };

  return (
    <>
      <Heading level={1}>{t('reset.title')}</Heading>
      <ErrorAlert message={errors.general} />
      <form className="kijkje-form" noValidate onSubmit={onSubmit}>
        <NewPasswordFields
          password={password}
          repeat={repeat}
          onPassword={setPassword}
          onRepeat={setRepeat}
          passwordLabel={t('reset.password')}
          repeatLabel={t('reset.repeat')}
          error={errors.field}
        />
        <Button type="submit" appearance="primary-action-button" busy={loading} disabled={loading}>
          {t('reset.submit')}
        </Button>
      </form>
    </>
  );
}
