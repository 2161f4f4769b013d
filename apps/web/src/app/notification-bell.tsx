import { useEffect, useRef, useState } from 'react';
import { useApolloClient, useQuery, useSubscription } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { MyNotificationsDocument, NotificationsChangedDocument, UnreadNotificationCountDocument } from '@kijkje/web/data-access';
import { RouterNavLink, VisuallyHidden } from '@kijkje/web/ui';

/**
 * "Meldingen" in the header, with the number of unread notifications in the current network.
 * The count follows the live channel: a signal (NEW, READ, REFRESH) makes every screen count
 * again, and an open notifications list reloads with it. A new notification is announced once,
 * politely; the link itself says the number in words for screen readers.
 */
export function NotificationBell({ networkId }: { networkId: string }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const { data } = useQuery(UnreadNotificationCountDocument, { fetchPolicy: 'cache-and-network' });
  const count = data?.unreadNotificationCount ?? 0;
  const [announcement, setAnnouncement] = useState('');
  const previous = useRef<number | null>(null);

  useSubscription(NotificationsChangedDocument, {
    ignoreResults: true,
    onData: () => {
      void client.refetchQueries({ include: [UnreadNotificationCountDocument, MyNotificationsDocument] }).catch(() => undefined);
    },
  });

  useEffect(() => {
    if (data === undefined) return;
    if (previous.current !== null && count > previous.current) setAnnouncement(t('notifications.bell.arrived', { count }));
    // Read (here or elsewhere): the news is old.
    else if (previous.current !== null && count < previous.current) setAnnouncement('');
    previous.current = count;
  }, [count, data, t]);

  // A new network: its own count, nothing to announce yet.
  useEffect(() => {
    previous.current = null;
    setAnnouncement('');
  }, [networkId]);

  return (
    <>
      <RouterNavLink to="/meldingen" className="kijkje-bell" data-testid="notification-bell">
        {t('notifications.title')}
        {count > 0 && (
          <>
            <span className="kijkje-bell-count" aria-hidden="true" data-testid="notification-count">
              {count > 99 ? '99+' : count}
            </span>
            <VisuallyHidden>{t('notifications.bell.unread', { count })}</VisuallyHidden>
          </>
        )}
      </RouterNavLink>
      <VisuallyHidden>
        <span role="status">{announcement}</span>
      </VisuallyHidden>
    </>
  );
}
