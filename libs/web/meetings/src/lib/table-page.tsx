import { useQuery } from '@apollo/client/react';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { MEETING_QUESTION_KINDS, meetingQuestions } from '@kijkje/domain';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { TableCardsDocument, useSession } from '@kijkje/web/data-access';
import { ErrorAlert, LoadingState, RouterLink, usePageTitle } from '@kijkje/web/ui';
import { PostCardForm } from './post-card-form';
import { TableCard } from './table-card';
import { useLiveTable } from './use-live-meeting';
import './meetings.css';

/** A theme table on a phone: post a card to one of the three questions, see the table's cards live; the host arranges them. */
export function TablePage() {
  const { id = '', tableId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const { viewer } = useSession();
  const { data, loading, error } = useQuery(TableCardsDocument, { variables: { tableId }, fetchPolicy: 'cache-and-network' });
  useLiveTable(tableId, !data?.tableCards.atTable);
  usePageTitle(data ? t('meetings.table.title', { name: data.tableCards.table.name }) : t('meetings.tables'));
  if (loading && !data) return <LoadingState />;
  if (!data) return <ErrorAlert message={error ? t('errors.NOT_FOUND') : null} />;
  const view = data.tableCards;
  const visible = view.cards.filter((c) => !c.mergedIntoId);
  return (
    <div className="kijkje-table-page">
      <Paragraph>
        <RouterLink to={`/bijeenkomsten/${id}`}>{t('meetings.back')}</RouterLink>
      </Paragraph>
      <Heading level={1}>{t('meetings.table.title', { name: view.table.name })}</Heading>
      {!view.atTable && <Paragraph>{t('meetings.table.notAtTable')}</Paragraph>}
      {view.atTable && <Paragraph>{t('meetings.table.live')}</Paragraph>}
      {view.canPost && viewer && <PostCardForm tableId={tableId} userId={viewer.user.id} />}
      {MEETING_QUESTION_KINDS.map((kind) => {
        const cards = visible.filter((c) => c.kind === kind);
        return (
          <section key={kind} className="kijkje-section" aria-labelledby={`question-${kind}`}>
            <Heading level={2} id={`question-${kind}`}>
              {meetingQuestions[kind][lang]}
            </Heading>
            {cards.length === 0 ? (
              <Paragraph>{t('meetings.table.none')}</Paragraph>
            ) : (
              <ul className="kijkje-cards">
                {cards.map((card) => (
                  <TableCard
                    key={card.id}
                    card={card}
                    merged={view.cards.filter((c) => c.mergedIntoId === card.id)}
                    others={visible.filter((c) => c.id !== card.id)}
                    canModerate={view.canModerate}
                  />
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
