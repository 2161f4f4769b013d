import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ConflictView, formatDateTime, Markdown, useVersionedSave } from '@kijkje/web/ui';
import { useLatest, type Harvest } from './use-latest-harvest';

/** What a conflict shows of the draft as the server has it now: the part being edited, and when it was saved. */
export interface LatestPart<T> {
  part: T;
  updatedAt: string;
}

/**
 * Saves a change to the draft with the version it started from (the app's useVersionedSave). On
 * CONFLICT it fetches the draft as the server has it now, so that both versions can be shown and
 * nothing is lost. Saves send the draft's version as the page has it (`send(save, harvest.version)`):
 * quotes and flags move it too.
 */
export function useHarvestSave<T>(harvest: Harvest, read: (latest: Harvest) => T) {
  const latest = useLatest(harvest.id);
  return useVersionedSave<LatestPart<T>>(harvest.version, async () => {
    const fresh = await latest();
    return fresh ? { value: { part: read(fresh), updatedAt: fresh.updatedAt }, version: fresh.version } : null;
  });
}

/** Both versions of a part of the draft side by side, with the choice between them (the app's ConflictView). */
export function HarvestConflict({
  mine,
  theirs,
  updatedAt,
  busy,
  error,
  onKeepMine,
  onTakeLatest,
  markdown,
}: {
  mine: [string, string][];
  theirs: [string, string][];
  updatedAt: string;
  busy: boolean;
  error?: string | null;
  onKeepMine: () => void;
  onTakeLatest: () => void;
  markdown?: boolean;
}) {
  const { t, i18n } = useTranslation();
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
    <ConflictView
      testId="harvest-conflict"
      title={t('harvest.conflict.title')}
      intro={t('harvest.conflict.intro')}
      mineLabel={t('harvest.conflict.mine')}
      latestLabel={t('harvest.conflict.latest')}
      mine={show(mine)}
      latest={show(theirs)}
      latestMeta={<Paragraph className="kijkje-harvest-meta">{t('harvest.conflict.savedAt', { date: formatDateTime(updatedAt, i18n.language) })}</Paragraph>}
      keepMineLabel={t('harvest.conflict.keepMine')}
      takeLatestLabel={t('harvest.conflict.takeLatest')}
      busy={busy}
      error={error}
      onKeepMine={onKeepMine}
      onTakeLatest={onTakeLatest}
    />
  );
}
