import { useEffect, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { MySecondFactorDocument } from '@kijkje/web/data-access';
import { ErrorState, LoadingState } from '@kijkje/web/ui';
import { RecoveryCodesList } from './recovery-codes';
import { SecondFactorOn } from './second-factor-on';
import { PasskeysSection } from './passkeys-section';
import { TotpSetup } from './totp-setup';

/**
 * "Tweede factor": an authenticator app, set up with a QR code or a key and confirmed with a
 * code; ten recovery codes shown once; renewed or turned off with a proof. `required` says that
 * the person's network asks for a second factor they have not yet used.
 */
export function SecondFactorSection({ required = false }: { required?: boolean }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(MySecondFactorDocument, { fetchPolicy: 'cache-and-network' });
  // Recovery codes exist only in this answer: shown until the person says they stored them.
  const [codes, setCodes] = useState<string[] | null>(null);
  // Sent here because the network asks for a second factor: the section takes the focus, so its explanation is read first.
  useEffect(() => {
    if (required) document.getElementById('tweede-factor')?.focus();
  }, [required]);

  const shown = async (fresh: string[]) => {
    setCodes(fresh);
    await refetch();
  };

  let body;
  if (loading && !data) body = <LoadingState />;
  else if (error && !data) body = <ErrorState error={error} />;
  else if (codes) body = <RecoveryCodesList codes={codes} onDone={() => setCodes(null)} />;
  else if (data?.mySecondFactor.totpEnabled)
    body = <SecondFactorOn recoveryCodesLeft={data.mySecondFactor.recoveryCodesLeft} onCodes={shown} onOff={() => refetch()} />;
  else body = <TotpSetup onEnabled={shown} />;

  return (
    <section aria-labelledby="tweede-factor" data-testid="account-second-factor">
      <Heading level={2} id="tweede-factor" tabIndex={-1}>
        {t('account.secondFactor.title')}
      </Heading>
      {required && <Alert type="warning">{t('account.secondFactor.required')}</Alert>}
      <Paragraph>{t('account.secondFactor.intro')}</Paragraph>
      {body}
      <PasskeysSection />
    </section>
  );
}
