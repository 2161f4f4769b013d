import type { ReactNode } from 'react';
import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { readApiError } from './errors';
import { usePageTitle } from './use-page-title';

export function LoadingState() {
  const { t } = useTranslation();
  return (
    <Paragraph role="status" aria-live="polite">
      {t('common.loading')}
    </Paragraph>
  );
}

export function ErrorAlert({ message }: { message: string | null }) {
  if (!message) return null;
  return <Alert type="error">{message}</Alert>;
}

/** A whole page that could not load: its own h1 so the page still reads well. */
export function ErrorState({ error }: { error: unknown }) {
  const { t, i18n } = useTranslation();
  usePageTitle(t('common.errorTitle'));
  const view = readApiError(error, i18n.language);
  const message = view.message ?? (view.code === 'UNKNOWN' ? t('common.errorGeneric') : t(`errors.${view.code}`));
  return (
    <>
      <Heading level={1}>{t('common.errorTitle')}</Heading>
      <Alert type="error">{message}</Alert>
    </>
  );
}

/** Signed in, but this page is not for this role. */
export function NoAccess({ title }: { title: string }) {
  const { t } = useTranslation();
  usePageTitle(title);
  return (
    <>
      <Heading level={1}>{title}</Heading>
      <Alert type="warning">{t('common.noAccess')}</Alert>
    </>
  );
}

/** A list with nothing in it yet: says so, and what to do about it when there is something to do. */
export function EmptyState({ children, action, testId }: { children: ReactNode; action?: ReactNode; testId?: string }) {
  return (
    <div className="kijkje-empty" data-testid={testId}>
      <Paragraph>{children}</Paragraph>
      {action}
    </div>
  );
}
