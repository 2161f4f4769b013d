import { useEffect, useRef, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { ActionPlanDocument, AddPlanActionDocument, StartActionPlanDocument, VisitReportDocument } from '@kijkje/web/data-access';
import { ErrorAlert, ErrorState, LoadingState, RouterLink, useFormErrors, usePageTitle } from '@kijkje/web/ui';
import { ActionForm } from './action-form';
import { ActionItem } from './action-item';
import { AnsweredRecommendations, HostControls } from './plan-controls';
import { PlanFigures } from './plan-figures';
import { IndicatorsSection } from '../indicators/indicators-section';
import { ProgressReviews } from './progress-reviews';
import { FollowUps } from './follow-ups';
import './plan.css';

/**
 * /bezoeken/:id/verbeterplan — the action plan after the final report: the host writes it and
 * shares it; the team comments and the lead marks answered recommendations; the coordinator
 * sees its figures, and its content when the host opens it; others read it as far as shared.
 */
export function ActionPlanPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const planQuery = useQuery(ActionPlanDocument, { variables: { visitId: id }, fetchPolicy: 'cache-and-network' });
  const reportQuery = useQuery(VisitReportDocument, { variables: { visitId: id, revision: null }, fetchPolicy: 'cache-first' });
  const refetch = { refetchQueries: [{ query: ActionPlanDocument, variables: { visitId: id } }], awaitRefetchQueries: true };
  const [start, { loading: starting }] = useMutation(StartActionPlanDocument, refetch);
  const [add] = useMutation(AddPlanActionDocument, refetch);
  const startErrors = useFormErrors();
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  const report = reportQuery.data?.visitReport ?? null;
  const title = report ? t('actionPlan.title', { name: report.host }) : t('actionPlan.titlePlain');
  usePageTitle(title);
  const standing = planQuery.data?.actionPlan ?? null;
  if (planQuery.loading && !standing) return <LoadingState />;
  if (!standing) {
    if (planQuery.error && !/NOT_FOUND|FORBIDDEN/.test(JSON.stringify(planQuery.error))) return <ErrorState error={planQuery.error} />;
    return (
      <>
        <Heading level={1}>{title}</Heading>
        <Paragraph>{t('actionPlan.notAvailable')}</Paragraph>
      </>
    );
  }
  const plan = standing.plan;
  const findings = report?.findings ?? [];
  const notify = (text: string) => setNotice(text);

  return (
    <>
      <Paragraph>
        <RouterLink to={`/bezoeken/${id}/verslag`}>{t('actionPlan.back')}</RouterLink>
        {(standing.canStart || plan?.rights.edit) && (
          <>
            {' · '}
            <RouterLink to="/tijdlijn">{t('timeline.ownLink')}</RouterLink>
          </>
        )}
      </Paragraph>
      <Heading level={1}>{title}</Heading>
      <div role="status" tabIndex={-1} ref={noticeRef}>
        {notice && <Alert type="ok">{notice}</Alert>}
      </div>
      {standing.canStart && (
        <section className="kijkje-section">
          <Paragraph>{t('actionPlan.startIntro')}</Paragraph>
          <ErrorAlert message={startErrors.general} />
          <Button
            type="button"
            appearance="primary-action-button"
            busy={starting}
            disabled={starting}
            onClick={async () => {
              try {
                await start({ variables: { visitId: id } });
                notify(t('actionPlan.started'));
              } catch (error) {
                startErrors.fail(error);
              }
            }}
          >
            {t('actionPlan.start')}
          </Button>
        </section>
      )}
      {!plan && !standing.canStart && <Paragraph>{t('actionPlan.none')}</Paragraph>}
      {plan && (
        <>
          <PlanFigures plan={plan} />
          {plan.rights.edit && <HostControls plan={plan} notify={notify} />}
          {plan.actions && <AnsweredRecommendations plan={plan} findings={findings} notify={notify} />}
          {plan.actions ? (
            <section className="kijkje-section" aria-labelledby="plan-actions-heading">
              <Heading level={2} id="plan-actions-heading">
                {t('actionPlan.actionsTitle')}
              </Heading>
              {plan.actions.length === 0 && <Paragraph>{t('actionPlan.noActions')}</Paragraph>}
              <ol className="kijkje-plan-actions">
                {plan.actions.map((action) => (
                  <ActionItem key={action.id} action={action} plan={plan} findings={findings} notify={notify} />
                ))}
              </ol>
            </section>
          ) : (
            <Paragraph>{t('actionPlan.figuresOnly')}</Paragraph>
          )}
          {plan.rights.edit && (
            <section className="kijkje-section" aria-labelledby="plan-add-heading">
              <Heading level={2} id="plan-add-heading">
                {t('actionPlan.addTitle')}
              </Heading>
              <ActionForm
                idPrefix="new-action"
                findings={findings}
                submitLabel={t('actionPlan.form.add')}
                save={async (values) => {
                  await add({ variables: { input: { visitId: id, ...values } } });
                  notify(t('actionPlan.added', { title: values.title.trim() }));
                }}
              />
            </section>
          )}
        </>
      )}
      <IndicatorsSection visitId={id} />
      <ProgressReviews visitId={id} />
      <FollowUps visitId={id} />
    </>
  );
}
