import { useQuery } from '@apollo/client/react';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ProgrammeVisitsDocument } from '@kijkje/web/data-access';
import { knownFindingTotal } from '@kijkje/domain';
import { RouterLink, formatNumber } from '@kijkje/web/ui';
import { formatDay, visitTitle } from './visit-labels';

/**
 * On the programme page, once rounds have started: per round its visits, with a link to each
 * (the coordinator's way in; the API lists only the visits the reader may see).
 */
export function RoundVisits({ programmeId }: { programmeId: string }) {
  const { t, i18n } = useTranslation();
  const { data } = useQuery(ProgrammeVisitsDocument, { variables: { id: programmeId }, fetchPolicy: 'cache-and-network' });
  const rounds = (data?.programme.rounds ?? []).filter((round) => round.visits.length > 0);
  if (rounds.length === 0) return null;
  const lang = i18n.language;

  return (
    <section className="kijkje-section" aria-labelledby="round-visits-heading">
      <Heading level={2} id="round-visits-heading">
        {t('visits.rounds.title')}
      </Heading>
      {rounds.map((round) => (
        <section key={round.id} className="kijkje-round" aria-labelledby={`round-visits-${round.id}`}>
          <Heading level={3} id={`round-visits-${round.id}`}>
            {round.name}
          </Heading>
          <ul className="kijkje-results" aria-label={t('visits.rounds.listLabel', { name: round.name })}>
            {round.visits.map((visit) => (
              <li key={visit.id}>
                <RouterLink to={`/bezoeken/${visit.id}`}>{visitTitle(visit, t)}</RouterLink>
                <span>
                  {[
                    t(`visits.status.${visit.status}`),
                    formatDay(visit.startsOn, lang) || t('visits.facts.noDate'),
                    visit.findingCounts
                      ? t('visits.rounds.counts', {
                          count: knownFindingTotal(visit.findingCounts),
                          total: formatNumber(knownFindingTotal(visit.findingCounts), lang),
                          released: formatNumber(visit.findingCounts.released ?? 0, lang),
                        })
                      : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <Paragraph>{t('visits.rounds.note')}</Paragraph>
    </section>
  );
}
