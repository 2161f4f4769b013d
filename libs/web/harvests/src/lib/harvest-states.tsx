import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { RouterLink, ErrorState, usePageTitle, readApiError } from '@kijkje/web/ui';

/**
 * A harvest page that could not load. Not found and no access look the same (a denial never says
 * that something exists); other failures get the general error page.
 */
export function HarvestLoadError({ error }: { error: unknown }) {
  const code = readApiError(error, 'nl').code;
  if (code === 'NOT_FOUND' || code === 'FORBIDDEN') return <HarvestUnavailable />;
  return <ErrorState error={error} />;
}

function HarvestUnavailable() {
  const { t } = useTranslation();
  usePageTitle(t('harvest.unavailable.title'));
  return (
    <>
      <Heading level={1}>{t('harvest.unavailable.title')}</Heading>
      <Alert type="warning">
        <Paragraph>{t('harvest.unavailable.text')}</Paragraph>
      </Alert>
      <Paragraph>
        <RouterLink to="/">{t('notFound.home')}</RouterLink>
      </Paragraph>
    </>
  );
}

/** Downloads of a published version for members (any visibility), and the public page when PUBLIC. */
export function exportPath(harvestId: string, format: 'pdf' | 'docx', number: number, lang: string): string {
  return `/export/oogst/${encodeURIComponent(harvestId)}/${format}?versie=${number}${lang.startsWith('en') ? '&taal=en' : ''}`;
}

export function publicPath(slug: string): string {
  return `/oogst/${encodeURIComponent(slug)}`;
}
