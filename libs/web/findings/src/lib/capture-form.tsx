import { useState, type FormEvent } from 'react';
import { Alert, Button, Checkbox, FormField, FormFieldDescription, FormLabel, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { FindingFieldsFragment, FindingsBoardQuery } from '@kijkje/web/data-access';
import { checkDraft, EMPTY_DRAFT, FindingFields, type FindingDraft } from './finding-fields';
import { excerpt, parseTags } from './finding-labels';
import { ErrorAlert, useFormErrors, toLang, formatDateTime, newIdempotencyKey, Markdown } from '@kijkje/web/ui';
import type { OutboxEntry } from './outbox';
import { useOutbox } from './use-outbox';

type Visit = FindingsBoardQuery['visit'];
type Result = 'shared' | 'draft' | 'kept' | 'unstored' | null;

/**
 * A reviewer captures a finding. Each intended finding has its own idempotency key (a new one
 * once it is saved or kept), so a double click, a retry or a resend after the network came back
 * makes one finding.
 */
export function CaptureSection({ visit, userId, announce }: { visit: Visit; userId: string; announce: (text: string) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<FindingDraft>(EMPTY_DRAFT);
  const [share, setShare] = useState(true);
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result>(null);
  const errors = useFormErrors();
  const outbox = useOutbox({
    visitId: visit.id,
    userId,
    onSent: (finding: FindingFieldsFragment) => announce(t('findings.outbox.sent', { text: excerpt(finding.text) })),
  });

  const change = (patch: Partial<FindingDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setResult(null);
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || !errors.check(checkDraft(draft))) return;
    const entry: OutboxEntry = {
      idempotencyKey,
      visitId: visit.id,
      kind: draft.kind || 'STRENGTH',
      theme: draft.theme,
      text: draft.text,
      evidence: { source: draft.source.trim(), quote: draft.quote.trim(), indicator: draft.indicator.trim() },
      tags: parseTags(draft.tags),
      submit: share,
      savedAt: new Date().toISOString(),
    };
    setBusy(true);
    setResult(null);
    const outcome = await outbox.submit(entry);
    setBusy(false);
    if (outcome.kind === 'refused') {
      errors.fail(outcome.error);
      return;
    }
    if (outcome.kind === 'kept' && !outcome.stored) {
      // Neither sent nor kept in this browser: the text stays in the form.
      setResult('unstored');
      return;
    }
    // The theme stays: several findings often follow from one conversation. What was typed while
    // this one was being saved is the next finding: it stays.
    const sent = draft;
    setDraft((current) => (current === sent ? { ...EMPTY_DRAFT, theme: sent.theme } : current));
    setIdempotencyKey(newIdempotencyKey());
    setResult(outcome.kind === 'kept' ? 'kept' : share ? 'shared' : 'draft');
  };

  return (
    <>
      <section className="kijkje-section" aria-labelledby="capture-heading">
        <Heading level={2} id="capture-heading">
          {t('findings.form.title')}
        </Heading>
        <form className="kijkje-capture" noValidate onSubmit={onSubmit}>
          <ErrorAlert message={errors.general} />
          <FindingFields idPrefix="capture" draft={draft} onChange={change} themes={visit.programme.themes} error={errors.field} />
          <FormField
            type="checkbox"
            label={
              <FormLabel htmlFor="capture-share" type="checkbox">
                {t('findings.form.share')}
              </FormLabel>
            }
            description={<FormFieldDescription id="capture-share-description">{t('findings.form.shareDescription')}</FormFieldDescription>}
            input={
              <Checkbox id="capture-share" checked={share} aria-describedby="capture-share-description" onChange={(event) => setShare(event.target.checked)} />
            }
          />
          <div role="status">
            {result === 'shared' && <Alert type="ok">{t('findings.form.savedShared')}</Alert>}
            {result === 'draft' && <Alert type="ok">{t('findings.form.savedDraft')}</Alert>}
            {result === 'kept' && <Alert type="warning">{t('findings.outbox.kept')}</Alert>}
            {result === 'unstored' && <Alert type="error">{t('findings.outbox.unstored')}</Alert>}
          </div>
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
            {t('findings.form.submit')}
          </Button>
        </form>
      </section>
      <Outbox entries={outbox.entries} onDiscard={outbox.discard} onRetry={() => void outbox.retry()} />
    </>
  );
}

function Outbox({ entries, onDiscard, onRetry }: { entries: OutboxEntry[]; onDiscard: (key: string) => void; onRetry: () => void }) {
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
