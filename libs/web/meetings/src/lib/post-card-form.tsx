import { useState, type FormEvent } from 'react';
import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { CARD_TEXT_MAX, cardTextMessages, checkCardText, MEETING_QUESTION_KINDS, meetingQuestions, type MeetingQuestionKind } from '@kijkje/domain';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, newIdempotencyKey, SelectField, TextareaField, toLang, useFormErrors, useOnline } from '@kijkje/web/ui';
import type { CardEntry } from './card-outbox';
import { useCardOutbox } from './use-card-outbox';
import { WaitingCards } from './waiting-cards';

type Result = 'posted' | 'kept' | 'unstored' | null;

/**
 * A card to one of the three questions, from a phone at the table. It goes through the outbox: on
 * a flaky network it waits in the browser (also across a reload) and is posted once the phone is
 * back online, with one idempotency key per card so that it is posted exactly once.
 */
export function PostCardForm({ tableId, userId }: { tableId: string; userId: string }) {
  const { t, i18n } = useTranslation();
  const lang = toLang(i18n.language);
  const online = useOnline();
  const [kind, setKind] = useState<MeetingQuestionKind>('STRENGTH');
  const [text, setText] = useState('');
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result>(null);
  const [sentLater, setSentLater] = useState('');
  const errors = useFormErrors();
  const outbox = useCardOutbox({ tableId, userId, onSent: (card) => setSentLater(t('meetings.table.waiting.sent', { text: card.text })) });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const checked = checkCardText(text);
    if (!errors.check('violation' in checked ? { text: cardTextMessages[checked.violation] } : {})) return;
    if (!('text' in checked)) return;
    const entry: CardEntry = { idempotencyKey, savedAt: new Date().toISOString(), tableId, kind, text: checked.text };
    setBusy(true);
    setResult(null);
    setSentLater('');
    const outcome = await outbox.submit(entry);
    setBusy(false);
    if (outcome.kind === 'refused') {
      errors.fail(outcome.error);
      return;
    }
    // Neither posted nor kept in this browser: the text stays in the form.
    if (outcome.kind === 'kept' && !outcome.stored) {
      setResult('unstored');
      return;
    }
    // The card may show on the table (live) before its answer is back: what was typed meanwhile is
    // the next card, and stays.
    setText((current) => (current === text ? '' : current));
    setIdempotencyKey(newIdempotencyKey());
    setResult(outcome.kind === 'kept' ? 'kept' : 'posted');
  };

  return (
    <>
      <div role="status">
        {!online && <Alert type="warning">{t('meetings.table.offline')}</Alert>}
        {result === 'posted' && <Paragraph>{t('meetings.table.posted')}</Paragraph>}
        {result === 'kept' && <Alert type="warning">{t('meetings.table.waiting.kept')}</Alert>}
        {result === 'unstored' && <Alert type="error">{t('meetings.table.waiting.unstored')}</Alert>}
        {sentLater && <Paragraph>{sentLater}</Paragraph>}
      </div>
      <form onSubmit={(e) => void submit(e)} noValidate className="kijkje-card-form">
        <ErrorAlert message={errors.general} />
        <SelectField
          id="card-kind"
          label={t('meetings.table.question')}
          value={kind}
          onChange={(v) => setKind(v as MeetingQuestionKind)}
          options={MEETING_QUESTION_KINDS.map((k) => ({ value: k, label: meetingQuestions[k][lang] }))}
        />
        <TextareaField
          id="card-text"
          label={t('meetings.table.text')}
          description={t('meetings.table.textHint')}
          value={text}
          onChange={(value) => {
            setText(value);
            setResult(null);
          }}
          maxLength={CARD_TEXT_MAX}
          rows={3}
          required
          error={errors.field('text')}
        />
        {/* Not disabled while sending (a second press is ignored): a disabled button would drop the focus. */}
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t('meetings.table.post')}
        </Button>
      </form>
      <WaitingCards entries={outbox.entries} onDiscard={outbox.discard} onRetry={() => void outbox.retry()} />
    </>
  );
}
