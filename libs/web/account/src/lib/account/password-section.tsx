import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ChangeMyPasswordDocument, MySessionsDocument } from '@kijkje/web/data-access';
import { ErrorAlert, TextField, requiredFields, useFormErrors } from '@kijkje/web/ui';
import { NewPasswordFields, newPasswordProblems } from '../new-password-fields';

/** A new password, proven with the current one; every other session ends (the list below follows). */
export function PasswordSection() {
  const { t } = useTranslation();
  const [current, setCurrent] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [changed, setChanged] = useState(false);
  const [change, { loading }] = useMutation(ChangeMyPasswordDocument, { refetchQueries: [MySessionsDocument] });
  const errors = useFormErrors();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setChanged(false);
    if (!errors.check({ ...requiredFields({ currentPassword: current }), ...newPasswordProblems(password, repeat) })) return;
    try {
      await change({ variables: { input: { currentPassword: current, newPassword: password } } });
      setCurrent('');
      setPassword('');
      setRepeat('');
      setChanged(true);
    } catch (error) {
      errors.fail(error);
    }
  };

  return (
    <section aria-labelledby="account-password">
      <Heading level={2} id="account-password">
        {t('account.password.title')}
      </Heading>
      <Paragraph>{t('account.password.intro')}</Paragraph>
      <div>{changed && <Alert type="ok">{t('account.password.changed')}</Alert>}</div>
      <ErrorAlert message={errors.general} />
      <form className="kijkje-form" noValidate onSubmit={onSubmit}>
        <TextField
          id="currentPassword"
          type="password"
          label={t('account.password.current')}
          value={current}
          onChange={setCurrent}
          autoComplete="current-password"
          required
          error={errors.field('currentPassword')}
        />
        <NewPasswordFields
          password={password}
          repeat={repeat}
          onPassword={setPassword}
          onRepeat={setRepeat}
          passwordLabel={t('account.password.new')}
          repeatLabel={t('account.password.repeat')}
          error={(field) => (field === 'password' ? (errors.field('password') ?? errors.field('newPassword')) : errors.field(field))}
        />
        <Button type="submit" appearance="primary-action-button" busy={loading} disabled={loading}>
          {t('account.password.submit')}
        </Button>
      </form>
    </section>
  );
}
