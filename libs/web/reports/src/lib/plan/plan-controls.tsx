import { useMutation } from '@apollo/client/react';
import { Button, Checkbox, Fieldset, FieldsetLegend, FormField, FormLabel, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { MarkRecommendationAnsweredDocument, SetActionPlanCoordinatorAccessDocument, ShareActionPlanDocument } from '@kijkje/web/data-access';
import { ErrorAlert, useFormErrors } from '@kijkje/web/ui';
import { findingLine, type Plan, type ReportFinding } from './plan-types';

/** The host shares the draft and decides whether the coordinator reads it. */
export function HostControls({ plan, notify }: { plan: Plan; notify: (text: string) => void }) {
  const { t } = useTranslation();
  const [share, { loading: sharing }] = useMutation(ShareActionPlanDocument);
  const [setAccess, { loading: setting }] = useMutation(SetActionPlanCoordinatorAccessDocument);
  const errors = useFormErrors();
  const run = async (step: () => Promise<unknown>, done: string) => {
    errors.clear();
    try {
      await step();
      notify(done);
    } catch (error) {
      errors.fail(error);
    }
  };
  const input = { visitId: plan.visitId, version: plan.version };
  return (
    <section className="kijkje-section" aria-labelledby="plan-sharing-heading">
      <Heading level={2} id="plan-sharing-heading">
        {t('actionPlan.sharing.title')}
      </Heading>
      <Paragraph>{t(plan.status === 'DRAFT' ? 'actionPlan.sharing.draft' : 'actionPlan.sharing.shared')}</Paragraph>
      <Paragraph>{t(plan.openToCoordinator ? 'actionPlan.sharing.coordinatorReads' : 'actionPlan.sharing.coordinatorFigures')}</Paragraph>
      <ErrorAlert message={errors.general} />
      <div className="kijkje-actions">
        {plan.rights.share && (
          <Button
            type="button"
            appearance="primary-action-button"
            busy={sharing}
            disabled={sharing}
            onClick={() => void run(() => share({ variables: { input } }), t('actionPlan.sharing.sharedDone'))}
          >
            {t('actionPlan.sharing.share')}
          </Button>
        )}
        <Button
          type="button"
          appearance="secondary-action-button"
          busy={setting}
          disabled={setting}
          onClick={() =>
            void run(
              () => setAccess({ variables: { input: { ...input, open: !plan.openToCoordinator } } }),
              t(plan.openToCoordinator ? 'actionPlan.sharing.closedDone' : 'actionPlan.sharing.openedDone'),
            )
          }
        >
          {t(plan.openToCoordinator ? 'actionPlan.sharing.close' : 'actionPlan.sharing.open')}
        </Button>
      </div>
    </section>
  );
}

/** The lead marks which recommendations of the report the plan answers; every reader sees the marks. */
export function AnsweredRecommendations({ plan, findings, notify }: { plan: Plan; findings: readonly ReportFinding[]; notify: (text: string) => void }) {
  const { t, i18n } = useTranslation();
  const [mark, { loading }] = useMutation(MarkRecommendationAnsweredDocument);
  const errors = useFormErrors();
  const recommendations = findings.filter((f) => f.kind === 'RECOMMENDATION');
  const answered = new Set(plan.answeredFindingIds ?? []);
  if (!recommendations.length) return null;
  const toggle = async (finding: ReportFinding, value: boolean) => {
    errors.clear();
    try {
      await mark({ variables: { input: { visitId: plan.visitId, version: plan.version, findingId: finding.id, answered: value } } });
      notify(t(value ? 'actionPlan.answers.marked' : 'actionPlan.answers.unmarked'));
    } catch (error) {
      errors.fail(error);
    }
  };
  return (
    <section className="kijkje-section" aria-labelledby="plan-answers-heading">
      <Heading level={2} id="plan-answers-heading">
        {t('actionPlan.answers.title')}
      </Heading>
      <ErrorAlert message={errors.general} />
      <Fieldset>
        <FieldsetLegend>{t(plan.rights.markAnswered ? 'actionPlan.answers.legendLead' : 'actionPlan.answers.legend')}</FieldsetLegend>
        {recommendations.map((f) => (
          <FormField
            key={f.id}
            type="checkbox"
            label={
              <FormLabel htmlFor={`answered-${f.id}`} type="checkbox">
                {findingLine(f, i18n.language)}
              </FormLabel>
            }
            input={
              <Checkbox
                id={`answered-${f.id}`}
                checked={answered.has(f.id)}
                disabled={!plan.rights.markAnswered || loading}
                onChange={(event) => void toggle(f, event.target.checked)}
              />
            }
          />
        ))}
      </Fieldset>
    </section>
  );
}
