import { useQuery } from '@apollo/client/react';
import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ProgrammeVisitReportsDocument } from '@kijkje/web/data-access';
import { RouterLink } from '@kijkje/web/ui';
import { formatDay } from '@kijkje/web/visits';

/**
 * On the programme page, for everyone: the final visit reports the reader may read. The API
 * decides (team, host, coordinator, and the round or the network once the host shares it).
 */
export function ProgrammeVisitReports({ programmeId }: { programmeId: string }) {
  const { t, i18n } = useTranslation();
  const { data, loading, error } = useQuery(ProgrammeVisitReportsDocument, { variables: { programmeId }, fetchPolicy: 'cache-and-network' });
  const reports = data?.visitReports ?? [];
  const lang = i18n.language;
  return (
    <section className="kijkje-section" aria-labelledby="programme-reports-heading" data-testid="programme-reports">
      <Heading level={2} id="programme-reports-heading">
        {t('report.list.title')}
      </Heading>
      {loading && !data ? (
        <Paragraph>{t('common.loading')}</Paragraph>
      ) : error && !data ? (
        <Alert type="error">{t('common.errorGeneric')}</Alert>
      ) : reports.length === 0 ? (
        <Paragraph>{t('report.list.empty')}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('report.list.intro')}</Paragraph>
          <ul className="kijkje-results" aria-label={t('report.list.listLabel')}>
            {reports.map((report) => (
              <li key={report.visitId}>
                <RouterLink to={`/bezoeken/${encodeURIComponent(report.visitId)}/verslag`}>{t('report.title', { name: report.host })}</RouterLink>
                <span>{[report.round, formatDay(report.startsOn, lang), t(`report.list.readers.${report.sharing}`)].filter(Boolean).join(' · ')}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
