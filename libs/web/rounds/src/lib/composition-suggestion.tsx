import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Heading, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { AcceptSuggestedGroupingDocument, SuggestedGroupingDocument, type SuggestedGroupingQuery } from '@kijkje/web/data-access';
import { ErrorAlert, LoadingState, useFormErrors, toLang, ActionError } from '@kijkje/web/ui';
import { COMPOSITION_REFETCH as REFETCH } from './composition-refetch';

function Explanations({ items, lang }: { items: Array<{ code: string; nl: string; en: string }>; lang: 'nl' | 'en' }) {
  return (
    <UnorderedList>
      {items.map((item, index) => (
        <UnorderedListItem key={`${item.code}-${index}`}>{item[lang]}</UnorderedListItem>
      ))}
    </UnorderedList>
  );
}

export function Suggestion({ programmeId }: { programmeId: string }) {
  const { t, i18n } = useTranslation();
  const lang = toLang(i18n.language);
  const { data, loading, error, refetch } = useQuery(SuggestedGroupingDocument, { variables: { programmeId }, fetchPolicy: 'cache-and-network' });
  const [accept, { loading: accepting }] = useMutation(AcceptSuggestedGroupingDocument, { refetchQueries: REFETCH, awaitRefetchQueries: true });
  const [accepted, setAccepted] = useState(false);
  const errors = useFormErrors();
  const suggestion: SuggestedGroupingQuery['suggestedGrouping'] | undefined = data?.suggestedGrouping;

  const onAccept = async (fingerprint: string) => {
    setAccepted(false);
    errors.clear();
    try {
      await accept({ variables: { input: { programmeId, fingerprint } } });
      setAccepted(true);
    } catch (err) {
      errors.fail(err);
      // The composition changed since this suggestion was shown: show the current one.
      void refetch();
    }
  };

  return (
    <section className="kijkje-section" aria-labelledby="suggestion-heading">
      <Heading level={2} id="suggestion-heading">
        {t('composition.suggestionTitle')}
      </Heading>
      <div role="status">{accepted && <Alert type="ok">{t('composition.suggestionAccepted')}</Alert>}</div>
      <ActionError errors={errors} />
      {loading && !data ? (
        <LoadingState />
      ) : error && !data ? (
        <ErrorAlert message={t('common.errorGeneric')} />
      ) : suggestion ? (
        <>
          {suggestion.rounds.length === 0 && <Paragraph>{t('composition.suggestionEmpty')}</Paragraph>}
          {suggestion.rounds.map((round) => (
            <section key={round.number} className="kijkje-round" aria-labelledby={`suggested-${round.number}-heading`}>
              <Heading level={3} id={`suggested-${round.number}-heading`}>
                {t('composition.suggestedRound', { number: round.number })}
              </Heading>
              <Paragraph>{round.organisations.map((organisation) => organisation.name).join(', ')}</Paragraph>
              {round.reasons.length > 0 && (
                <>
                  <Heading level={4}>{t('composition.reasons')}</Heading>
                  <Explanations items={round.reasons} lang={lang} />
                </>
              )}
              {round.givenUp.length > 0 && (
                <>
                  <Heading level={4}>{t('composition.givenUp')}</Heading>
                  <Explanations items={round.givenUp} lang={lang} />
                </>
              )}
            </section>
          ))}
          {suggestion.unplaced.length > 0 && (
            <section className="kijkje-round" aria-labelledby="suggested-unplaced-heading">
              <Heading level={3} id="suggested-unplaced-heading">
                {t('composition.suggestedUnplaced')}
              </Heading>
              <UnorderedList>
                {suggestion.unplaced.map((item) => (
                  <UnorderedListItem key={item.organisation.id}>
                    {item.organisation.name}: {item.reason[lang]}
                  </UnorderedListItem>
                ))}
              </UnorderedList>
            </section>
          )}
          {suggestion.rounds.length > 0 && (
            <Button
              type="button"
              appearance="primary-action-button"
              busy={accepting}
              disabled={accepting}
              onClick={() => void onAccept(suggestion.fingerprint)}
            >
              {t('composition.acceptSuggestion')}
            </Button>
          )}
        </>
      ) : null}
    </section>
  );
}
