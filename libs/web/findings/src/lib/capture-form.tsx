import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { Alert, Button, Checkbox, FormField, FormLabel, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { FindingFieldsFragment, FindingsBoardQuery } from '@kijkje/web/data-access';
import { ErrorAlert, useFormErrors, newIdempotencyKey } from '@kijkje/web/ui';
import { CaptureFields, EVIDENCE_FIELDS } from './capture-fields';
import { checkDraft, EMPTY_DRAFT, type FindingDraft } from './finding-fields';
import { excerpt, parseTags } from './finding-labels';
import type { OutboxEntry } from './outbox';
import { Outbox } from './outbox-list';
import { useOutbox } from './use-outbox';
import { isWideScreen } from './wide-screen';
import './capture.css';

type Visit = FindingsBoardQuery['visit'];
type Result = 'shared' | 'draft' | 'kept' | 'unstored' | null;

/**
 * A reviewer captures a finding, beside the board. Each intended finding has its own idempotency
 * key (a new one once it is saved or kept), so a double click, a retry or a resend after the
 * network came back makes one finding.
 */
export function CaptureSection({ visit, userId, announce }: { visit: Visit; userId: string; announce: (text: string) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<FindingDraft>(EMPTY_DRAFT);
  const [share, setShare] = useState(true);
  const [evidenceOpen, setEvidenceOpen] = useState(false);
  const [open, setOpen] = useState(true);
  const toggle = useRef<HTMLButtonElement>(null);
  // The draft as it is now, also after the await in onSubmit: was the next finding begun meanwhile?
  const latestDraft = useRef(draft);
  latestDraft.current = draft;
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result>(null);
  const errors = useFormErrors();
  const outbox = useOutbox({
    visitId: visit.id,
    userId,
    onSent: (finding: FindingFieldsFragment) => announce(t('findings.outbox.sent', { text: excerpt(finding.text) })),
  });

  // A source, quote or label the server refused must be seen: the folded part opens.
  const evidenceError = EVIDENCE_FIELDS.some((field) => errors.field(field) !== null);
  useEffect(() => {
    if (evidenceError) setEvidenceOpen(true);
  }, [evidenceError]);

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
    const untouched = latestDraft.current === sent;
    setDraft((current) => (current === sent ? { ...EMPTY_DRAFT, theme: sent.theme } : current));
    if (untouched) setEvidenceOpen(false);
    setIdempotencyKey(newIdempotencyKey());
    setResult(outcome.kind === 'kept' ? 'kept' : share ? 'shared' : 'draft');
    // On a phone the form folds away after a save, so the board (and the new finding) is in view;
    // the focus goes to the button that opens it again. Beside the board it stays open.
    if (untouched && !isWideScreen()) {
      setOpen(false);
      toggle.current?.focus();
    }
  };

  // Ctrl+Enter (⌘+Enter) saves from any field: no tabbing past the folded evidence to the button.
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      event.currentTarget.requestSubmit();
    }
  };

  return (
    <>
      <section className="kijkje-capture-panel" aria-labelledby="capture-heading">
        <Heading level={2} id="capture-heading">
          <button
            ref={toggle}
            type="button"
            className="kijkje-capture-toggle"
            aria-expanded={open}
            aria-controls="capture-form"
            onClick={() => setOpen((current) => !current)}
          >
            {t('findings.form.title')}
          </button>
        </Heading>
        <div role="status">
          {result === 'shared' && <Paragraph className="kijkje-capture-result">{t('findings.form.savedShared')}</Paragraph>}
          {result === 'draft' && <Paragraph className="kijkje-capture-result">{t('findings.form.savedDraft')}</Paragraph>}
          {result === 'kept' && <Alert type="warning">{t('findings.outbox.kept')}</Alert>}
          {result === 'unstored' && <Alert type="error">{t('findings.outbox.unstored')}</Alert>}
        </div>
        <form id="capture-form" className="kijkje-capture" hidden={!open} noValidate onSubmit={onSubmit} onKeyDown={onKeyDown}>
          <ErrorAlert message={errors.general} />
          <CaptureFields
            draft={draft}
            onChange={change}
            themes={visit.programme.themes}
            error={errors.field}
            evidenceOpen={evidenceOpen}
            onEvidenceToggle={setEvidenceOpen}
          />
          <div className="kijkje-capture-submit">
            <FormField
              type="checkbox"
              label={
                <FormLabel htmlFor="capture-share" type="checkbox">
                  {t('findings.form.share')}
                </FormLabel>
              }
              input={<Checkbox id="capture-share" checked={share} onChange={(event) => setShare(event.target.checked)} />}
            />
            {/* Not disabled while saving (onSubmit ignores a second press): a disabled button would drop the focus. */}
            <Button type="submit" appearance="primary-action-button" busy={busy}>
              {t('findings.form.submit')}
            </Button>
          </div>
          {!share && <Paragraph className="kijkje-finding-meta">{t('findings.form.shareDescription')}</Paragraph>}
        </form>
      </section>
      <Outbox entries={outbox.entries} onDiscard={outbox.discard} onRetry={() => void outbox.retry()} />
    </>
  );
}
