import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { EmptyState, formatDateTime, RouterLink } from '@kijkje/web/ui';
import { exportHref, type ExportFormat } from './report-helpers';
import type { Report } from './report-view';

export function RevisionNotice({ report }: { report: Report }) {
  const { t, i18n } = useTranslation();
  const kept = report.revisions.find((r) => r.number === report.revision);
  return (
    <section className="kijkje-section" aria-labelledby="report-status-heading">
      <Heading level={2} id="report-status-heading">
        {t('report.revision.title', { number: report.revision })}
      </Heading>
      <Alert type="info">
        <Paragraph>
          {t('report.revision.intro', {
            number: report.revision,
            status: t(`report.revision.status.${kept?.status === 'REPORT_FINAL' ? 'REPORT_FINAL' : 'REPORT_SHARED'}`),
            date: formatDateTime(kept?.createdAt, i18n.language),
          })}
        </Paragraph>
        <Paragraph>
          <RouterLink to={`/bezoeken/${report.visitId}/verslag`}>{t('report.revision.toCurrent')}</RouterLink>
        </Paragraph>
      </Alert>
      <Downloads report={report} revision={report.revision} />
    </section>
  );
}

export function Downloads({ report, revision }: { report: Report; revision: number | null }) {
  const { t, i18n } = useTranslation();
  const formats: ExportFormat[] = ['pdf', 'docx'];
  return (
    <ul className="kijkje-downloads" aria-label={revision === null ? t('report.downloads.label') : t('report.downloads.revisionLabel', { number: revision })}>
      {formats.map((format) => (
        <li key={format}>
          <a
            className="utrecht-link utrecht-link--html-a"
            href={exportHref(report.visitId, format, i18n.language, revision)}
            download
            data-testid={`download-${format}`}
          >
            {revision === null ? t(`report.downloads.${format}`) : t(`report.downloads.revision.${format}`, { number: revision })}
          </a>
        </li>
      ))}
    </ul>
  );
}

/** The kept versions: each opens read-only, and downloads as it was. */
export function Revisions({ report }: { report: Report }) {
  const { t, i18n } = useTranslation();
  const label = (kept: Report['revisions'][number]) =>
    t('report.revisions.item', {
      number: kept.number,
      status: t(`report.revision.status.${kept.status === 'REPORT_FINAL' ? 'REPORT_FINAL' : 'REPORT_SHARED'}`),
      date: formatDateTime(kept.createdAt, i18n.language),
    });
  return (
    <section className="kijkje-section" aria-labelledby="report-revisions-heading">
      <Heading level={2} id="report-revisions-heading">
        {t('report.revisions.title')}
      </Heading>
      {report.revisions.length === 0 ? (
        <EmptyState>{t('report.revisions.none')}</EmptyState>
      ) : (
        <ul className="kijkje-report-findings" data-testid="report-revisions">
          {report.revisions.map((kept) => (
            <li key={kept.number}>
              {kept.number === report.revision ? (
                <span aria-current="page">{label(kept)}</span>
              ) : (
                <RouterLink to={`/bezoeken/${report.visitId}/verslag?versie=${kept.number}`}>{label(kept)}</RouterLink>
              )}
              <Downloads report={report} revision={kept.number} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
