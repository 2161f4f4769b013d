import { useCallback, useEffect, useRef, useSyncExternalStore } from 'react';
import { useApolloClient, useSubscription } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import {
  FindingChangedDocument,
  FindingDocument,
  FindingsBoardDocument,
  VisitFindingCountsDocument,
  type FindingChangedSubscription,
} from '@kijkje/web/data-access';
import { readApiError, useOnline } from '@kijkje/web/ui';
import { liveResume, liveStatus } from '@kijkje/web/data-access';
import { putOnBoard, takeOffBoard } from './board-cache';

type Change = FindingChangedSubscription['findingChanged'];

/**
 * Follows the visit's board live. Events carry ids only: on an id the finding is fetched as this
 * reader may see it (not found: deleted, or not for this reader, so it leaves the board); on
 * REFRESH, always the first event and sent after a reconnect, the whole board is fetched again.
 * News from others is announced politely, never by moving the focus.
 */
export function useLiveFindings({ visitId, viewerId, skip, announce }: { visitId: string; viewerId: string; skip: boolean; announce: (text: string) => void }) {
  const client = useApolloClient();
  const { t } = useTranslation();
  const announceRef = useRef(announce);
  useEffect(() => {
    announceRef.current = announce;
  });

  const handle = useCallback(
    async (change: Change) => {
      if (!change.findingId || change.change === 'REFRESH') {
        await client.refetchQueries({ include: [FindingsBoardDocument] });
        return;
      }
      try {
        const { data } = await client.query({ query: FindingDocument, variables: { id: change.findingId }, fetchPolicy: 'network-only' });
        if (!data) return;
        const finding = data.finding;
        const added = putOnBoard(client.cache, visitId, finding);
        const byOther = finding.author.id !== viewerId;
        const what = { name: finding.author.name, kind: t(`findings.kind.${finding.kind}`), theme: finding.theme };
        if (added && byOther) announceRef.current(t('findings.live.added', what));
        else if (change.change === 'COMMENTED' && finding.comments.at(-1)?.author.id !== viewerId) announceRef.current(t('findings.live.commented', what));
        else if (change.change === 'RESPONDED' && finding.response?.respondedBy.id !== viewerId) announceRef.current(t('findings.live.responded', what));
      } catch (error) {
        if (readApiError(error, 'nl').code !== 'NOT_FOUND') return;
        takeOffBoard(client.cache, visitId, change.findingId);
        // The counts still moved (a coordinator sees only those).
        await client.query({ query: VisitFindingCountsDocument, variables: { id: visitId }, fetchPolicy: 'network-only' }).catch(() => undefined);
      }
    },
    [client, t, viewerId, visitId],
  );

  useSubscription(FindingChangedDocument, {
    variables: { visitId },
    skip,
    ignoreResults: true,
    onData: ({ data }) => {
      const change = data.data?.findingChanged;
      if (!change) return;
      if (change.eventId) liveResume.note(visitId, change.eventId);
      void handle(change);
    },
  });
}

/** The live socket's state and the browser's own idea of being online, for a quiet notice. */
export function useConnection(): { online: boolean; live: ReturnType<typeof liveStatus.get> } {
  const online = useOnline();
  const live = useSyncExternalStore(liveStatus.subscribe, liveStatus.get);
  return { online, live };
}
