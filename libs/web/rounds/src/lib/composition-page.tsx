import { useQuery } from '@apollo/client/react';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { ProgrammeCompositionDocument, isCoordinator, useSession } from '@kijkje/web/data-access';
import { RouterLink, ErrorState, LoadingState, NoAccess, usePageTitle } from '@kijkje/web/ui';
import { RoundCard, UnplacedList } from './composition-rounds';
import { Suggestion } from './composition-suggestion';
import { CreateRoundForm } from './create-round-form';

export function CompositionPage() {
  const { t } = useTranslation();
  const { viewer } = useSession();
  if (!viewer?.currentNetwork || !isCoordinator(viewer)) return <NoAccess title={t('composition.title')} />;
  return <CompositionContent />;
}

function CompositionContent() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  usePageTitle(t('composition.title'));
  const { data, loading, error } = useQuery(ProgrammeCompositionDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });

  if (loading && !data) return <LoadingState />;
  if (error && !data) return <ErrorState error={error} />;
  if (!data) return null;
  const programme = data.programme;
  const rounds = programme.rounds;
  const byOrganisation = new Map(programme.applications.map((application) => [application.organisation.id, application]));
  const placedIds = new Set(rounds.flatMap((round) => round.organisations.map((organisation) => organisation.id)));
  const unplaced = programme.applications.filter(
    (application) => (application.status === 'ACCEPTED' || application.status === 'PLACED') && !placedIds.has(application.organisation.id),
  );

  return (
    <>
      <Paragraph>
        <RouterLink to={`/programmas/${programme.id}`}>{t('composition.back', { name: programme.name })}</RouterLink>
      </Paragraph>
      <Heading level={1}>{t('composition.title')}</Heading>
      <Paragraph>{t('composition.intro', { name: programme.name })}</Paragraph>
      <Suggestion
        programmeId={programme.id}
        started={rounds.some((round) => round.status !== 'COMPOSING')}
        composing={rounds.filter((round) => round.status === 'COMPOSING').length}
        byOrganisation={byOrganisation}
      />
      <section className="kijkje-section" aria-labelledby="rounds-heading">
        <Heading level={2} id="rounds-heading">
          {t('composition.roundsTitle')}
        </Heading>
        <Paragraph data-testid="rounds-count">
          {rounds.length === 0 ? t('composition.noRounds') : t('composition.roundsCount', { count: rounds.length })}
        </Paragraph>
        {rounds.map((round) => (
          <RoundCard key={round.id} round={round} rounds={rounds} byOrganisation={byOrganisation} />
        ))}
        <UnplacedList applications={unplaced} rounds={rounds} />
        <CreateRoundForm programmeId={programme.id} />
      </section>
    </>
  );
}
