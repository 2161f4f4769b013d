import { useEffect, useRef, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { AddHarvestQuoteDocument, RemoveHarvestQuoteDocument, UpdateHarvestQuoteDocument } from '@kijkje/web/data-access';
import { TextareaField, VisuallyHidden, ErrorAlert, useFormErrors, ActionError } from '@kijkje/web/ui';
import { QuoteFlags } from './quote-flags';
import { ConflictView, useVersionedSave } from './harvest-save';
import { isConflict, useLatest, type Harvest } from './use-latest-harvest';

type Announce = (message: string) => void;

export function QuotesSection({ harvest, onDone }: { harvest: Harvest; onDone: Announce }) {
  const { t } = useTranslation();
  const [add, adding] = useMutation(AddHarvestQuoteDocument);
  const [remove, removing] = useMutation(RemoveHarvestQuoteDocument);
  const [editing, setEditing] = useState<string | null>(null);
  // When the quote editor closes (saved, cancelled, or a conflict settled), the focus goes back to
  // the button that opened it; if that quote is gone meanwhile, to the list's heading.
  const [returnFocus, setReturnFocus] = useState<string | null>(null);
  useEffect(() => {
    if (returnFocus === null || editing !== null) return;
    (document.getElementById(editButtonId(returnFocus)) ?? quotesHeading.current)?.focus();
    setReturnFocus(null);
  }, [returnFocus, editing]);
  const errors = useFormErrors();
  const latest = useLatest(harvest.id);
  const quotesHeading = useRef<HTMLHeadingElement>(null);
  const busy = adding.loading || removing.loading;

  // A decision on a flagged word is a single action too: take the latest draft and say so.
  const settleConflict = async () => {
    await latest();
    onDone(t('harvest.quotes.changedElsewhere'));
  };

  const run = async (action: () => Promise<unknown>, done: string) => {
    errors.clear();
    try {
      await action();
      onDone(done);
      quotesHeading.current?.focus();
    } catch (error) {
      if (isConflict(error)) {
        // Quotes are single actions: take the latest draft and say so; the coordinator acts again.
        await latest();
        onDone(t('harvest.quotes.changedElsewhere'));
      } else errors.fail(error);
    }
  };

  return (
    <section className="kijkje-section" aria-labelledby="harvest-quotes-heading">
      <Heading level={2} id="harvest-quotes-heading">
        {t('harvest.quotes.title')}
      </Heading>
      <Paragraph>{t('harvest.quotes.intro')}</Paragraph>
      <ActionError errors={errors} />
      <Heading level={3} id="harvest-chosen-heading" ref={quotesHeading} tabIndex={-1}>
        {t('harvest.quotes.chosen', { count: harvest.quotes.length })}
      </Heading>
      {harvest.quotes.length === 0 ? (
        <Paragraph>{t('harvest.quotes.noneChosen')}</Paragraph>
      ) : (
        <ol className="kijkje-quotes" aria-labelledby="harvest-chosen-heading" data-testid="harvest-quotes">
          {harvest.quotes.map((quote, index) => (
            <li key={quote.findingId} data-finding-id={quote.findingId}>
              <Paragraph className="kijkje-harvest-meta">
                {t('harvest.quotes.number', { n: index + 1 })} · {quote.kind ? t(`findings.kind.${quote.kind}`) : ''} · {quote.theme ?? ''}
              </Paragraph>
              {editing === quote.findingId ? (
                <QuoteEditor
                  harvest={harvest}
                  quote={quote}
                  index={index}
                  onDone={(message) => {
                    setEditing(null);
                    setReturnFocus(quote.findingId);
                    if (message) onDone(message);
                  }}
                />
              ) : (
                <>
                  <blockquote className="kijkje-quote">
                    <Paragraph>{quote.text}</Paragraph>
                  </blockquote>
                  {quote.consent === null && <Alert type="warning">{t('harvest.quotes.withdrawn')}</Alert>}
                  {quote.remainingNames.length > 0 && (
                    <Alert type="warning">{t('harvest.quotes.remainingNames', { names: quote.remainingNames.join(', ') })}</Alert>
                  )}
                  <QuoteFlags harvest={harvest} quote={quote} index={index} onDone={onDone} onConflict={settleConflict} />
                  <div className="kijkje-actions">
                    <Button
                      id={editButtonId(quote.findingId)}
                      type="button"
                      appearance="secondary-action-button"
                      disabled={busy}
                      onClick={() => setEditing(quote.findingId)}
                    >
                      {t('harvest.quotes.edit')}
                      <VisuallyHidden> {t('harvest.quotes.number', { n: index + 1 })}</VisuallyHidden>
                    </Button>
                    <Button
                      type="button"
                      appearance="secondary-action-button"
                      hint="danger"
                      disabled={busy}
                      onClick={() =>
                        void run(
                          () => remove({ variables: { input: { harvestId: harvest.id, findingId: quote.findingId, version: harvest.version } } }),
                          t('harvest.quotes.removed'),
                        )
                      }
                    >
                      {t('harvest.quotes.remove')}
                      <VisuallyHidden> {t('harvest.quotes.number', { n: index + 1 })}</VisuallyHidden>
                    </Button>
                  </div>
                </>
              )}
            </li>
          ))}
        </ol>
      )}
      <Heading level={3} id="harvest-candidates-heading">
        {t('harvest.quotes.candidates', { count: harvest.candidates.length })}
      </Heading>
      <Paragraph>{t('harvest.quotes.candidatesIntro')}</Paragraph>
      {harvest.candidates.length === 0 ? (
        <Paragraph>{t('harvest.quotes.noCandidates')}</Paragraph>
      ) : (
        <ul className="kijkje-quotes" aria-labelledby="harvest-candidates-heading" data-testid="harvest-candidates">
          {harvest.candidates.map((candidate, index) => (
            <li key={candidate.findingId} data-finding-id={candidate.findingId}>
              <Paragraph className="kijkje-harvest-meta">
                {t(`findings.kind.${candidate.kind}`)} · {candidate.theme} ·{' '}
                {t('harvest.quotes.consent', { level: t(`programmes.sharing.${candidate.consent}`) })}
              </Paragraph>
              <blockquote className="kijkje-quote">
                <Paragraph>{candidate.preview}</Paragraph>
              </blockquote>
              <Button
                type="button"
                appearance="secondary-action-button"
                disabled={busy}
                onClick={() =>
                  void run(
                    () => add({ variables: { input: { harvestId: harvest.id, findingId: candidate.findingId, version: harvest.version } } }),
                    t('harvest.quotes.added'),
                  )
                }
              >
                {t('harvest.quotes.add')}
                <VisuallyHidden> {t('harvest.quotes.candidate', { n: index + 1 })}</VisuallyHidden>
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

const editButtonId = (findingId: string) => `harvest-quote-edit-${findingId}`;

function QuoteEditor({
  harvest,
  quote,
  index,
  onDone,
}: {
  harvest: Harvest;
  quote: Harvest['quotes'][number];
  index: number;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(quote.text);
  const [update, { loading }] = useMutation(UpdateHarvestQuoteDocument);
  const {
    save: send,
    conflict,
    errors,
  } = useVersionedSave(
    harvest.id,
    (version) => update({ variables: { input: { harvestId: harvest.id, findingId: quote.findingId, version, text: text.trim() } } }),
    () => onDone(t('harvest.quotes.saved')),
  );
  const id = `harvest-quote-${quote.findingId}`;
  useEffect(() => document.getElementById(id)?.focus(), [id]);

  const save = async (version: number) => {
    if (errors.check(text.trim() ? {} : { text: 'common.required' })) await send(version);
  };

  if (conflict) {
    const theirs = conflict.quotes.find((q) => q.findingId === quote.findingId)?.text ?? t('harvest.quotes.goneElsewhere');
    return (
      <ConflictView
        mine={[[t('harvest.quotes.text'), text]]}
        theirs={[[t('harvest.quotes.text'), theirs]]}
        updatedAt={conflict.updatedAt}
        busy={loading}
        onKeepMine={() => void save(conflict.version)}
        onTakeLatest={() => onDone(t('harvest.conflict.tookLatest'))}
      />
    );
  }

  return (
    <form
      noValidate
      className="kijkje-form"
      aria-label={t('harvest.quotes.editLabel', { n: index + 1 })}
      onSubmit={(event) => {
        event.preventDefault();
        void save(harvest.version);
      }}
    >
      <ErrorAlert message={errors.general} />
      <TextareaField
        id={id}
        label={t('harvest.quotes.text')}
        description={t('harvest.quotes.textDescription')}
        value={text}
        onChange={setText}
        rows={4}
        required
        error={errors.field('text')}
      />
      <div className="kijkje-actions">
        <Button type="submit" appearance="primary-action-button" busy={loading} disabled={loading}>
          {t('harvest.quotes.save')}
        </Button>
        <Button type="button" appearance="secondary-action-button" disabled={loading} onClick={() => onDone('')}>
          {t('harvest.quotes.cancel')}
        </Button>
      </div>
    </form>
  );
}
