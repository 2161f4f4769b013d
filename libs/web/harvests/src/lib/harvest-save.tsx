import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useFormErrors, formatDateTime, Markdown } from '@kijkje/web/ui';
import { isConflict, useLatest, type Harvest } from './use-latest-harvest';

/**
 * Saves a change to the draft with the version it started from. On CONFLICT it fetches the draft
 * as the server has it now into `conflict`, so that both versions can be shown and nothing is lost.
 */
export function useVersionedSave(harvestId: string, send: (version: number) => Promise<unknown>, onSaved: () => void) {
  const errors = useFormErrors();
  const latest = useLatest(harvestId);
  const [conflict, setConflict] = useState<Harvest | null>(null);
  const save = async (version: number) => {
    errors.clear();
    try {
      await send(version);
      setConflict(null);
      onSaved();
    } catch (error) {
      if (isConflict(error)) setConflict(await latest());
      else errors.fail(error);
    }
  };
  return { save, conflict, setConflict, errors };
}

export function ConflictView({
  mine,
  theirs,
  updatedAt,
  busy,
  onKeepMine,
  onTakeLatest,
  markdown,
}: {
  mine: [string, string][];
  theirs: [string, string][];
  updatedAt: string;
  busy: boolean;
  onKeepMine: () => void;
  onTakeLatest: () => void;
  markdown?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const show = (rows: [string, string][]) =>
    markdown ? (
      <Markdown source={rows[0][1]} topHeadingLevel={5} />
    ) : (
      <dl className="kijkje-facts">
        {rows.map(([label, value]) => (
          <div key={label} className="kijkje-facts-pair">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    );
  return (
    <div className="kijkje-conflict" data-testid="harvest-conflict">
      <div ref={ref} tabIndex={-1}>
        <Alert type="warning">
          <Paragraph>{t('harvest.conflict.intro')}</Paragraph>
        </Alert>
      </div>
      <div className="kijkje-versions">
        <section aria-label={t('harvest.conflict.mine')}>
          <Heading level={4}>{t('harvest.conflict.mine')}</Heading>
          {show(mine)}
        </section>
        <section aria-label={t('harvest.conflict.latest')}>
          <Heading level={4}>{t('harvest.conflict.latest')}</Heading>
          <Paragraph className="kijkje-harvest-meta">{t('harvest.conflict.savedAt', { date: formatDateTime(updatedAt, i18n.language) })}</Paragraph>
          {show(theirs)}
        </section>
      </div>
      <div className="kijkje-actions">
        <Button type="button" appearance="primary-action-button" busy={busy} disabled={busy} onClick={onKeepMine}>
          {t('harvest.conflict.keepMine')}
        </Button>
        <Button type="button" appearance="secondary-action-button" disabled={busy} onClick={onTakeLatest}>
          {t('harvest.conflict.takeLatest')}
        </Button>
      </div>
    </div>
  );
}
