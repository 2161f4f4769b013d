import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ConfirmTotpEnrolmentDocument, StartTotpEnrolmentDocument } from '@kijkje/web/data-access';
import { ErrorAlert, TextField, requiredFields, useFormErrors } from '@kijkje/web/ui';

/** Setting up an authenticator app: a QR code (or the key, typed by hand), then a current code to confirm. */
export function TotpSetup({ onEnabled }: { onEnabled: (codes: string[]) => Promise<void> }) {
  const { t } = useTranslation();
  const [start, { data, loading: starting }] = useMutation(StartTotpEnrolmentDocument);
  const [confirm, { loading }] = useMutation(ConfirmTotpEnrolmentDocument);
  const [code, setCode] = useState('');
  const errors = useFormErrors();
  const enrolment = data?.startTotpEnrolment;

  const onStart = async () => {
    errors.clear();
    try {
      await start();
    } catch (error) {
      errors.fail(error);
    }
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!errors.check(requiredFields({ code }))) return;
    try {
      const result = await confirm({ variables: { input: { code: code.trim() } } });
      setCode('');
      await onEnabled(result.data?.confirmTotpEnrolment.codes ?? []);
    } catch (error) {
      errors.fail(error);
    }
  };

  if (!enrolment)
    return (
      <>
        <Paragraph>{t('account.secondFactor.off')}</Paragraph>
        <ErrorAlert message={errors.general} />
        <Button appearance="primary-action-button" busy={starting} disabled={starting} onClick={onStart}>
          {t('account.secondFactor.start')}
        </Button>
      </>
    );

  return (
    <>
      <Paragraph>{t('account.secondFactor.scan')}</Paragraph>
      <img className="kijkje-account__qr" src={enrolment.qrCode} alt={t('account.secondFactor.qrAlt')} width={200} height={200} />
      <Paragraph>
        {t('account.secondFactor.key')} <code data-testid="totp-secret">{enrolment.secret}</code>
      </Paragraph>
      <ErrorAlert message={errors.general} />
      <form className="kijkje-form" noValidate onSubmit={onSubmit}>
        <TextField
          id="totp-code"
          name="code"
          label={t('account.secondFactor.code')}
          description={t('account.secondFactor.codeHint')}
          value={code}
          onChange={setCode}
          autoComplete="one-time-code"
          required
          error={errors.field('code')}
        />
        <Button type="submit" appearance="primary-action-button" busy={loading} disabled={loading}>
          {t('account.secondFactor.confirm')}
        </Button>
      </form>
    </>
  );
}
