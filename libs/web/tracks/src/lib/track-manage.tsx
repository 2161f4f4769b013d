import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import {
  AssignTrackFacilitatorDocument,
  RemoveTrackFacilitatorDocument,
  StepTrackDocument,
  TrackFacilitatorCandidatesDocument,
  type TrackFieldsFragment,
  type TrackStep,
} from '@kijkje/web/data-access';
import { ErrorAlert, SelectField, useAction } from '@kijkje/web/ui';

const STEPS: Partial<Record<string, TrackStep>> = { DRAFT: 'OPEN', OPEN: 'START', RUNNING: 'CLOSE' };

/** For the coordinator: the facilitators who run the track, and its next step. */
export function TrackManage({ track }: { track: TrackFieldsFragment }) {
  const { t } = useTranslation();
  const [step] = useMutation(StepTrackDocument);
  const stepping = useAction((to: TrackStep) => step({ variables: { input: { id: track.id, version: track.version, step: to } } }));
  const next = STEPS[track.status];
  return (
    <section className="kijkje-section" aria-labelledby="track-manage">
      <Heading level={2} id="track-manage">
        {t('tracks.steps.title')}
      </Heading>
      <FacilitatorsForm track={track} />
      <ErrorAlert message={stepping.errors.general ?? stepping.errors.field('step')} />
      {next && (
        <Paragraph>
          <Button appearance="primary-action-button" disabled={stepping.pending} onClick={() => void stepping.run(next)}>
            {t(`tracks.steps.${next}`)}
          </Button>
        </Paragraph>
      )}
    </section>
  );
}

function FacilitatorsForm({ track }: { track: TrackFieldsFragment }) {
  const { t } = useTranslation();
  const { data } = useQuery(TrackFacilitatorCandidatesDocument, { fetchPolicy: 'cache-and-network' });
  const [assign] = useMutation(AssignTrackFacilitatorDocument);
  const [remove] = useMutation(RemoveTrackFacilitatorDocument);
  const [userId, setUserId] = useState('');
  const assigning = useAction(() => assign({ variables: { input: { trackId: track.id, userId } } }), { onDone: () => setUserId('') });
  const removing = useAction((id: string) => remove({ variables: { input: { trackId: track.id, userId: id } } }));
  const assigned = new Set(track.facilitators.map((f) => f.userId));
  const candidates = (data?.memberships ?? []).filter((m) => m.role === 'FACILITATOR' && m.active && !assigned.has(m.user.id));
  return (
    <>
      <ErrorAlert message={removing.errors.general ?? removing.errors.field('userId')} />
      {track.facilitators.map((f) => (
        <Button key={f.userId} appearance="subtle-button" disabled={removing.pending} onClick={() => void removing.run(f.userId)}>
          {t('tracks.facilitators.remove', { name: f.name })}
        </Button>
      ))}
      {data && candidates.length === 0 ? (
        <Paragraph>{t('tracks.facilitators.noCandidates')}</Paragraph>
      ) : (
        <form
          className="kijkje-track-actions"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void assigning.run();
          }}
        >
          <SelectField
            id="track-facilitator"
            label={t('tracks.facilitators.choose')}
            value={userId}
            onChange={setUserId}
            options={[{ value: '', label: t('tracks.facilitators.chooseNone') }, ...candidates.map((m) => ({ value: m.user.id, label: m.user.name }))]}
            error={assigning.errors.field('userId') ?? assigning.errors.general}
          />
          <Button type="submit" appearance="secondary-action-button" disabled={assigning.pending || !userId}>
            {t('tracks.facilitators.assign')}
          </Button>
        </form>
      )}
    </>
  );
}
