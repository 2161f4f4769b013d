import { useState, type FormEvent } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Button, Heading, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { EraseMyAccountDocument, ViewerDocument } from '@kijkje/web/data-access';
import { ConfirmDialog, ErrorAlert, TextField, requiredFields, useFormErrors } from '@kijkje/web/ui';

/**
 * "Account verwijderen" (AVG right to erasure): says plainly what goes and what stays, asks for
 * the password again and once more in a dialog; afterwards the person is signed out everywhere.
 */
export function EraseAccountSection() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const [asking, setAsking] = useState(false);
  const [erased, setErased] = useState(false);
  const [erase, { loading }] = useMutation(EraseMyAccountDocument);
  const errors = useFormErrors();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (errors.check(requiredFields({ currentPassword: password }))) setAsking(true);
  };

  const onConfirm = async () => {
    try {
      await erase({ variables: { input: { currentPassword: password } } });
      setAsking(false);
      setErased(true);
    } catch (error) {
      setAsking(false);
      errors.fail(error);
    }
  };

  const leave = async () => {
    client.writeQuery({ query: ViewerDocument, data: { viewer: null } });
    void navigate('/inloggen');
    await client.resetStore();
  };

  return (
    <section aria-labelledby="account-erase">
      <Heading level={2} id="account-erase">
        {t('myData.erase.title')}
      </Heading>
      <div role="status">
        {erased && (
          <Alert type="ok">
            <Paragraph>{t('myData.erase.done')}</Paragraph>
            <Button type="button" appearance="secondary-action-button" onClick={() => void leave()}>
              {t('myData.erase.leave')}
            </Button>
          </Alert>
        )}
      </div>
      {!erased && (
        <>
          <Paragraph>{t('myData.erase.intro')}</Paragraph>
          <Heading level={3}>{t('myData.erase.goesTitle')}</Heading>
          <UnorderedList>
            {(['account', 'sessions', 'settings', 'notifications'] as const).map((key) => (
              <UnorderedListItem key={key}>{t(`myData.erase.goes.${key}`)}</UnorderedListItem>
            ))}
          </UnorderedList>
          <Heading level={3}>{t('myData.erase.staysTitle')}</Heading>
          <UnorderedList>
            {(['content', 'harvests', 'record'] as const).map((key) => (
              <UnorderedListItem key={key}>{t(`myData.erase.stays.${key}`)}</UnorderedListItem>
            ))}
          </UnorderedList>
          <ErrorAlert message={errors.general} />
          <form className="kijkje-form" noValidate onSubmit={onSubmit}>
            <TextField
              id="erasePassword"
              type="password"
              label={t('myData.erase.password')}
              value={password}
              onChange={setPassword}
              autoComplete="current-password"
              required
              error={errors.field('currentPassword')}
            />
            <Button type="submit" appearance="secondary-action-button" hint="danger" busy={loading} disabled={loading}>
              {t('myData.erase.submit')}
            </Button>
          </form>
        </>
      )}
      <ConfirmDialog
        open={asking}
        tone="danger"
        testId="erase-account-dialog"
        title={t('myData.erase.confirmTitle')}
        confirmLabel={t('myData.erase.confirm')}
        cancelLabel={t('myData.erase.cancel')}
        busy={loading}
        onConfirm={() => void onConfirm()}
        onCancel={() => setAsking(false)}
      >
        <Paragraph>{t('myData.erase.confirmWhat')}</Paragraph>
      </ConfirmDialog>
    </section>
  );
}
