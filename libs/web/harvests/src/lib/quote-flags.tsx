import { useMutation } from '@apollo/client/react';
import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { DecideHarvestWordDocument, type HarvestQuery, type WordDecision, type WordReplacement } from '@kijkje/web/data-access';
import { VisuallyHidden, isConflict, useAction, ActionError } from '@kijkje/web/ui';

type Harvest = HarvestQuery['harvest'];
type Quote = Harvest['quotes'][number];

/**
 * The words of a quote that may be names, each in its context, with one click to replace it by
 * "[naam]" or "[plaats]" or to keep it. The server decides what is flagged (it holds the gazetteer
 * and the word list); publishing waits until every flag is decided. Keeping is audited.
 */
export function QuoteFlags({
  harvest,
  quote,
  index,
  onDone,
  onConflict,
}: {
  harvest: Harvest;
  quote: Quote;
  index: number;
  onDone: (message: string) => void;
  onConflict: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const [decide] = useMutation(DecideHarvestWordDocument);
  const action = useAction(async (word: string, decision: WordDecision, replacement: WordReplacement | null, done: string) => {
    try {
      await decide({ variables: { input: { harvestId: harvest.id, findingId: quote.findingId, version: harvest.version, word, decision, replacement } } });
      onDone(done);
    } catch (error) {
      if (!isConflict(error)) throw error;
      await onConflict();
    }
  });
  const loading = action.pending;
  const errors = action.errors;
  if (quote.flags.length === 0) return null;

  // One row per word: a word flagged twice in a quote is decided once.
  const words = [...new Map(quote.flags.map((f) => [f.key, f])).values()];
  const act = (word: string, decision: WordDecision, replacement: WordReplacement | null, done: string) => void action.run(word, decision, replacement, done);

  return (
    <Alert type="warning">
      <Paragraph>{t('harvest.flags.intro', { count: words.length })}</Paragraph>
      <ActionError errors={errors} />
      <ul className="kijkje-flags" data-testid={`quote-flags-${index + 1}`}>
        {words.map((flag) => (
          <li key={flag.key} data-flag={flag.key}>
            <Paragraph>
              <span className="kijkje-flag-context">
                …{flag.before}
                <mark>{flag.text}</mark>
                {flag.after}…
              </span>{' '}
              <span className="kijkje-harvest-meta">({t(`harvest.flags.reason.${flag.reason}`)})</span>
            </Paragraph>
            <div className="kijkje-actions">
              {(['PERSON', 'PLACE'] as const).map((replacement) => (
                <Button
                  key={replacement}
                  type="button"
                  appearance="secondary-action-button"
                  disabled={loading}
                  onClick={() => act(flag.key, 'REPLACE', replacement, t('harvest.flags.replaced', { word: flag.text }))}
                >
                  {t(`harvest.flags.replace.${replacement}`)}
                  <VisuallyHidden> {t('harvest.flags.which', { word: flag.text, n: index + 1 })}</VisuallyHidden>
                </Button>
              ))}
              <Button
                type="button"
                appearance="subtle-button"
                disabled={loading}
                onClick={() => act(flag.key, 'KEEP', null, t('harvest.flags.kept', { word: flag.text }))}
              >
                {t('harvest.flags.keep')}
                <VisuallyHidden> {t('harvest.flags.which', { word: flag.text, n: index + 1 })}</VisuallyHidden>
              </Button>
            </div>
          </li>
        ))}
      </ul>
    </Alert>
  );
}
