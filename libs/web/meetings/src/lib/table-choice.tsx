import { useMutation } from '@apollo/client/react';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ChooseMeetingTableDocument, type MeetingFieldsFragment } from '@kijkje/web/data-access';
import { ErrorAlert, RouterLink, useAction } from '@kijkje/web/ui';

/** The theme tables with their seats; a registered participant picks one or goes to their own. */
export function TableChoice({ meeting }: { meeting: MeetingFieldsFragment }) {
  const { t } = useTranslation();
  const [choose] = useMutation(ChooseMeetingTableDocument);
  const action = useAction((tableId: string) => choose({ variables: { input: { meetingId: meeting.id, tableId } } }));
  const registered = meeting.myRegistration?.status === 'REGISTERED';
  const working = meeting.status === 'OPEN' || meeting.status === 'HELD';
  return (
    <section className="kijkje-section" aria-labelledby="meeting-tables">
      <Heading level={2} id="meeting-tables">
        {t('meetings.tables')}
      </Heading>
      <ErrorAlert message={action.errors.general ?? action.errors.field('tableId')} />
      {meeting.tables.length === 0 && <Paragraph>{t('meetings.noTables')}</Paragraph>}
      <ul className="kijkje-meeting-tables">
        {meeting.tables.map((table) => {
          const mine = meeting.myRegistration?.tableId === table.id;
          const full = table.occupied >= table.capacity;
          return (
            <li key={table.id}>
              <strong>{table.name}</strong> · {t('meetings.tableSeats', { occupied: table.occupied, capacity: table.capacity })}
              {table.hostName && <> · {t('meetings.tableHost', { name: table.hostName })}</>}
              <div className="kijkje-meeting-table-actions">
                {mine && <Paragraph>{t('meetings.registration.yourTable', { name: table.name })}</Paragraph>}
                {registered && working && !mine && (
                  <Button appearance="secondary-action-button" disabled={action.pending || full} onClick={() => void action.run(table.id)}>
                    {t('meetings.registration.chooseTable', { name: table.name })}
                    {full ? ` (${t('meetings.registration.full')})` : ''}
                  </Button>
                )}
                <RouterLink to={`/bijeenkomsten/${meeting.id}/tafels/${table.id}`}>{t('meetings.openTable', { name: table.name })}</RouterLink>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
