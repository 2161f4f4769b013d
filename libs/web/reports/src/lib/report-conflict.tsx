import { useApolloClient } from '@apollo/client/react';
import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { VisitReportDocument, type VisitReportQuery } from '@kijkje/web/data-access';
import { ConflictView, Markdown, useVersionedSave } from '@kijkje/web/ui';

/**
 * Saves one text of the report (the lead's summary, the host's comment) with the version the
 * writer started from; on CONFLICT the report's text as it is now comes into `conflict`.
 */
export function useVersionedReportText(visitId: string, version: number, read: (latest: VisitReportQuery['visitReport']) => string) {
  const client = useApolloClient();
  return useVersionedSave<string>(version, async () => {
    const fresh = await client.query({ query: VisitReportDocument, variables: { visitId, revision: null }, fetchPolicy: 'network-only' });
    const latest = fresh.data?.visitReport;
    return latest ? { value: read(latest), version: latest.version } : null;
  });
}

/**
 * Both versions of a report text side by side, with the choice between them. `texts` names the
 * translation keys (title, intro, mine, latest, keepMine, takeLatest and, optionally, latestEmpty).
 */
export function TextConflict({
  id,
  texts,
  mine,
  latest,
  busy,
  error,
  onKeepMine,
  onTakeLatest,
}: {
  id: string;
  texts: 'report.conflict' | 'report.comment.conflict';
  mine: string;
  latest: string;
  busy: boolean;
  error: string | null;
  onKeepMine: () => void;
  onTakeLatest: () => void;
}) {
  const { t, i18n } = useTranslation();
  const empty = `${texts}.latestEmpty`;
  return (
    <ConflictView
      testId={id}
      title={t(`${texts}.title`)}
      intro={t(`${texts}.intro`)}
      mineLabel={t(`${texts}.mine`)}
      latestLabel={t(`${texts}.latest`)}
      mine={<Markdown source={mine} topHeadingLevel={5} />}
      latest={!latest.trim() && i18n.exists(empty) ? <Paragraph>{t(empty)}</Paragraph> : <Markdown source={latest} topHeadingLevel={5} />}
      keepMineLabel={t(`${texts}.keepMine`)}
      takeLatestLabel={t(`${texts}.takeLatest`)}
      busy={busy}
      error={error}
      onKeepMine={onKeepMine}
      onTakeLatest={onTakeLatest}
    />
  );
}
