import { Fragment } from 'react';
import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { knownFindingTotal } from '@kijkje/domain';
import type { FindingsBoardQuery } from '@kijkje/web/data-access';
import { formatDateTime, formatNumber } from '@kijkje/web/ui';
import { useConnection } from './use-live-findings';

type Visit = FindingsBoardQuery['visit'];

/** Offline, or whether the board follows changes live: one short line above the board. */
export function ConnectionNotice({ canCapture }: { canCapture: boolean }) {
  const { t } = useTranslation();
  const { online, live } = useConnection();
  return (
    <div data-testid="live-state" data-state={live}>
      <div role="status">
        {!online && <Alert type="warning">{canCapture ? t('findings.connection.offlineCapture') : t('findings.connection.offline')}</Alert>}
      </div>
      {online && (
        <Paragraph className="kijkje-finding-meta">
          {live === 'connected'
            ? t('findings.connection.live')
            : live === 'reconnecting'
              ? t('findings.connection.reconnecting')
              : t('findings.connection.connecting')}
        </Paragraph>
      )}
    </div>
  );
}

/** The figures of the visit: what has been submitted, shared, finalised and released. */
export function Counts({ visit }: { visit: Visit }) {
  const { t, i18n } = useTranslation();
  const counts = visit.findingCounts;
  if (!counts) return null;
  const lang = i18n.language;
  return (
    <section className="kijkje-section" aria-labelledby="counts-heading">
      <Heading level={2} id="counts-heading">
        {t('findings.counts.title')}
      </Heading>
      <dl className="kijkje-facts" data-testid="finding-counts">
        <dt>{t('findings.counts.total')}</dt>
        <dd data-testid="count-total">{formatNumber(knownFindingTotal(counts), lang)}</dd>
        {(['submitted', 'shared', 'final', 'released'] as const).map((figure) =>
          // A figure the viewer may not know (the host: what the team has not shared) is not shown at all.
          counts[figure] === null ? null : (
            <Fragment key={figure}>
              <dt>{t(`findings.counts.${figure}`)}</dt>
              <dd data-testid={`count-${figure}`}>{formatNumber(counts[figure], lang)}</dd>
            </Fragment>
          ),
        )}
      </dl>
      <Paragraph>{t('findings.counts.noDrafts')}</Paragraph>
    </section>
  );
}

/** The coordinator reads only what the host released: said above the board, before it looks half empty. */
export function CoordinatorNote({ visit }: { visit: Visit }) {
  const { t, i18n } = useTranslation();
  const counts = visit.findingCounts;
  if (!counts) return null;
  const lang = i18n.language;
  return (
    <Alert type="info">
      <Paragraph>
        {t('findings.counts.coordinator', { released: formatNumber(counts.released ?? 0, lang), total: formatNumber(knownFindingTotal(counts), lang) })}
      </Paragraph>
    </Alert>
  );
}

export function ReplyPeriod({ visit }: { visit: Visit }) {
  const { t, i18n } = useTranslation();
  if (!visit.replyDeadline) return <Paragraph>{t('reply.notShared')}</Paragraph>;
  const open = new Date(visit.replyDeadline).getTime() > Date.now();
  return (
    <Alert type={open ? 'info' : 'warning'}>
      <Paragraph data-testid="reply-deadline">
        {open
          ? t('reply.deadline', { date: formatDateTime(visit.replyDeadline, i18n.language) })
          : t('reply.deadlinePassed', { date: formatDateTime(visit.replyDeadline, i18n.language) })}
      </Paragraph>
    </Alert>
  );
}
