import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ActionPlanDocument, RemovePlanActionDocument, UpdatePlanActionDocument } from '@kijkje/web/data-access';
import { ErrorAlert, formatDate, useFormErrors } from '@kijkje/web/ui';
import { ActionComments } from './action-comments';
import { ActionForm } from './action-form';
import { ActionMove } from './action-move';
import { findingLine, type Action, type Plan, type ReportFinding } from './plan-types';

/** One action of the plan as its reader sees it, with the host's and the team's steps on it. */
export function ActionItem({
  action,
  plan,
  findings,
  notify,
}: {
  action: Action;
  plan: Plan;
  findings: readonly ReportFinding[];
  notify: (text: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const refetch = { refetchQueries: [{ query: ActionPlanDocument, variables: { visitId: plan.visitId } }], awaitRefetchQueries: true };
  const [update] = useMutation(UpdatePlanActionDocument, refetch);
  const [remove, { loading: removing }] = useMutation(RemovePlanActionDocument, refetch);
  const removeErrors = useFormErrors();
  const byId = new Map(findings.map((f) => [f.id, f]));
  const linked = action.findingIds.map((id) => byId.get(id)).filter((f): f is ReportFinding => Boolean(f));
  const hidden = action.findingIds.length - linked.length;

  const onRemove = async () => {
    try {
      await remove({ variables: { input: { id: action.id, version: action.version } } });
      notify(t('actionPlan.removed', { title: action.title }));
    } catch (error) {
      removeErrors.fail(error);
    }
  };

  return (
    <li className="kijkje-plan-action">
      <Heading level={3}>{action.title}</Heading>
      <dl className="kijkje-facts">
        <dt>{t('actionPlan.fields.status')}</dt>
        <dd>{t(`actionPlan.status.${action.status}`)}</dd>
        <dt>{t('actionPlan.fields.owner')}</dt>
        <dd>{action.owner}</dd>
        <dt>{t('actionPlan.fields.dueOn')}</dt>
        <dd>{action.dueOn ? formatDate(action.dueOn, i18n.language) : t('actionPlan.fields.noDate')}</dd>
        {action.dropReason && (
          <>
            <dt>{t('actionPlan.fields.dropReason')}</dt>
            <dd>{action.dropReason}</dd>
          </>
        )}
      </dl>
      {action.description && <Paragraph>{action.description}</Paragraph>}
      <Paragraph>{t('actionPlan.fields.findings')}</Paragraph>
      <ul>
        {linked.map((f) => (
          <li key={f.id}>{findingLine(f, i18n.language)}</li>
        ))}
        {hidden > 0 && <li>{t('actionPlan.fields.hiddenFindings', { count: hidden })}</li>}
      </ul>
      {plan.rights.edit && !editing && (
        <>
          <ActionMove action={action} onMoved={notify} />
          <ErrorAlert message={removeErrors.general} />
          <div className="kijkje-actions">
            <Button type="button" appearance="secondary-action-button" onClick={() => setEditing(true)}>
              {t('actionPlan.edit', { title: action.title })}
            </Button>
            {plan.status === 'DRAFT' && (
              <Button type="button" appearance="secondary-action-button" hint="danger" busy={removing} disabled={removing} onClick={() => void onRemove()}>
                {t('actionPlan.remove', { title: action.title })}
              </Button>
            )}
          </div>
        </>
      )}
      {editing && (
        <ActionForm
          idPrefix={`edit-${action.id}`}
          findings={findings}
          action={action}
          submitLabel={t('actionPlan.form.save')}
          onCancel={() => setEditing(false)}
          save={async (values) => {
            await update({ variables: { input: { id: action.id, version: action.version, ...values } } });
            setEditing(false);
            notify(t('actionPlan.saved', { title: values.title.trim() }));
          }}
        />
      )}
      <ActionComments action={action} visitId={plan.visitId} canComment={plan.rights.comment} />
    </li>
  );
}
