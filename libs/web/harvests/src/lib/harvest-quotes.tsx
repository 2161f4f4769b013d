import { useEffect, useRef, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { AddHarvestQuoteDocument, RemoveHarvestQuoteDocument } from '@kijkje/web/data-access';
import { VisuallyHidden, ActionError, useAction, isConflict } from '@kijkje/web/ui';
import { QuoteEditor } from './quote-editor';
import { QuoteFlags } from './quote-flags';
import { useLatest, type Harvest } from './use-latest-harvest';

type Announce = (message: string) => void;

/** Citaten: the chosen quotes, each editable and with its flagged words, and the candidates to choose from. */
export function QuotesSection({ harvest, onDone }: { harvest: Harvest; onDone: Announce }) {
  const { t } = useTranslation();
  const [add] = useMutation(AddHarvestQuoteDocument);
  const [remove] = useMutation(RemoveHarvestQuoteDocument);
  const [editing, setEditing] = useState<string | null>(null);
  // When the quote editor closes (saved, cancelled, or a conflict settled), the focus goes back to
  // the button that opened it; if that quote is gone meanwhile, to the list's heading.
  const [returnFocus, setReturnFocus] = useState<string | null>(null);
  useEffect(() => {
    if (returnFocus === null || editing !== null) return;
    (document.getElementById(editButtonId(returnFocus)) ?? quotesHeading.current)?.focus();
    setReturnFocus(null);
  }, [returnFocus, editing]);
  const latest = useLatest(harvest.id);
  const quotesHeading = useRef<HTMLHeadingElement>(null);

  // A decision on a flagged word is a single action too: take the latest draft and say so.
  const settleConflict = async () => {
    await latest();
    onDone(t('harvest.quotes.changedElsewhere'));
  };

  // Adding and removing are single actions: on a CONFLICT take the latest draft and say so; the coordinator acts again.
  const action = useAction(
    async (perform: () => Promise<unknown>, done: string) => {
      try {
        await perform();
        return done;
      } catch (error) {
        if (!isConflict(error)) throw error;
        await latest();
        return t('harvest.quotes.changedElsewhere');
      }
    },
    { focusAfter: quotesHeading, onDone },
  );
  const busy = action.pending;
  const run = (perform: () => Promise<unknown>, done: string) => void action.run(perform, done);

  return (
    <>
      <ActionError errors={action.errors} />
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
                        run(
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
                  run(
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
    </>
  );
}

export const editButtonId = (findingId: string) => `harvest-quote-edit-${findingId}`;
