import { useState } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { MarkAllNotificationsReadDocument, MyNotificationsDocument, type MyNotificationsQuery } from '@kijkje/web/data-access';
import { EmptyState, ErrorAlert, ErrorState, LoadingState, readApiError, RouterLink, usePageTitle } from '@kijkje/web/ui';
import { mergeNotifications, notificationTitle, notificationWhen, subjectLink } from './notification-texts';
import './notifications.css';

type Item = MyNotificationsQuery['myNotifications']['items'][number];

const PAGE_SIZE = 20;

/** "Meldingen": what happened for the reader, newest first, unread marked in words. */
export function NotificationsPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('notifications.title'));
  const client = useApolloClient();
  const { data, loading, error, refetch } = useQuery(MyNotificationsDocument, { variables: { limit: PAGE_SIZE, offset: 0 }, fetchPolicy: 'cache-and-network' });
  const [older, setOlder] = useState<Item[]>([]);
  const [olderHasMore, setOlderHasMore] = useState<boolean | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [done, setDone] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const [markAll, { loading: marking }] = useMutation(MarkAllNotificationsReadDocument);

  if (loading && !data) return <LoadingState />;
  if (error && !data) return <ErrorState error={error} />;

  const first = data?.myNotifications;
  const items = mergeNotifications(first?.items ?? [], older);
  const hasMore = olderHasMore ?? first?.hasMore ?? false;
  const unread = items.some((item) => !item.read);

  const loadMore = async () => {
    setLoadingMore(true);
    setActionError(null);
    try {
      const result = await client.query({ query: MyNotificationsDocument, variables: { limit: PAGE_SIZE, offset: items.length }, fetchPolicy: 'network-only' });
      const page = result.data?.myNotifications;
      if (page) {
        setOlder((current) => mergeNotifications(current, page.items));
        setOlderHasMore(page.hasMore);
      }
    } catch (err) {
      setActionError(readApiError(err, i18n.language).message ?? t('common.errorGeneric'));
    } finally {
      setLoadingMore(false);
    }
  };

  const markAllRead = async () => {
    setActionError(null);
    setDone(false);
    try {
      await markAll();
      setOlder((current) => current.map((item) => ({ ...item, read: true })));
      await refetch();
      setDone(true);
    } catch (err) {
      setActionError(readApiError(err, i18n.language).message ?? t('common.errorGeneric'));
    }
  };

  return (
    <>
      <Heading level={1}>{t('notifications.title')}</Heading>
      <Paragraph>{t('notifications.intro')}</Paragraph>
      <Paragraph>
        <RouterLink to="/account/meldingen">{t('notifications.settingsLink')}</RouterLink>
      </Paragraph>
      <div role="status">{done && <Alert type="ok">{t('notifications.markedAllRead')}</Alert>}</div>
      <ErrorAlert message={actionError} />
      {items.length === 0 ? (
        <EmptyState testId="notifications-empty">{t('notifications.empty')}</EmptyState>
      ) : (
        <>
          {unread && (
            <Button appearance="secondary-action-button" busy={marking} disabled={marking} onClick={markAllRead}>
              {t('notifications.markAllRead')}
            </Button>
          )}
          <ol className="kijkje-notifications" aria-label={t('notifications.listLabel')}>
            {items.map((item) => {
              const link = subjectLink(item.path);
              return (
                <li
                  key={item.id}
                  className={item.read ? 'kijkje-notification' : 'kijkje-notification kijkje-notification--unread'}
                  data-testid="notification"
                  data-kind={item.kind}
                >
                  <Paragraph>
                    <span className="kijkje-notification-flag">{item.read ? t('notifications.read') : t('notifications.unread')}</span>
                    {': '}
                    {item.read ? notificationTitle(item.kind, i18n.language) : <strong>{notificationTitle(item.kind, i18n.language)}</strong>}
                  </Paragraph>
                  <Paragraph>
                    <time dateTime={item.createdAt}>{notificationWhen(item.createdAt, i18n.language)}</time>
                    {link && (
                      <>
                        {' · '}
                        <RouterLink to={link}>
                          {t('notifications.open')}
                          <span className="kijkje-visually-hidden"> ({notificationTitle(item.kind, i18n.language)})</span>
                        </RouterLink>
                      </>
                    )}
                  </Paragraph>
                </li>
              );
            })}
          </ol>
          {hasMore && (
            <Button appearance="secondary-action-button" busy={loadingMore} disabled={loadingMore} onClick={loadMore}>
              {t('notifications.loadMore')}
            </Button>
          )}
        </>
      )}
    </>
  );
}
