import { useEffect, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import { hasSelfAssessment, reportReachable } from '@kijkje/domain';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { VisitDocument, type VisitQuery } from '@kijkje/web/data-access';
import { RouterLink, ErrorState, LoadingState, usePageTitle } from '@kijkje/web/ui';
import { MarkHeld, MarkHeldLater } from './mark-held';
import { PreparationEditor } from './preparation-editor';
import { PreparationView } from './preparation-view';
import { TeamSection } from './team-section';
import { VisitDeadlinesForm } from './visit-deadlines-form';
import { VisitOverview } from './visit-overview';
import { visitTitle } from './visit-labels';
import './visits.css';

export type VisitData = VisitQuery['visit'];

/** /bezoeken/:id — the overview, the team, and the host's preparation. */
export function VisitPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(VisitDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [notice, setNotice] = useState<{ text: string; focus: string } | null>(null);
  // The button just used disappears with the step it took: the focus goes to what changed.
  useEffect(() => {
    if (!notice) return;
    const frame = requestAnimationFrame(() => document.getElementById(notice.focus)?.focus());
    return () => cancelAnimationFrame(frame);
  }, [notice]);
  // Set once the network has answered: the editor starts from fresh data, and a later refetch
  // does not take it away (it keeps the host's typing).
  const [fresh, setFresh] = useState(false);
  if (!fresh && !loading && data) setFresh(true);
  const title = data ? visitTitle(data.visit, t) : t('visits.title');
  usePageTitle(title);

  if (loading && !data) return <LoadingState />;
  if (error && !data) return <ErrorState error={error} />;
  if (!data) return null;
  const visit = data.visit;

  return (
    <>
      <Paragraph>
        <RouterLink to="/bezoeken">{t('visits.back')}</RouterLink>
      </Paragraph>
      <Heading level={1}>{title}</Heading>
      <div role="status">{notice && <Alert type="ok">{notice.text}</Alert>}</div>
      {visit.followUpOf && (
        <Paragraph>
          {t('visits.followUp.intro')} <RouterLink to={`/bezoeken/${visit.followUpOf}/verbeterplan`}>{t('visits.followUp.planLink')}</RouterLink>
        </Paragraph>
      )}
      <VisitOverview visit={visit} />
      {visit.rights.readFindings && (
        <Paragraph>
          <RouterLink to={`/bezoeken/${visit.id}/bevindingen`}>{t('visits.toFindings')}</RouterLink>
        </Paragraph>
      )}
      {reportReachable(visit.status) && (
        <Paragraph>
          <RouterLink to={`/bezoeken/${visit.id}/verslag`}>{t('report.fromVisit')}</RouterLink>
        </Paragraph>
      )}
      {visit.rights.markHeld && <MarkHeld visit={visit} onDone={() => setNotice({ text: t('visits.held.done'), focus: 'overview-heading' })} />}
      {visit.rights.markHeldLater && <MarkHeldLater visit={visit} />}
      {visit.myRelations.includes('coordinator') && visit.status !== 'REPORT_FINAL' && (
        <VisitDeadlinesForm key={visit.version} visit={visit} onDone={() => setNotice({ text: t('visits.deadlines.saved'), focus: 'overview-heading' })} />
      )}
      <TeamSection visit={visit} />
      {visit.rights.editPreparation ? (
        // The editor keeps its own copy of what it edits: it starts from fresh server data only.
        !fresh ? (
          <LoadingState />
        ) : (
          <PreparationEditor key={visit.id} visit={visit} onSubmitted={() => setNotice({ text: t('preparation.submitted'), focus: 'preparation-heading' })} />
        )
      ) : (
        visit.rights.readPreparation && hasSelfAssessment(visit.kind) && <PreparationView visit={visit} />
      )}
    </>
  );
}
