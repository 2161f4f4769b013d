import { useRef, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { MyCalendarFeedDocument, RenewCalendarFeedDocument, RevokeCalendarFeedDocument } from '@kijkje/web/data-access';
import { ActionError, ConfirmDialog, ErrorState, LoadingState, RouterLink, formatDateTime, useAction, usePageTitle } from '@kijkje/web/ui';
import { CalendarFeedAddress } from './calendar-feed-address';
import './notifications.css';

/**
 * "Agenda-abonnement": the person's own calendar feed address, for Outlook, Google or Apple
 * calendars. The address is secret and shown only when made; renewing replaces it, revoking stops
 * it, both after a confirmation that says what happens to calendars that use it now.
 */
export function CalendarFeedPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('calendarFeed.title'));
  const status = useRef<HTMLDivElement>(null);
  const { data, loading, error } = useQuery(MyCalendarFeedDocument, { fetchPolicy: 'cache-and-network' });
  const [url, setUrl] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [renewFeed] = useMutation(RenewCalendarFeedDocument, { refetchQueries: [MyCalendarFeedDocument], awaitRefetchQueries: true });
  const [revokeFeed] = useMutation(RevokeCalendarFeedDocument, {
    update(cache) {
      cache.writeQuery({ query: MyCalendarFeedDocument, data: { myCalendarFeed: null } });
    },
  });
  // The new address takes the focus itself (CalendarFeedAddress), selected, ready to copy.
  const renew = useAction(async () => (await renewFeed()).data!.renewCalendarFeed.url, {
    onDone: (made) => {
      setUrl(made);
      setMessage(null);
    },
  });
  const revoke = useAction(async () => (await revokeFeed()).data!.revokeCalendarFeed, {
    focusAfter: status,
    onDone: () => {
      setUrl(null);
      setMessage(t('calendarFeed.revoked'));
    },
  });

  if (loading && !data) return <LoadingState />;
  if (error && !data) return <ErrorState error={error} />;
  const feed = data?.myCalendarFeed ?? null;

  return (
    <>
      <Heading level={1}>{t('calendarFeed.title')}</Heading>
      <Paragraph>{t('calendarFeed.intro')}</Paragraph>
      <Paragraph>{t('calendarFeed.secret')}</Paragraph>
      <div ref={status} tabIndex={-1} data-testid="calendar-feed-status">
        {message && <Alert type="ok">{message}</Alert>}
        {url && <CalendarFeedAddress url={url} />}
      </div>
      {!renew.asking && <ActionError errors={renew.errors} />}
      {!revoke.asking && <ActionError errors={revoke.errors} />}
      {feed ? (
        <>
          <Paragraph data-testid="calendar-feed-since">{t('calendarFeed.since', { since: formatDateTime(feed.createdAt, i18n.language) })}</Paragraph>
          {!url && <Paragraph>{t('calendarFeed.lost')}</Paragraph>}
          <ButtonGroup>
            <Button type="button" appearance="secondary-action-button" onClick={renew.ask}>
              {t('calendarFeed.renew')}
            </Button>
            <Button type="button" appearance="secondary-action-button" hint="danger" onClick={revoke.ask}>
              {t('calendarFeed.revoke')}
            </Button>
          </ButtonGroup>
        </>
      ) : (
        <>
          <Paragraph>{t('calendarFeed.none')}</Paragraph>
          <Button type="button" appearance="primary-action-button" busy={renew.pending} disabled={renew.pending} onClick={() => void renew.run()}>
            {t('calendarFeed.create')}
          </Button>
        </>
      )}
      <ConfirmDialog
        open={renew.asking}
        testId="calendar-feed-renew-dialog"
        title={t('calendarFeed.confirmRenew.title')}
        confirmLabel={t('calendarFeed.confirmRenew.submit')}
        cancelLabel={t('calendarFeed.cancel')}
        busy={renew.pending}
        onConfirm={() => void renew.run()}
        onCancel={renew.cancel}
      >
        <Paragraph>{t('calendarFeed.confirmRenew.what')}</Paragraph>
      </ConfirmDialog>
      <ConfirmDialog
        open={revoke.asking}
        tone="danger"
        testId="calendar-feed-revoke-dialog"
        title={t('calendarFeed.confirmRevoke.title')}
        confirmLabel={t('calendarFeed.confirmRevoke.submit')}
        cancelLabel={t('calendarFeed.cancel')}
        busy={revoke.pending}
        onConfirm={() => void revoke.run()}
        onCancel={revoke.cancel}
      >
        <Paragraph>{t('calendarFeed.confirmRevoke.what')}</Paragraph>
      </ConfirmDialog>
      <Paragraph>
        <RouterLink to="/account/meldingen">{t('calendarFeed.settingsLink')}</RouterLink>
      </Paragraph>
      <Paragraph>
        <RouterLink to="/bezoeken">{t('calendarFeed.visitsLink')}</RouterLink>
      </Paragraph>
    </>
  );
}
