import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { meetingQuestions } from '@kijkje/domain';
import { useTranslation } from 'react-i18next';
import { toLang } from '@kijkje/web/ui';
import type { CardEntry } from './card-outbox';

/** The cards this phone still keeps to send, right under the form that made them. */
export function WaitingCards({ entries, onDiscard, onRetry }: { entries: CardEntry[]; onDiscard: (key: string) => void; onRetry: () => void }) {
  const { t, i18n } = useTranslation();
  if (entries.length === 0) return null;
  const lang = toLang(i18n.language);
  return (
    <section className="kijkje-section" aria-labelledby="waiting-cards-heading">
      <Heading level={2} id="waiting-cards-heading">
        {t('meetings.table.waiting.title', { count: entries.length })}
      </Heading>
      <Paragraph>{t('meetings.table.waiting.intro')}</Paragraph>
      {entries.some((entry) => !entry.refused) && (
        <Button type="button" appearance="secondary-action-button" onClick={onRetry}>
          {t('meetings.table.waiting.retry')}
        </Button>
      )}
      <ul className="kijkje-cards" data-testid="waiting-cards">
        {entries.map((entry) => (
          <li key={entry.idempotencyKey} className="kijkje-card kijkje-card--waiting">
            <p className="kijkje-card-text">{entry.text}</p>
            <p className="kijkje-card-meta">
              <strong>
                {entry.refused
                  ? t('meetings.table.waiting.refused', { reason: entry.refused[lang] || t('common.errorGeneric') })
                  : t('meetings.table.waiting.pending')}
              </strong>
              {` · ${meetingQuestions[entry.kind][lang]}`}
            </p>
            {entry.refused && (
              <Button type="button" appearance="secondary-action-button" hint="danger" onClick={() => onDiscard(entry.idempotencyKey)}>
                {t('meetings.table.waiting.discard')}
              </Button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
