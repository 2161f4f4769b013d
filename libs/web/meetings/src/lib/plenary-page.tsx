import { useQuery } from '@apollo/client/react';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { meetingQuestions } from '@kijkje/domain';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { PlenaryDocument } from '@kijkje/web/data-access';
import { ErrorAlert, LoadingState, RouterLink, usePageTitle } from '@kijkje/web/ui';
import { useLivePlenary } from './use-live-meeting';
import './meetings.css';

/** The beamer view: every table's yields and recommendations, large, updating live; never an author. */
export function PlenaryPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const { data, loading, error } = useQuery(PlenaryDocument, { variables: { meetingId: id }, fetchPolicy: 'cache-and-network' });
  useLivePlenary(id);
  usePageTitle(data ? t('meetings.plenary.title', { title: data.plenary.title }) : t('meetings.plenaryLink'));
  if (loading && !data) return <LoadingState />;
  if (!data) return <ErrorAlert message={error ? t('errors.NOT_FOUND') : null} />;
  return (
    <div className="kijkje-plenary">
      <Paragraph>
        <RouterLink to={`/bijeenkomsten/${id}`}>{data.plenary.title}</RouterLink>
      </Paragraph>
      <Heading level={1}>{t('meetings.plenary.title', { title: data.plenary.title })}</Heading>
      <div className="kijkje-plenary-tables" aria-live="polite">
        {data.plenary.tables.map((table) => (
          <section key={table.tableId} aria-labelledby={`plenary-${table.tableId}`}>
            <Heading level={2} id={`plenary-${table.tableId}`}>
              {table.name}
            </Heading>
            {table.yields.length === 0 ? (
              <Paragraph>{t('meetings.plenary.none')}</Paragraph>
            ) : (
              <ul>
                {table.yields.map((card) => (
                  <li key={card.id} data-card-id={card.id}>
                    <span className="kijkje-card-question">
                      {meetingQuestions[card.kind][lang]} · {card.isRecommendation ? t('meetings.table.recommendation') : t('meetings.table.yield')}
                    </span>
                    <span>{card.text}</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>
    </div>
  );
}
