import { useRef, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { EndMyOtherSessionsDocument, EndMySessionDocument, MySessionsDocument, type MySessionsQuery } from '@kijkje/web/data-access';
import { ActionError, ConfirmDialog, ErrorState, LoadingState, formatDateTime, useAction } from '@kijkje/web/ui';
import { describeDevice } from './session-device';

type Session = MySessionsQuery['mySessions'][number];

/**
 * Where the person is signed in: this session first and marked, every other one with its own
 * "Uitloggen", and "Overal elders uitloggen" for all of them at once; each confirmed with what
 * happens there. An ended session is signed out on its next request, its live connection closes.
 */
export function SessionsSection() {
  const { t, i18n } = useTranslation();
  const status = useRef<HTMLDivElement>(null);
  const { data, loading, error } = useQuery(MySessionsDocument, { fetchPolicy: 'cache-and-network' });
  const [message, setMessage] = useState<string | null>(null);
  const [target, setTarget] = useState<Session | null>(null);
  const [endOne] = useMutation(EndMySessionDocument, { refetchQueries: [MySessionsDocument], awaitRefetchQueries: true });
  const [endOthers] = useMutation(EndMyOtherSessionsDocument, { refetchQueries: [MySessionsDocument], awaitRefetchQueries: true });
  const one = useAction(async (id: string) => (await endOne({ variables: { id } })).data!.endMySession, {
    focusAfter: status,
    onDone: () => setMessage(t('account.sessions.ended')),
  });
  const all = useAction(async () => (await endOthers()).data!.endMyOtherSessions, {
    focusAfter: status,
    onDone: (count) => setMessage(t('account.sessions.endedElsewhere', { count })),
  });

  if (loading && !data) return <LoadingState />;
  if (error && !data) return <ErrorState error={error} />;
  const sessions = [...(data?.mySessions ?? [])].sort((a, b) => Number(b.current) - Number(a.current));
  const others = sessions.filter((s) => !s.current);
  const device = (s: Session) => describeDevice(s.userAgent) ?? t('account.sessions.unknownDevice');
  const when = (iso: string) => formatDateTime(iso, i18n.language);

  return (
    <section aria-labelledby="account-sessions">
      <Heading level={2} id="account-sessions">
        {t('account.sessions.title')}
      </Heading>
      <Paragraph>{t('account.sessions.intro')}</Paragraph>
      <div ref={status} tabIndex={-1} data-testid="account-sessions-status">
        {message && <Alert type="ok">{message}</Alert>}
      </div>
      {!one.asking && <ActionError errors={one.errors} />}
      {!all.asking && <ActionError errors={all.errors} />}
      <ul className="kijkje-account-sessions">
        {sessions.map((s) => (
          <li key={s.id} data-testid="account-session" data-current={s.current}>
            <Paragraph>
              <strong>{device(s)}</strong>
              {s.current && <> · {t('account.sessions.current')}</>}
            </Paragraph>
            <Paragraph>
              {t('account.sessions.since', { when: when(s.createdAt) })}
              <br />
              {t('account.sessions.lastSeen', { when: when(s.lastSeenAt) })}
            </Paragraph>
            {!s.current && (
              <Button
                type="button"
                appearance="secondary-action-button"
                aria-label={t('account.sessions.signOutLabel', { device: device(s), when: when(s.lastSeenAt) })}
                onClick={() => {
                  setTarget(s);
                  one.ask();
                }}
              >
                {t('account.sessions.signOut')}
              </Button>
            )}
          </li>
        ))}
      </ul>
      {others.length > 0 ? (
        <Button type="button" appearance="secondary-action-button" hint="danger" onClick={all.ask}>
          {t('account.sessions.signOutElsewhere')}
        </Button>
      ) : (
        <Paragraph>{t('account.sessions.onlyThis')}</Paragraph>
      )}
      <ConfirmDialog
        open={one.asking && target !== null}
        tone="danger"
        testId="account-session-dialog"
        title={t('account.sessions.confirmOne.title')}
        confirmLabel={t('account.sessions.confirmOne.submit')}
        cancelLabel={t('account.sessions.cancel')}
        busy={one.pending}
        onConfirm={() => target && void one.run(target.id)}
        onCancel={one.cancel}
      >
        <Paragraph>{target && t('account.sessions.confirmOne.what', { device: device(target), when: when(target.lastSeenAt) })}</Paragraph>
      </ConfirmDialog>
      <ConfirmDialog
        open={all.asking}
        tone="danger"
        testId="account-sessions-dialog"
        title={t('account.sessions.confirmAll.title')}
        confirmLabel={t('account.sessions.confirmAll.submit')}
        cancelLabel={t('account.sessions.cancel')}
        busy={all.pending}
        onConfirm={() => void all.run()}
        onCancel={all.cancel}
      >
        <Paragraph>{t('account.sessions.confirmAll.what', { count: others.length })}</Paragraph>
      </ConfirmDialog>
    </section>
  );
}
