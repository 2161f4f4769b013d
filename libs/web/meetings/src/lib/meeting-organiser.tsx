import { useMutation } from '@apollo/client/react';
import { Button, Heading } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import {
  AssignMeetingTablesDocument,
  StepMeetingDocument,
  isCoordinator,
  useSession,
  type MeetingFieldsFragment,
  type MeetingStep,
} from '@kijkje/web/data-access';
import { meetingAudience, meetingTransitionAllowed, type MeetingTransition } from '@kijkje/domain';
import { ErrorAlert, useAction } from '@kijkje/web/ui';
import { EditMeetingForm } from './plan/edit-meeting-form';
import { MeetingFacilitatorsEditor } from './plan/meeting-facilitators-editor';
import { MeetingItemsEditor } from './plan/meeting-items-editor';
import { MeetingTablesEditor } from './plan/meeting-tables-editor';

const STEPS: Partial<Record<string, MeetingStep[]>> = { DRAFT: ['OPEN', 'CANCEL'], OPEN: ['HOLD', 'CANCEL'] };
const STEP_LABEL: Record<MeetingStep, MeetingTransition> = { OPEN: 'open', HOLD: 'hold', CANCEL: 'cancel' };

/** The steps open to the meeting's audience (libs/domain): a learning-track session's tables are not cancelled. A meeting with a track is a session's. */
const stepsOf = (meeting: MeetingFieldsFragment): MeetingStep[] =>
  (STEPS[meeting.status] ?? []).filter((s) => meetingTransitionAllowed(meetingAudience({ trackSessionId: meeting.trackId ?? null }), STEP_LABEL[s]));

/** For the organisers (the coordinator, the meeting's facilitators, a host allowed to): its steps, seating, details, tables, programme and facilitators. */
export function MeetingOrganiser({ meeting }: { meeting: MeetingFieldsFragment }) {
  const { t } = useTranslation();
  const coordinator = isCoordinator(useSession().viewer);
  const [step] = useMutation(StepMeetingDocument);
  const [assign] = useMutation(AssignMeetingTablesDocument);
  const stepAction = useAction((to: MeetingStep) => step({ variables: { input: { id: meeting.id, version: meeting.version, step: to } } }));
  const assignAction = useAction(() => assign({ variables: { meetingId: meeting.id } }));
  return (
    <section className="kijkje-section" aria-labelledby="meeting-organiser">
      <Heading level={2} id="meeting-organiser">
        {t('meetings.organiser.title')}
      </Heading>
      <ErrorAlert message={stepAction.errors.general ?? assignAction.errors.general} />
      <div className="kijkje-meeting-table-actions">
        {stepsOf(meeting).map((to) => (
          <Button key={to} appearance="secondary-action-button" disabled={stepAction.pending} onClick={() => void stepAction.run(to)}>
            {t(`meetings.organiser.${STEP_LABEL[to]}`)}
          </Button>
        ))}
        {meeting.canAssignTables && (
          <Button appearance="secondary-action-button" disabled={assignAction.pending} onClick={() => void assignAction.run()}>
            {t('meetings.organiser.assign')}
          </Button>
        )}
      </div>
      {meeting.registrations.length > 0 && (
        <>
          <Heading level={3}>{t('meetings.organiser.participants')}</Heading>
          <ul>
            {meeting.registrations.map((r) => (
              <li key={r.id}>
                {r.name} · {t(`meetings.registration.${r.status}`, { position: r.waitlistPosition })}
                {r.tableId ? ` · ${meeting.tables.find((x) => x.id === r.tableId)?.name ?? ''}` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
      {meeting.canEdit && !meeting.trackId && <EditMeetingForm meeting={meeting} coordinator={coordinator} />}
      {meeting.canEdit && <MeetingTablesEditor meeting={meeting} />}
      {meeting.canEdit && <MeetingItemsEditor meeting={meeting} />}
      {meeting.canAssignFacilitators && <MeetingFacilitatorsEditor meeting={meeting} />}
    </section>
  );
}
