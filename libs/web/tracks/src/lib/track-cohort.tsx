import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { DecideTrackApplicationDocument, SetTrackFeedbackGroupDocument, type TrackDecision, type TrackFieldsFragment } from '@kijkje/web/data-access';
import { ErrorAlert, TextField, useAction } from '@kijkje/web/ui';

type Applicant = TrackFieldsFragment['cohort'][number];

/** For the organisers: everyone who applied, the decisions on them, and (for the facilitator) the feedback groups. */
export function TrackCohort({ track }: { track: TrackFieldsFragment }) {
  const { t } = useTranslation();
  const [decide] = useMutation(DecideTrackApplicationDocument);
  const deciding = useAction((participantId: string, decision: TrackDecision) => decide({ variables: { input: { participantId, decision } } }));
  return (
    <section className="kijkje-section" aria-labelledby="track-cohort">
      <Heading level={2} id="track-cohort">
        {t('tracks.cohort.title')}
      </Heading>
      {track.cohort.length === 0 && <Paragraph>{t('tracks.cohort.none')}</Paragraph>}
      <ErrorAlert message={deciding.errors.general ?? deciding.errors.field('decision')} />
      <ul className="kijkje-track-cohort">
        {track.cohort.map((a) => (
          <li key={a.id}>
            <strong>{a.name}</strong>
            <span>
              {t(`tracks.participant.${a.status}`, { position: a.waitlistPosition })}
              {a.status === 'ACCEPTED' ? ` · ${a.feedbackGroup ? t('tracks.cohort.inGroup', { group: a.feedbackGroup }) : t('tracks.cohort.noGroup')}` : ''}
            </span>
            {a.motivation && <span className="kijkje-track-text">{t('tracks.cohort.motivation', { text: a.motivation })}</span>}
            {track.canDecide && (a.status === 'SUBMITTED' || a.status === 'WAITLISTED') && (
              <div className="kijkje-track-actions">
                <Button appearance="primary-action-button" disabled={deciding.pending} onClick={() => void deciding.run(a.id, 'ACCEPT')}>
                  {t('tracks.cohort.accept', { name: a.name })}
                </Button>
                <Button appearance="secondary-action-button" disabled={deciding.pending} onClick={() => void deciding.run(a.id, 'DECLINE')}>
                  {t('tracks.cohort.decline', { name: a.name })}
                </Button>
              </div>
            )}
            {a.status === 'ACCEPTED' && track.canFormGroups && <GroupForm applicant={a} />}
          </li>
        ))}
      </ul>
    </section>
  );
}

function GroupForm({ applicant }: { applicant: Applicant }) {
  const { t } = useTranslation();
  const [save] = useMutation(SetTrackFeedbackGroupDocument);
  const [group, setGroup] = useState(applicant.feedbackGroup ?? '');
  const action = useAction(() => save({ variables: { input: { participantId: applicant.id, group: group.trim() || null } } }));
  return (
    <form
      className="kijkje-track-actions"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void action.run();
      }}
    >
      <TextField
        id={`group-${applicant.id}`}
        label={t('tracks.cohort.group', { name: applicant.name })}
        value={group}
        onChange={setGroup}
        error={action.errors.field('group') ?? action.errors.general}
      />
      <Button type="submit" appearance="secondary-action-button" disabled={action.pending}>
        {t('tracks.cohort.setGroup')}
      </Button>
    </form>
  );
}
