import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { FindingsBoardDocument, useSession } from '@kijkje/web/data-access';
import { RouterLink, ErrorState, LoadingState, usePageTitle } from '@kijkje/web/ui';
import { ConnectionNotice, CoordinatorNote, Counts, ReplyPeriod } from './board-notices';
import { CaptureSection } from './capture-form';
import { EditSessionsProvider } from './edit-sessions';
import { Board } from './findings-board';
import { LeadActions } from './lead-actions';
import { useLiveFindings } from './use-live-findings';
import './findings.css';

/**
 * /bezoeken/:id/bevindingen — the live findings board for the team, the host and the coordinator.
 * The board is the page: the team's capture form stays beside it (on a phone: above it, one
 * screen at most), the figures and the lead's steps follow it.
 */
export function FindingsBoardPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { viewer } = useSession();
  const { data, loading, error } = useQuery(FindingsBoardDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [announcement, setAnnouncement] = useState('');
  const title = data ? t('findings.title', { name: data.visit.hostOrganisation.name }) : t('findings.titlePlain');
  usePageTitle(title);
  const viewerId = viewer?.user.id ?? '';
  useLiveFindings({ visitId: id, viewerId, skip: !data?.visit.rights.readFindings, announce: setAnnouncement });

  if (loading && !data) return <LoadingState />;
  if (error && !data) return <ErrorState error={error} />;
  if (!data) return null;
  const visit = data.visit;
  const relations = new Set(visit.myRelations);
  const team = relations.has('reviewer') || relations.has('lead');
  const host = relations.has('host');
  const onlyCoordinator = relations.has('coordinator') && !team && !host;
  const capture = visit.rights.addFinding && Boolean(viewerId);

  return (
    <>
      <Paragraph>
        <RouterLink to={`/bezoeken/${visit.id}`}>{t('findings.back', { name: visit.hostOrganisation.name })}</RouterLink>
      </Paragraph>
      <Heading level={1}>{title}</Heading>
      <Paragraph data-testid="board-review-question">
        <strong>{t('findings.reviewQuestion')}:</strong> {visit.reviewQuestion}
      </Paragraph>
      {!visit.rights.readFindings ? (
        <Alert type="warning">{t('findings.noAccess')}</Alert>
      ) : (
        <>
          <Paragraph className="kijkje-finding-meta" role="status" aria-live="polite" data-testid="live-announcement">
            {announcement}
          </Paragraph>
          <ConnectionNotice canCapture={visit.rights.addFinding} />
          {host && <ReplyPeriod visit={visit} />}
          {onlyCoordinator && <CoordinatorNote visit={visit} />}
          <div className={capture ? 'kijkje-board-layout kijkje-board-layout--capture' : 'kijkje-board-layout'}>
            {capture && (
              <div className="kijkje-board-side">
                <CaptureSection visit={visit} userId={viewerId} announce={setAnnouncement} />
              </div>
            )}
            <div className="kijkje-board-main">
              <EditSessionsProvider>
                <Board visit={visit} showRelease={host} onlyCoordinator={onlyCoordinator} />
              </EditSessionsProvider>
            </div>
          </div>
          <Counts visit={visit} />
          {relations.has('lead') && <LeadActions visit={visit} />}
        </>
      )}
    </>
  );
}
