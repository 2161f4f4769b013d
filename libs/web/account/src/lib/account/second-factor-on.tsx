import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { DisableSecondFactorDocument, RenewRecoveryCodesDocument } from '@kijkje/web/data-access';
import { ErrorAlert, TextField, requiredFields, useFormErrors } from '@kijkje/web/ui';

const PROOF_NEEDED = { nl: 'Vul uw huidige wachtwoord of een code in.', en: 'Enter your current password or a code.' };

interface SecondFactorOnProps {
  recoveryCodesLeft: number;
  onCodes: (codes: string[]) => Promise<void>;
  onOff: () => void;
}

/** The second factor is on: new recovery codes (with a code of the app), or off (with the password or a code). */
export function SecondFactorOn({ recoveryCodesLeft, onCodes, onOff }: SecondFactorOnProps) {
  const { t } = useTranslation();
  const [renewCode, setRenewCode] = useState('');
  const [password, setPassword] = useState('');
  const [offCode, setOffCode] = useState('');
  const [renew, { loading: renewing }] = useMutation(RenewRecoveryCodesDocument);
  const [disable, { loading: disabling }] = useMutation(DisableSecondFactorDocument);
  const renewErrors = useFormErrors();
  const offErrors = useFormErrors();

  const onRenew = async (event: FormEvent) => {
    event.preventDefault();
    if (!renewErrors.check(requiredFields({ code: renewCode }))) return;
    try {
      const result = await renew({ variables: { input: { code: renewCode.trim() } } });
      setRenewCode('');
      await onCodes(result.data?.renewRecoveryCodes.codes ?? []);
    } catch (error) {
      renewErrors.fail(error);
    }
  };

  const onDisable = async (event: FormEvent) => {
    event.preventDefault();
    if (!offErrors.check(password || offCode.trim() ? {} : { currentPassword: PROOF_NEEDED })) return;
    const code = offCode.trim();
    const proof = password ? { currentPassword: password } : /^\d[\d\s]*$/.test(code) ? { code } : { recoveryCode: code };
    try {
      await disable({ variables: { input: proof } });
      setPassword('');
      setOffCode('');
      onOff();
    } catch (error) {
      offErrors.fail(error);
    }
  };

  return (
    <>
      <Paragraph data-testid="second-factor-status">{t('account.secondFactor.on', { count: recoveryCodesLeft })}</Paragraph>
      <Heading level={3}>{t('account.secondFactor.renewTitle')}</Heading>
      <ErrorAlert message={renewErrors.general} />
      <form className="kijkje-form" noValidate onSubmit={onRenew}>
        <TextField
          id="renew-code"
          name="code"
          label={t('account.secondFactor.code')}
          value={renewCode}
          onChange={setRenewCode}
          autoComplete="one-time-code"
          required
          error={renewErrors.field('code')}
        />
        <Button type="submit" appearance="secondary-action-button" busy={renewing} disabled={renewing}>
          {t('account.secondFactor.renew')}
        </Button>
      </form>
      <Heading level={3}>{t('account.secondFactor.offTitle')}</Heading>
      <Paragraph>{t('account.secondFactor.offIntro')}</Paragraph>
      <ErrorAlert message={offErrors.general} />
      <form className="kijkje-form" noValidate onSubmit={onDisable}>
        <TextField
          id="off-password"
          name="currentPassword"
          type="password"
          label={t('account.password.current')}
          value={password}
          onChange={setPassword}
          autoComplete="current-password"
          error={offErrors.field('currentPassword')}
        />
        <TextField
          id="off-code"
          name="code"
          label={t('account.secondFactor.codeOrRecovery')}
          value={offCode}
          onChange={setOffCode}
          autoComplete="one-time-code"
          error={offErrors.field('code') ?? offErrors.field('recoveryCode')}
        />
        <Button type="submit" appearance="secondary-action-button" busy={disabling} disabled={disabling}>
          {t('account.secondFactor.disable')}
        </Button>
      </form>
    </>
  );
}
