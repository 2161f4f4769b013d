import { Heading, Paragraph } from '@utrecht/component-library-react';
import { findingKindLabels, visitKindLabels, type FindingKind } from '@kijkje/domain';
import type { OrganisationTimelineQuery } from '@kijkje/web/data-access';
import { formatDate, RouterLink, toLang } from '@kijkje/web/ui';
import { useTranslation } from 'react-i18next';

export type TimelineVisit = OrganisationTimelineQuery['organisationTimeline']['visits'][number];

/**
 * One visit on the timeline: four columns side by side (on a phone one under the other), read from
 * then to now: the preparation, the findings, the actions taken, the progress reviews.
 */
export function TimelineVisitItem({ visit }: { visit: TimelineVisit }) {
  const { t, i18n } = useTranslation();
  const lang = toLang(i18n.language);
  const headingId = `timeline-${visit.visitId}`;
  const empty = <Paragraph>{t('timeline.empty')}</Paragraph>;
  return (
    <li className="kijkje-timeline-visit" aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        {visit.startsOn ? formatDate(visit.startsOn, i18n.language) : t('timeline.noDate')}:{' '}
        {visit.kind === 'FOLLOW_UP' ? `${visitKindLabels.FOLLOW_UP[lang]}, ` : ''}
        {visit.programme}, {visit.round}
      </Heading>
      <Paragraph>
        {t(`timeline.status.${visit.status}`)} · <RouterLink to={`/bezoeken/${visit.visitId}/verbeterplan`}>{t('timeline.planLink')}</RouterLink>
      </Paragraph>
      <div className="kijkje-timeline-columns">
        <section aria-label={t('timeline.preparation')}>
          <Heading level={3}>{t('timeline.preparation')}</Heading>
          {visit.fotoVanNu !== null ? (
            <dl>
              <dt>{t('timeline.fotoVanNu')}</dt>
              <dd>{visit.fotoVanNu || t('timeline.notFilled')}</dd>
              <dt>{t('timeline.stip')}</dt>
              <dd>{visit.stipAanDeHorizon || t('timeline.notFilled')}</dd>
            </dl>
          ) : (
            <Paragraph>{t('timeline.figuresOnly')}</Paragraph>
          )}
        </section>
        <section aria-label={t('timeline.findings')}>
          <Heading level={3}>{t('timeline.findings')}</Heading>
          {visit.findings ? (
            <ul>
              {visit.findings.map((f) => (
                <li key={f.kind}>
                  {findingKindLabels[f.kind as FindingKind][lang]}: {f.count}
                </li>
              ))}
            </ul>
          ) : (
            empty
          )}
        </section>
        <section aria-label={t('timeline.actions')}>
          <Heading level={3}>{t('timeline.actions')}</Heading>
          <Paragraph>{visit.actionCounts.map((c) => `${t(`actionPlan.status.${c.status}`)}: ${c.count}`).join(' · ')}</Paragraph>
          {visit.actions && visit.actions.length > 0 && (
            <ul>
              {visit.actions.map((a, i) => (
                <li key={i}>
                  {a.title} ({t(`actionPlan.status.${a.status}`)}
                  {a.dueOn ? `, ${t('timeline.due', { date: formatDate(a.dueOn, i18n.language) })}` : ''})
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-label={t('timeline.reviews')}>
          <Heading level={3}>{t('timeline.reviews')}</Heading>
          {visit.reviews.length === 0
            ? empty
            : visit.reviews.map((r) => (
                <div key={r.months}>
                  <Paragraph>
                    <strong>{t('progress.moment', { count: r.months })}</strong> (
                    {t('timeline.submittedOn', { date: formatDate(r.submittedAt, i18n.language) })})
                  </Paragraph>
                  {r.fotoVanNu !== null && <Paragraph>{r.fotoVanNu}</Paragraph>}
                </div>
              ))}
        </section>
      </div>
    </li>
  );
}
