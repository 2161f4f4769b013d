import { useEffect, useState, type FormEvent } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { CompleteSignInDocument } from '@kijkje/web/data-access';
import { ErrorAlert, TextField, requiredFields, useFormErrors } from '@kijkje/web/ui';

interface SecondStepProps {
  /** The challenge the password answered with (SECOND_FACTOR_NEEDED). */
  challenge: string;
  /** Back to the password: the challenge expired or the person wants to start again. */
  onRestart: () => void;
}

/**
 * The second step of a sign-in: a code of the authenticator app, or one of the recovery codes.
 * The heading takes the focus, so a screen reader hears that the page moved on.
 */
export function SecondStep({ challenge, onRestart }: SecondStepProps) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [useRecovery, setUseRecovery] = useState(false);
  const [code, setCode] = useState('');
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
      <Paragraph>{useRecovery ? t('secondStep.recoveryIntro') : t('secondStep.intro')}</Paragraph>
      <ErrorAlert message={errors.general} />
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
      <Paragraph>
        <Button appearance="secondary-action-button" onClick={switchMethod}>
          {useRecovery ? t('secondStep.useApp') : t('secondStep.useRecovery')}
        </Button>
      </Paragraph>
      <Paragraph>
        <Button appearance="secondary-action-button" onClick={onRestart}>
          {t('secondStep.restart')}
        </Button>
      </Paragraph>
    </>
  );
}
