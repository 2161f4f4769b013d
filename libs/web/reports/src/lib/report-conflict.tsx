import { useEffect, useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { VisitReportDocument, type VisitReportQuery } from '@kijkje/web/data-access';
import { ErrorAlert, useFormErrors, readApiError, Markdown } from '@kijkje/web/ui';

/** A text of the report as the server has it now, with the version to save over it. */
export interface LatestText {
  text: string;
  version: number;
}

/**
 * Saves one text of the report (the lead's summary, the host's comment) with the version the
 * writer started from. On CONFLICT it fetches the report as it is now and keeps that text in
 * `conflict`, so that both can be shown and the writer chooses (REL-02).
 */
export function useVersionedReportText(visitId: string, version: number, read: (latest: VisitReportQuery['visitReport']) => string) {
  const client = useApolloClient();
  const errors = useFormErrors();
  const [baseVersion, setBaseVersion] = useState(version);
  const [conflict, setConflict] = useState<LatestText | null>(null);

  /** Sends `save` with `from`; true when it was saved. `save` answers the report's new version. */
  const send = async (from: number, save: (version: number) => Promise<number | undefined>): Promise<boolean> => {
    try {
      const saved = await save(from);
      setBaseVersion(saved ?? from + 1);
      setConflict(null);
      return true;
    } catch (error) {
      if (readApiError(error, 'nl').code === 'CONFLICT') {
        const fresh = await client.query({ query: VisitReportDocument, variables: { visitId, revision: null }, fetchPolicy: 'network-only' }).catch(() => null);
        const latest = fresh?.data?.visitReport;
        if (latest) {
          setConflict({ text: read(latest), version: latest.version });
          return false;
        }
      }
      errors.fail(error);
      return false;
    }
  };

  /** Goes on from the server's text: returns it, and the next save starts from its version. */
  const takeLatest = (): string | null => {
    if (!conflict) return null;
    setBaseVersion(conflict.version);
    setConflict(null);
    return conflict.text;
  };

  return { baseVersion, conflict, errors, send, takeLatest };
}

/**
 * Both versions of a report text side by side, with the choice between them. The focus goes to
 * the heading that explains why the form gave way. `texts` names the translation keys
 * (title, intro, mine, latest, keepMine, takeLatest and, optionally, latestEmpty).
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
  useEffect(() => document.getElementById(`${id}-heading`)?.focus(), [id]);
  const empty = `${texts}.latestEmpty`;
  return (
    <div className="kijkje-conflict" data-testid={id}>
      <Heading level={3} id={`${id}-heading`} tabIndex={-1}>
        {t(`${texts}.title`)}
      </Heading>
      <Alert type="warning">
        <Paragraph>{t(`${texts}.intro`)}</Paragraph>
      </Alert>
      <div className="kijkje-versions">
        <section aria-labelledby={`${id}-mine`}>
          <Heading level={4} id={`${id}-mine`}>
            {t(`${texts}.mine`)}
          </Heading>
          <Markdown source={mine} topHeadingLevel={5} />
        </section>
        <section aria-labelledby={`${id}-latest`}>
          <Heading level={4} id={`${id}-latest`}>
            {t(`${texts}.latest`)}
          </Heading>
          {!latest.trim() && i18n.exists(empty) ? <Paragraph>{t(empty)}</Paragraph> : <Markdown source={latest} topHeadingLevel={5} />}
        </section>
      </div>
      <ErrorAlert message={error} />
      <div className="kijkje-actions">
        <Button type="button" appearance="primary-action-button" busy={busy} disabled={busy} onClick={onKeepMine}>
          {t(`${texts}.keepMine`)}
        </Button>
        <Button type="button" appearance="secondary-action-button" disabled={busy} onClick={onTakeLatest}>
          {t(`${texts}.takeLatest`)}
        </Button>
      </div>
    </div>
  );
}
