import { Heading, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { SuggestedGroupingQuery } from '@kijkje/web/data-access';
import { SelectField, VisuallyHidden } from '@kijkje/web/ui';

type Round = SuggestedGroupingQuery['suggestedGrouping']['rounds'][number];

function Explanations({ items, lang }: { items: Array<{ code: string; nl: string; en: string }>; lang: 'nl' | 'en' }) {
  return (
    <UnorderedList>
      {items.map((item, index) => (
        <UnorderedListItem key={`${item.code}-${index}`}>{item[lang]}</UnorderedListItem>
      ))}
    </UnorderedList>
  );
}

/** One proposed round: who is in it (as adjusted), each with a choice of round, and why they are together. */
export function SuggestedRound({
  round,
  organisations,
  numbers,
  lang,
  onMove,
}: {
  round: Round;
  organisations: Array<{ id: string; name: string }>;
  numbers: number[];
  lang: 'nl' | 'en';
  onMove: (organisationId: string, number: number) => void;
}) {
  const { t } = useTranslation();
  const headingId = `suggested-${round.number}-heading`;
  const options = numbers.map((number) => ({ value: String(number), label: t('composition.suggestedRound', { number }) }));
  return (
    <section className="kijkje-round" aria-labelledby={headingId} data-testid="suggested-round">
      <Heading level={3} id={headingId}>
        {t('composition.suggestedRound', { number: round.number })}
      </Heading>
      <Paragraph>{t('composition.suggestedCount', { count: organisations.length })}</Paragraph>
      {organisations.length > 0 && (
        <ul className="kijkje-results" aria-labelledby={headingId}>
          {organisations.map((organisation) => (
            <li key={organisation.id}>
              <span>{organisation.name}</span>
              {numbers.length > 1 && (
                <SelectField
                  id={`suggested-${organisation.id}`}
                  label={
                    <>
                      <VisuallyHidden>{organisation.name}: </VisuallyHidden>
                      {t('composition.suggestedIn')}
                    </>
                  }
                  value={String(round.number)}
                  onChange={(value) => onMove(organisation.id, Number(value))}
                  options={options}
                />
              )}
            </li>
          ))}
        </ul>
      )}
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
  );
}
