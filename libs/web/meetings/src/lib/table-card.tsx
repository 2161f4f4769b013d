import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { MarkMeetingCardDocument, MergeMeetingCardsDocument, MoveMeetingCardDocument, type MeetingCardFieldsFragment } from '@kijkje/web/data-access';
import { ErrorAlert, SelectField, TextField, useAction } from '@kijkje/web/ui';
import { cutText } from '@kijkje/domain';

interface Props {
  card: MeetingCardFieldsFragment;
  /** The duplicates folded into this card. */
  merged: MeetingCardFieldsFragment[];
  /** The table's other cards, to merge this one into. */
  others: MeetingCardFieldsFragment[];
  canModerate: boolean;
}

/** One card: its text, author (at the own table) and marks; for the table host, cluster, merge and yield buttons. */
export function TableCard({ card, merged, others, canModerate }: Props) {
  const { t } = useTranslation();
  const refetch = { refetchQueries: ['TableCards'] };
  const [mark] = useMutation(MarkMeetingCardDocument, refetch);
  const [merge] = useMutation(MergeMeetingCardsDocument, refetch);
  const [move] = useMutation(MoveMeetingCardDocument, refetch);
  const [target, setTarget] = useState('');
  const [cluster, setCluster] = useState(card.cluster ?? '');
  const markAction = useAction((isYield: boolean, isRecommendation: boolean) => mark({ variables: { input: { cardId: card.id, isYield, isRecommendation } } }));
  const mergeAction = useAction(() => merge({ variables: { input: { sourceId: card.id, targetId: target } } }));
  const moveAction = useAction(() => move({ variables: { input: { cardId: card.id, cluster } } }));
  const error = markAction.errors.general ?? mergeAction.errors.general ?? mergeAction.errors.field('targetId') ?? moveAction.errors.general;
  const onMerge = (e: FormEvent) => {
    e.preventDefault();
    if (target) void mergeAction.run();
  };
  const onCluster = (e: FormEvent) => {
    e.preventDefault();
    void moveAction.run();
  };
  return (
    <li className="kijkje-card" data-card-id={card.id}>
      <p className="kijkje-card-text">{card.text}</p>
      <p className="kijkje-card-meta">
        {card.mine ? t('meetings.table.mine') : card.authorName ? t('meetings.table.by', { name: card.authorName }) : null}
        {card.cluster && ` · ${t('meetings.table.cluster')}: ${card.cluster}`}
        {card.isYield && <strong> · {t('meetings.table.yield')}</strong>}
        {card.isRecommendation && <strong> · {t('meetings.table.recommendation')}</strong>}
      </p>
      {merged.length > 0 && (
        <ul className="kijkje-card-merged" aria-label={t('meetings.table.merged')}>
          {merged.map((m) => (
            <li key={m.id}>{m.text}</li>
          ))}
        </ul>
      )}
      {canModerate && (
        <div className="kijkje-card-actions">
          <ErrorAlert message={error} />
          <Button appearance="secondary-action-button" disabled={markAction.pending} onClick={() => void markAction.run(!card.isYield, card.isRecommendation)}>
            {card.isYield ? t('meetings.table.unmarkYield') : t('meetings.table.markYield')}
          </Button>
          <Button appearance="secondary-action-button" disabled={markAction.pending} onClick={() => void markAction.run(card.isYield, !card.isRecommendation)}>
            {card.isRecommendation ? t('meetings.table.unmarkRecommendation') : t('meetings.table.markRecommendation')}
          </Button>
          <form onSubmit={onCluster} noValidate>
            <TextField id={`cluster-${card.id}`} label={t('meetings.table.cluster')} value={cluster} onChange={setCluster} />
            <Button type="submit" appearance="subtle-button" disabled={moveAction.pending}>
              {t('meetings.table.clusterSubmit')}
            </Button>
          </form>
          {others.length > 0 && (
            <form onSubmit={onMerge} noValidate>
              <SelectField
                id={`merge-${card.id}`}
                label={t('meetings.table.merge')}
                value={target}
                onChange={setTarget}
                options={[{ value: '', label: '—' }, ...others.map((o) => ({ value: o.id, label: cutText(o.text, 60) }))]}
              />
              <Button type="submit" appearance="subtle-button" disabled={mergeAction.pending || !target}>
                {t('meetings.table.mergeSubmit')}
              </Button>
            </form>
          )}
        </div>
      )}
    </li>
  );
}
