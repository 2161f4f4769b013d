import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

/** Ten recovery codes, shown this once: each works a single time in place of a code of the app. */
export function RecoveryCodesList({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <div data-testid="recovery-codes">
      <Alert type="ok">{t('account.secondFactor.codesIntro')}</Alert>
      <ol className="kijkje-account__codes" aria-label={t('account.secondFactor.codesLabel')}>
        {codes.map((code) => (
          <li key={code}>
            <code data-testid="recovery-code">{code}</code>
          </li>
        ))}
      </ol>
      <Paragraph>{t('account.secondFactor.codesOnce')}</Paragraph>
      <Button appearance="secondary-action-button" onClick={onDone}>
        {t('account.secondFactor.codesDone')}
      </Button>
    </div>
  );
}
