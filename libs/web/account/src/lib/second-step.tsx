import { useEffect, useState, type FormEvent } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { startAuthentication } from '@simplewebauthn/browser';
import { CompleteSignInDocument } from '@kijkje/web/data-access';
import { isBrowserRefusal } from './account/passkeys-section';
import { ErrorAlert, TextField, requiredFields, useFormErrors } from '@kijkje/web/ui';

interface SecondStepProps {
  /** The challenge the password answered with (SECOND_FACTOR_NEEDED). */
  challenge: string;
  /** What the person can use: TOTP, RECOVERY_CODE, PASSKEY. */
  methods: string[];
  /** The options of navigator.credentials.get, as JSON, when they have passkeys. */
  passkeyOptions: string | null;
  /** Back to the password: the challenge expired or the person wants to start again. */
  onRestart: () => void;
}

/**
 * The second step of a sign-in: a code of the authenticator app, or one of the recovery codes.
 * The heading takes the focus, so a screen reader hears that the page moved on.
 */
export function SecondStep({ challenge, methods, passkeyOptions, onRestart }: SecondStepProps) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [useRecovery, setUseRecovery] = useState(false);
  const [code, setCode] = useState('');
  // The browser or the person did not use the passkey (cancelled, timed out).
  const [refused, setRefused] = useState(false);
  const [complete, { loading }] = useMutation(CompleteSignInDocument);
  const errors = useFormErrors((view) => (view.code === 'UNAUTHENTICATED' ? t('secondStep.expired') : null));
  const field = useRecovery ? 'recoveryCode' : 'code';

  useEffect(() => document.getElementById('second-step-title')?.focus(), []);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!errors.check(requiredFields({ [field]: code }))) return;
    try {
      await complete({ variables: { input: { challenge, [field]: code.trim() } } });
      await client.resetStore();
    } catch (error) {
      errors.fail(error);
    }
  };

  const withPasskey = async () => {
    errors.clear();
    setRefused(false);
    try {
      const response = await startAuthentication({ optionsJSON: JSON.parse(passkeyOptions!) });
      await complete({ variables: { input: { challenge, passkeyResponse: JSON.stringify(response) } } });
      await client.resetStore();
    } catch (error) {
      if (isBrowserRefusal(error)) setRefused(true);
      else errors.fail(error);
    }
  };

  const switchMethod = () => {
    setUseRecovery(!useRecovery);
    setCode('');
    errors.clear();
  };

  return (
    <>
      <Heading level={1} id="second-step-title" tabIndex={-1}>
        {t('secondStep.title')}
      </Heading>
      <Paragraph>{useRecovery ? t('secondStep.recoveryIntro') : methods.includes('TOTP') ? t('secondStep.intro') : t('secondStep.passkeyIntro')}</Paragraph>
      <ErrorAlert message={refused ? t('secondStep.passkeyRefused') : errors.general} />
      {passkeyOptions && (
        <Paragraph>
          <Button appearance="primary-action-button" onClick={() => void withPasskey()} disabled={loading}>
            {t('secondStep.passkey')}
          </Button>
        </Paragraph>
      )}
      {methods.includes('TOTP') && (
        <form className="kijkje-form" noValidate onSubmit={onSubmit}>
          <TextField
            key={field}
            id={field}
            label={useRecovery ? t('secondStep.recoveryCode') : t('secondStep.code')}
            value={code}
            onChange={setCode}
            autoComplete="one-time-code"
            required
            error={errors.field(field)}
          />
          <Button type="submit" appearance="primary-action-button" busy={loading} disabled={loading}>
            {t('secondStep.submit')}
          </Button>
        </form>
      )}
      {methods.includes('RECOVERY_CODE') && (
        <Paragraph>
          <Button appearance="secondary-action-button" onClick={switchMethod}>
            {useRecovery ? t('secondStep.useApp') : t('secondStep.useRecovery')}
          </Button>
        </Paragraph>
      )}
      <Paragraph>
        <Button appearance="secondary-action-button" onClick={onRestart}>
          {t('secondStep.restart')}
        </Button>
      </Paragraph>
    </>
  );
}
