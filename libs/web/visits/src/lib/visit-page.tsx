import { useEffect, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { reportReachable } from '@kijkje/domain';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { MarkVisitHeldDocument, VisitDocument, type VisitQuery } from '@kijkje/web/data-access';
import { RouterLink, ErrorState, LoadingState, useFormErrors, usePageTitle, formatDateTime, formatNumber, ActionError } from '@kijkje/web/ui';
import { PreparationEditor } from './preparation-editor';
import { PreparationView } from './preparation-view';
import { TeamSection } from './team-section';
import { formatDay } from './visit-labels';
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
  const title = data ? t('visits.visitTo', { name: data.visit.hostOrganisation.name }) : t('visits.title');
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
      <TeamSection visit={visit} />
      {visit.rights.editPreparation ? (
        // The editor keeps its own copy of what it edits: it starts from fresh server data only.
        !fresh ? (
          <LoadingState />
        ) : (
          <PreparationEditor key={visit.id} visit={visit} onSubmitted={() => setNotice({ text: t('preparation.submitted'), focus: 'preparation-heading' })} />
        )
      ) : (
        visit.rights.readPreparation && <PreparationView visit={visit} />
      )}
    </>
  );
}

function VisitOverview({ visit }: { visit: VisitData }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const counts = visit.findingCounts;
  return (
    <section className="kijkje-section" aria-labelledby="overview-heading">
      <Heading level={2} id="overview-heading" tabIndex={-1}>
        {t('visits.overview')}
      </Heading>
      <dl className="kijkje-facts">
        <dt>{t('visits.facts.host')}</dt>
        <dd>{visit.hostOrganisation.name}</dd>
        <dt>{t('visits.facts.programme')}</dt>
        <dd>
          <RouterLink to={`/programmas/${visit.programme.id}`}>{visit.programme.name}</RouterLink>
        </dd>
        <dt>{t('visits.facts.round')}</dt>
        <dd>{visit.round.name}</dd>
        <dt>{t('visits.facts.date')}</dt>
        <dd>{formatDay(visit.startsOn, lang) || t('visits.facts.noDate')}</dd>
        <dt>{t('visits.facts.location')}</dt>
        <dd>{visit.location || t('visits.facts.noLocation')}</dd>
        <dt>{t('visits.facts.status')}</dt>
        <dd data-testid="visit-status">{t(`visits.status.${visit.status}`)}</dd>
        {visit.replyDeadline && (
          <>
            <dt>{t('visits.facts.replyDeadline')}</dt>
            <dd>{formatDateTime(visit.replyDeadline, lang)}</dd>
          </>
        )}
        {counts && (
          <>
            <dt>{t('visits.facts.progress')}</dt>
            <dd data-testid="visit-progress">
              {t(counts.submitted === null ? 'visits.progressShared' : 'visits.progress', {
                submitted: formatNumber(counts.submitted ?? 0, lang),
                shared: formatNumber(counts.shared ?? 0, lang),
                final: formatNumber(counts.final ?? 0, lang),
                released: formatNumber(counts.released ?? 0, lang),
              })}
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}

/** Lead or coordinator: the visit took place (PREPARED → HELD); then the findings can be shared. */
function MarkHeld({ visit, onDone }: { visit: VisitData; onDone: () => void }) {
  const { t } = useTranslation();
  const [markHeld, { loading }] = useMutation(MarkVisitHeldDocument);
  const errors = useFormErrors();

  const onClick = async () => {
    errors.clear();
    try {
      await markHeld({ variables: { input: { visitId: visit.id, version: visit.version } } });
      onDone();
    } catch (error) {
      errors.fail(error);
    }
  };

  return (
    <section className="kijkje-section" aria-labelledby="held-heading">
      <Heading level={2} id="held-heading">
        {t('visits.held.title')}
      </Heading>
      <Paragraph>{t('visits.held.intro')}</Paragraph>
      <ActionError errors={errors} />
      <Button type="button" appearance="primary-action-button" busy={loading} disabled={loading} onClick={() => void onClick()}>
        {t('visits.held.submit')}
      </Button>
    </section>
  );
}
