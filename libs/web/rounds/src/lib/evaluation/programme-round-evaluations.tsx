import { useQuery } from '@apollo/client/react';
import { Heading } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ProgrammeRoundsForEvaluationDocument } from '@kijkje/web/data-access';
import { RoundEvaluationForm } from './round-evaluation-form';

/** On a programme's page, for a member: the evaluation of each closed round they took part in. */
export function ProgrammeRoundEvaluations({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(ProgrammeRoundsForEvaluationDocument, { variables: { id: programmeId }, fetchPolicy: 'cache-and-network' });
  const closed = (data?.programme.rounds ?? []).filter((r) => r.status === 'CLOSED');
  if (!closed.length) return null;
  return (
    <section className="kijkje-section" aria-labelledby="round-evaluations-heading">
      <Heading level={2} id="round-evaluations-heading">
        {t('evaluation.sectionTitle')}
      </Heading>
      {closed.map((round) => (
        <RoundEvaluationForm key={round.id} roundId={round.id} roundName={round.name} />
      ))}
    </section>
  );
}
