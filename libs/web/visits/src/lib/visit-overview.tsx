import { Heading } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { RouterLink, formatDateTime, formatNumber } from '@kijkje/web/ui';
import { calendarHref, formatVisitTime } from './visit-labels';
import type { VisitData } from './visit-page';

/** The facts of a visit: host, programme, round, date, place, status and the findings so far. */
export function VisitOverview({ visit }: { visit: VisitData }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const counts = visit.findingCounts;
  return (
    <section className="kijkje-section" aria-labelledby="overview-heading">
      <Heading level={2} id="overview-heading" tabIndex={-1}>
        {t('visits.overview')}
      </Heading>
      <dl className="kijkje-facts">
        <dt>{t('visits.facts.host')}</dt>
        <dd>{visit.hostOrganisation.name}</dd>
        <dt>{t('visits.facts.programme')}</dt>
        <dd>
          <RouterLink to={`/programmas/${visit.programme.id}`}>{visit.programme.name}</RouterLink>
        </dd>
        <dt>{t('visits.facts.round')}</dt>
        <dd>{visit.round.name}</dd>
        <dt>{t('visits.facts.reviewQuestion')}</dt>
        <dd data-testid="visit-review-question">
          {visit.reviewQuestion}
          {visit.reviewQuestionRefined && <span className="kijkje-review-question-note">{t('visits.facts.reviewQuestionRefined')}</span>}
        </dd>
        <dt>{t('visits.facts.date')}</dt>
        <dd>
          {formatVisitTime(visit, lang) || t('visits.facts.noDate')}
          {visit.startsOn && (
            <>
              {' '}
              <a className="utrecht-link utrecht-link--html-a" href={calendarHref(visit.id, lang)} download data-testid="add-to-calendar">
                {t('visits.facts.addToCalendar')}
              </a>
            </>
          )}
        </dd>
        <dt>{t('visits.facts.location')}</dt>
        <dd>{visit.location || t('visits.facts.noLocation')}</dd>
        <dt>{t('visits.facts.status')}</dt>
        <dd data-testid="visit-status">{t(`visits.status.${visit.status}`)}</dd>
        {visit.deadlines.preparationDue && (
          <>
            <dt>{t('visits.facts.preparationDue')}</dt>
            <dd data-testid="preparation-due">
              {formatDateTime(visit.deadlines.preparationDue, lang)}
              {visit.deadlines.preparationDueOwn && ` ${t('visits.facts.ownDate')}`}
            </dd>
          </>
        )}
        {visit.deadlines.reportDue && (
          <>
            <dt>{t('visits.facts.reportDue')}</dt>
            <dd data-testid="report-due">
              {formatDateTime(visit.deadlines.reportDue, lang)}
              {visit.deadlines.reportDueOwn && ` ${t('visits.facts.ownDate')}`}
            </dd>
          </>
        )}
        {visit.replyDeadline && (
          <>
            <dt>{t('visits.facts.replyDeadline')}</dt>
            <dd>{formatDateTime(visit.replyDeadline, lang)}</dd>
          </>
        )}
        {counts && (
          <>
            <dt>{t('visits.facts.progress')}</dt>
            <dd data-testid="visit-progress">
              {t(counts.submitted === null ? 'visits.progressShared' : 'visits.progress', {
                submitted: formatNumber(counts.submitted ?? 0, lang),
                shared: formatNumber(counts.shared ?? 0, lang),
                final: formatNumber(counts.final ?? 0, lang),
                released: formatNumber(counts.released ?? 0, lang),
              })}
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}
