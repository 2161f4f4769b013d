import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { MeetingFieldsFragment } from '@kijkje/web/data-access';
import { RouterLink } from '@kijkje/web/ui';

/**
 * At a learning-track session held with theme tables: whose meeting it is (the track's, with the
 * way back to it), that the track's participants take part without registering, and that the
 * calendar has it already as the track's session.
 */
export function TrackSessionNote({ meeting }: { meeting: MeetingFieldsFragment }) {
  const { t } = useTranslation();
  if (!meeting.trackId) return null;
  return (
    <>
      <Paragraph>
        <RouterLink to={`/leergangen/${meeting.trackId}`}>{t('meetings.track.session', { title: meeting.trackTitle ?? '' })}</RouterLink>
      </Paragraph>
      <Paragraph>{t('meetings.track.participants', { count: meeting.registeredCount })}</Paragraph>
      <Paragraph>{t('meetings.track.calendar')}</Paragraph>
    </>
  );
}
