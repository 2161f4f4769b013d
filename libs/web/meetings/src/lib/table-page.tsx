import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { CARD_TEXT_MAX, MEETING_QUESTION_KINDS, meetingQuestions, type MeetingQuestionKind } from '@kijkje/domain';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { PostMeetingCardDocument, TableCardsDocument } from '@kijkje/web/data-access';
import { ErrorAlert, LoadingState, RouterLink, SelectField, TextareaField, useAction, usePageTitle } from '@kijkje/web/ui';
import { TableCard } from './table-card';
import { useLiveTable } from './use-live-meeting';
import './meetings.css';

/** A theme table on a phone: post a card to one of the three questions, see the table's cards live; the host arranges them. */
export function TablePage() {
  const { id = '', tableId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
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
      {view.canPost && <PostCardForm tableId={tableId} />}
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

function PostCardForm({ tableId }: { tableId: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const [post] = useMutation(PostMeetingCardDocument, { refetchQueries: [{ query: TableCardsDocument, variables: { tableId } }] });
  const [kind, setKind] = useState<MeetingQuestionKind>('STRENGTH');
  const [text, setText] = useState('');
  const action = useAction(() => post({ variables: { input: { tableId, kind, text } } }), { onDone: () => setText('') });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void action.run();
  };
  return (
    <form onSubmit={submit} noValidate className="kijkje-card-form">
      <ErrorAlert message={action.errors.general} />
      {action.succeeded && <Paragraph role="status">{t('meetings.table.posted')}</Paragraph>}
      <SelectField
        id="card-kind"
        label={t('meetings.table.question')}
        value={kind}
        onChange={(v) => setKind(v as MeetingQuestionKind)}
        options={MEETING_QUESTION_KINDS.map((k) => ({ value: k, label: meetingQuestions[k][lang] }))}
      />
      <TextareaField
        id="card-text"
        label={t('meetings.table.text')}
        description={t('meetings.table.textHint')}
        value={text}
        onChange={setText}
        maxLength={CARD_TEXT_MAX}
        rows={3}
        required
        error={action.errors.field('text')}
      />
      <Button type="submit" appearance="primary-action-button" disabled={action.pending}>
        {t('meetings.table.post')}
      </Button>
    </form>
  );
}
