import { Fragment, useEffect, useId } from 'react';
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { FindingKind } from '@kijkje/web/data-access';
import { ErrorAlert, Markdown } from '@kijkje/web/ui';

export interface VersionShown {
  kind: FindingKind;
  theme: string;
  text: string;
  evidence: { source: string; quote: string; indicator: string };
  tags: string[];
}

/** One version of a finding, as the conflict view shows it beside the other. */
export function VersionView({ version }: { version: VersionShown }) {
  const { t } = useTranslation();
  return (
    <>
      <Paragraph className="kijkje-finding-meta">
        {t(`findings.kind.${version.kind}`)} · {version.theme}
      </Paragraph>
      <Markdown source={version.text} topHeadingLevel={6} />
      <EvidenceView evidence={version.evidence} />
      {version.tags.length > 0 && <Paragraph className="kijkje-finding-meta">{t('findings.tagsLine', { tags: version.tags.join(', ') })}</Paragraph>}
    </>
  );
}

export function EvidenceView({ evidence }: { evidence: { source: string; quote: string; indicator: string } }) {
  const { t } = useTranslation();
  const parts = (['source', 'quote', 'indicator'] as const).filter((part) => evidence[part].trim() !== '');
  if (parts.length === 0) return null;
  return (
    <dl className="kijkje-facts">
      {parts.map((part) => (
        <Fragment key={part}>
          <dt>{t(`findings.evidence.${part}`)}</dt>
          <dd>{part === 'quote' ? <q>{evidence.quote}</q> : evidence[part]}</dd>
        </Fragment>
      ))}
    </dl>
  );
}

/**
 * The conflict when the newer version can no longer be edited (it was shared meanwhile): both
 * versions stay readable, so nothing typed is lost from sight, but the only way on is the latest.
 */
export function ClosedConflict({
  mine,
  latest,
  latestMeta,
  busy,
  error,
  onTakeLatest,
}: {
  mine: VersionShown;
  latest: VersionShown;
  latestMeta: string;
  busy: boolean;
  error: string | null;
  onTakeLatest: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  useEffect(() => document.getElementById(`${id}-heading`)?.focus(), [id]);
  return (
    <div className="kijkje-conflict" data-testid="finding-conflict">
      <Heading level={4} id={`${id}-heading`} tabIndex={-1}>
        {t('findings.conflict.title')}
      </Heading>
      <Alert type="warning">
        <Paragraph>{t('findings.conflict.intro')}</Paragraph>
        <Paragraph>{t('findings.conflict.notEditable')}</Paragraph>
      </Alert>
      <div className="kijkje-versions">
        <section aria-labelledby={`${id}-mine`}>
          <Heading level={5} id={`${id}-mine`}>
            {t('findings.conflict.mine')}
          </Heading>
          <VersionView version={mine} />
        </section>
        <section aria-labelledby={`${id}-latest`}>
          <Heading level={5} id={`${id}-latest`}>
            {t('findings.conflict.latest')}
          </Heading>
          <Paragraph className="kijkje-finding-meta">{latestMeta}</Paragraph>
          <VersionView version={latest} />
        </section>
      </div>
      <ErrorAlert message={error} />
      <Button type="button" appearance="primary-action-button" busy={busy} disabled={busy} onClick={onTakeLatest}>
        {t('findings.conflict.takeLatest')}
      </Button>
    </div>
  );
}
