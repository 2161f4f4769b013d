import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { toLang, formatDateTime, Markdown } from '@kijkje/web/ui';
import type { OutboxEntry } from './outbox';

/** What this browser still keeps to send (REL-08), right under the form that made it. */
export function Outbox({ entries, onDiscard, onRetry }: { entries: OutboxEntry[]; onDiscard: (key: string) => void; onRetry: () => void }) {
  const { t, i18n } = useTranslation();
  if (entries.length === 0) return null;
  const lang = toLang(i18n.language);
  const waiting = entries.some((entry) => !entry.refused);
  return (
    <section className="kijkje-section" aria-labelledby="outbox-heading">
      <Heading level={2} id="outbox-heading">
        {t('findings.outbox.title', { count: entries.length })}
      </Heading>
      <Paragraph>{t('findings.outbox.intro')}</Paragraph>
      {waiting && (
        <Button type="button" appearance="secondary-action-button" onClick={onRetry}>
          {t('findings.outbox.retry')}
        </Button>
      )}
      <ul className="kijkje-findings" data-testid="outbox">
        {entries.map((entry) => (
          <li key={entry.idempotencyKey}>
            <article
              className="kijkje-finding kijkje-finding--pending"
              aria-label={t('findings.outbox.cardLabel', { kind: t(`findings.kind.${entry.kind}`), theme: entry.theme })}
            >
              <Paragraph className="kijkje-finding-meta">
                <strong>
                  {entry.refused ? t('findings.outbox.refused', { reason: entry.refused[lang] || t('common.errorGeneric') }) : t('findings.outbox.pending')}
                </strong>
              </Paragraph>
              <Paragraph className="kijkje-finding-meta">
                {t('findings.outbox.meta', { kind: t(`findings.kind.${entry.kind}`), theme: entry.theme, date: formatDateTime(entry.savedAt, i18n.language) })}
              </Paragraph>
              <Markdown source={entry.text} />
              {entry.refused && (
                <Button type="button" appearance="secondary-action-button" hint="danger" onClick={() => onDiscard(entry.idempotencyKey)}>
                  {t('findings.outbox.discard')}
                </Button>
              )}
            </article>
          </li>
        ))}
      </ul>
    </section>
  );
}
