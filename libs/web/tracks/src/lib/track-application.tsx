import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ApplyForTrackDocument, WithdrawFromTrackDocument, type TrackFieldsFragment } from '@kijkje/web/data-access';
import { ErrorAlert, RouterLink, TextareaField, useAction } from '@kijkje/web/ui';

/** The viewer's own participation: apply (with a motivation), where they stand, withdraw, and the way to their case. */
export function TrackApplication({ track }: { track: TrackFieldsFragment }) {
  const { t } = useTranslation();
  const [apply] = useMutation(ApplyForTrackDocument);
  const [withdraw] = useMutation(WithdrawFromTrackDocument);
  const [motivation, setMotivation] = useState('');
  const applying = useAction(() => apply({ variables: { input: { trackId: track.id, motivation: motivation || null } } }));
  const withdrawing = useAction(() => withdraw({ variables: { trackId: track.id } }));
  const mine = track.myApplication;
  return (
    <section className="kijkje-section" aria-labelledby="track-application">
      <Heading level={2} id="track-application">
        {t('tracks.application.title')}
      </Heading>
      <Paragraph role="status">{mine ? t(`tracks.participant.${mine.status}`, { position: mine.waitlistPosition }) : t('tracks.application.none')}</Paragraph>
      {mine?.feedbackGroup && <Paragraph>{t('tracks.application.group', { group: mine.feedbackGroup })}</Paragraph>}
      <ErrorAlert message={applying.errors.general ?? applying.errors.field('trackId') ?? withdrawing.errors.general} />
      {mine?.status === 'ACCEPTED' && (
        <Paragraph>
          <RouterLink to={`/leergangen/${track.id}/casus/${mine.id}`}>{t('tracks.application.myCase')}</RouterLink>
        </Paragraph>
      )}
      {track.canApply && (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void applying.run();
          }}
        >
          <TextareaField
            id="track-motivation"
            label={t('tracks.application.motivation')}
            value={motivation}
            onChange={setMotivation}
            rows={3}
            error={applying.errors.field('motivation')}
          />
          <Paragraph>
            <Button type="submit" appearance="primary-action-button" disabled={applying.pending}>
              {t('tracks.application.apply')}
            </Button>
          </Paragraph>
        </form>
      )}
      {track.canWithdraw && (
        <Button appearance="secondary-action-button" disabled={withdrawing.pending} onClick={() => void withdrawing.run()}>
          {t('tracks.application.withdraw')}
        </Button>
      )}
    </section>
  );
}
