import { Fragment } from 'react';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { VisitReportFieldsFragment } from '@kijkje/web/data-access';
import { EvidenceView } from '@kijkje/web/findings';
import { Markdown } from '@kijkje/web/ui';
import { formatDay } from '@kijkje/web/visits';
import { groupFindings, repliesOf } from './report-helpers';

export type Report = VisitReportFieldsFragment;

/**
 * The report as its readers read it, and as the PDF and DOCX print it: the title block, the
 * summary, the final findings by theme and kind, and the host's replies as an appendix.
 */
export function ReportView({ report }: { report: Report }) {
  const { t } = useTranslation();
  return (
    <section className="kijkje-section" aria-labelledby="report-heading" data-testid="report-content">
      <Heading level={2} id="report-heading">
        {t('report.document.title')}
      </Heading>
      <TitleBlock report={report} />
      <section aria-labelledby="report-summary-heading">
        <Heading level={3} id="report-summary-heading">
          {t('report.document.summary')}
        </Heading>
        {report.summary.trim() ? <Markdown source={report.summary} topHeadingLevel={4} /> : <Paragraph>{t('report.document.noSummary')}</Paragraph>}
      </section>
      <Findings report={report} />
      <Appendix report={report} />
    </section>
  );
}

function TitleBlock({ report }: { report: Report }) {
  const { t, i18n } = useTranslation();
  const lead = report.team.filter((m) => m.lead);
  const others = report.team.filter((m) => !m.lead);
  return (
    <section aria-labelledby="report-facts-heading">
      <Heading level={3} id="report-facts-heading">
        {t('report.document.facts')}
      </Heading>
      <dl className="kijkje-facts">
        <dt>{t('report.facts.programme')}</dt>
        <dd>{report.programme}</dd>
        <dt>{t('report.facts.round')}</dt>
        <dd>{report.round}</dd>
        <dt>{t('report.facts.host')}</dt>
        <dd>{report.host}</dd>
        <dt>{t('report.facts.date')}</dt>
        <dd>{formatDay(report.startsOn, i18n.language) || t('visits.facts.noDate')}</dd>
        <dt>{t('report.facts.location')}</dt>
        <dd>{report.location || t('visits.facts.noLocation')}</dd>
        <dt>{t('report.facts.reviewQuestion')}</dt>
        <dd data-testid="report-review-question">{report.reviewQuestion || '—'}</dd>
        <dt>{t('report.facts.team')}</dt>
        <dd>
          <ul className="kijkje-plain-list">
            {[...lead, ...others].map((m) => (
              <li key={`${m.name}-${m.organisation}`}>
                {m.lead
                  ? t('report.facts.leadMember', { name: m.name, organisation: m.organisation })
                  : t('report.facts.member', { name: m.name, organisation: m.organisation })}
              </li>
            ))}
          </ul>
        </dd>
      </dl>
    </section>
  );
}

function Findings({ report }: { report: Report }) {
  const { t } = useTranslation();
  const groups = groupFindings(report.themes, report.findings);
  return (
    <section aria-labelledby="report-findings-heading">
      <Heading level={3} id="report-findings-heading">
        {t('report.document.findings')}
      </Heading>
      {groups.length === 0 && <Paragraph>{t('report.document.noFindings')}</Paragraph>}
      {groups.map((group) => (
        <Fragment key={group.theme}>
          <Heading level={4}>{group.theme}</Heading>
          {group.kinds.map((kind) => (
            <Fragment key={kind.kind}>
              <Heading level={5}>{t(`findings.kind.${kind.kind}`)}</Heading>
              <ul className="kijkje-report-findings">
                {kind.findings.map((finding) => (
                  <li key={finding.id}>
                    <Markdown source={finding.text} topHeadingLevel={6} />
                    <EvidenceView evidence={finding.evidence} />
                    {finding.tags.length > 0 && (
                      <Paragraph className="kijkje-finding-meta">{t('findings.tagsLine', { tags: finding.tags.join(', ') })}</Paragraph>
                    )}
                  </li>
                ))}
              </ul>
            </Fragment>
          ))}
        </Fragment>
      ))}
    </section>
  );
}

function Appendix({ report }: { report: Report }) {
  const { t } = useTranslation();
  const replies = repliesOf(report.themes, report.findings);
  return (
    <section aria-labelledby="report-appendix-heading" data-testid="report-appendix">
      <Heading level={3} id="report-appendix-heading">
        {t('report.document.appendix')}
      </Heading>
      <Heading level={4}>{t('report.document.hostComment')}</Heading>
      {report.hostComment.trim() ? <Markdown source={report.hostComment} topHeadingLevel={5} /> : <Paragraph>{t('report.document.noHostComment')}</Paragraph>}
      <Heading level={4}>{t('report.document.replies')}</Heading>
      {replies.length === 0 ? (
        <Paragraph>{t('report.document.noReplies')}</Paragraph>
      ) : (
        <ul className="kijkje-report-findings">
          {replies.map((finding) => (
            <li key={finding.id}>
              <Paragraph className="kijkje-finding-meta">
                {finding.theme} · {t(`findings.kind.${finding.kind}`)}
              </Paragraph>
              <blockquote className="kijkje-report-quote">
                <Markdown source={finding.text} topHeadingLevel={6} />
              </blockquote>
              <Paragraph>
                <strong>{t(`reply.kind.${finding.response!.kind}`)}</strong>
              </Paragraph>
              {finding.response!.text.trim() && <Markdown source={finding.response!.text} topHeadingLevel={6} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
