import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button } from '@utrecht/component-library-react';
import { ACTION_STATUSES, actionMayMove, type ActionStatus } from '@kijkje/domain';
import { useTranslation } from 'react-i18next';
import { MovePlanActionDocument } from '@kijkje/web/data-access';
import { ErrorAlert, SelectField, TextField, useFormErrors } from '@kijkje/web/ui';
import type { Action } from './plan-types';

/** The host moves an action on: only to where libs/domain lets it go; dropping asks why. */
export function ActionMove({ action, onMoved }: { action: Action; onMoved: (text: string) => void }) {
  const { t } = useTranslation();
  const next = ACTION_STATUSES.filter((s) => actionMayMove(action.status, s));
  const [status, setStatus] = useState<ActionStatus>(next[0]);
  const [reason, setReason] = useState('');
  const [move, { loading }] = useMutation(MovePlanActionDocument);
  const errors = useFormErrors();
  const id = `move-${action.id}`;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (status === 'DROPPED' && !errors.check(reason.trim() ? {} : { reason: 'actionPlan.move.reasonRequired' })) return;
    try {
      await move({ variables: { input: { id: action.id, version: action.version, status, reason: status === 'DROPPED' ? reason : null } } });
      setReason('');
      onMoved(t('actionPlan.move.done', { title: action.title, status: t(`actionPlan.status.${status}`) }));
    } catch (error) {
      errors.fail(error);
    }
  };

  return (
    <form className="kijkje-form kijkje-plan-move" noValidate onSubmit={onSubmit}>
      <ErrorAlert message={errors.general} />
      <SelectField
        id={`${id}-status`}
        label={t('actionPlan.move.label', { title: action.title })}
        value={status}
        onChange={(value) => setStatus(value as ActionStatus)}
        options={next.map((s) => ({ value: s, label: t(`actionPlan.status.${s}`) }))}
        error={errors.field('status')}
      />
      {status === 'DROPPED' && (
        <TextField id={`${id}-reason`} label={t('actionPlan.move.reason')} value={reason} onChange={setReason} required error={errors.field('reason')} />
      )}
      <Button type="submit" appearance="secondary-action-button" busy={loading} disabled={loading}>
        {t('actionPlan.move.submit')}
      </Button>
    </form>
  );
}
