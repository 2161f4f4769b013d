import { useState, type FormEvent } from 'react';
import { Button, Checkbox, Fieldset, FieldsetLegend, FormField, FormFieldDescription, FormLabel } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, InputField, TextField, TextareaField, useFormErrors } from '@kijkje/web/ui';
import { findingsForActionPlan } from '@kijkje/domain';
import { findingLine, type Action, type ReportFinding } from './plan-types';

export interface ActionFormValues {
  title: string;
  description: string | null;
  owner: string;
  dueOn: string | null;
  findingIds: string[];
}

/**
 * What, who, by when and which findings: for a new action and for changing one. `save` throws
 * the API's error, which the form shows per field.
 */
export function ActionForm({
  idPrefix,
  findings,
  action,
  submitLabel,
  save,
  onCancel,
}: {
  idPrefix: string;
  findings: readonly ReportFinding[];
  action?: Action;
  submitLabel: string;
  save: (values: ActionFormValues) => Promise<void>;
  onCancel?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [title, setTitle] = useState(action?.title ?? '');
  const [description, setDescription] = useState(action?.description ?? '');
  const [owner, setOwner] = useState(action?.owner ?? '');
  const [dueOn, setDueOn] = useState(action?.dueOn ?? '');
  const [chosen, setChosen] = useState<string[]>(action?.findingIds ?? []);
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (
      !errors.check({
        ...(title.trim() ? {} : { title: 'actionPlan.form.titleRequired' }),
        ...(owner.trim() ? {} : { owner: 'actionPlan.form.ownerRequired' }),
      })
    )
      return;
    setBusy(true);
    try {
      await save({ title, description: description.trim() || null, owner, dueOn: dueOn || null, findingIds: chosen });
      if (!action) {
        setTitle('');
        setDescription('');
        setOwner('');
        setDueOn('');
        setChosen([]);
      }
    } catch (error) {
      errors.fail(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="kijkje-form" noValidate onSubmit={onSubmit}>
      <ErrorAlert message={errors.general} />
      <TextField id={`${idPrefix}-title`} label={t('actionPlan.form.title')} value={title} onChange={setTitle} required error={errors.field('title')} />
      <TextareaField
        id={`${idPrefix}-description`}
        label={t('actionPlan.form.description')}
        value={description}
        onChange={setDescription}
        rows={3}
        error={errors.field('description')}
      />
      <TextField
        id={`${idPrefix}-owner`}
        label={t('actionPlan.form.owner')}
        description={t('actionPlan.form.ownerDescription')}
        value={owner}
        onChange={setOwner}
        required
        error={errors.field('owner')}
      />
      <InputField id={`${idPrefix}-due`} type="date" label={t('actionPlan.form.dueOn')} value={dueOn} onChange={setDueOn} error={errors.field('dueOn')} />
      <Fieldset aria-describedby={`${idPrefix}-findings-description`} invalid={Boolean(errors.field('findingIds'))}>
        <FieldsetLegend>{t('actionPlan.form.findings')}</FieldsetLegend>
        <FormFieldDescription id={`${idPrefix}-findings-description`}>{t('actionPlan.form.findingsDescription')}</FormFieldDescription>
        {findingsForActionPlan(findings).map((finding) => (
          <FormField
            key={finding.id}
            type="checkbox"
            label={
              <FormLabel htmlFor={`${idPrefix}-finding-${finding.id}`} type="checkbox">
                {findingLine(finding, i18n.language)}
              </FormLabel>
            }
            input={
              <Checkbox
                id={`${idPrefix}-finding-${finding.id}`}
                checked={chosen.includes(finding.id)}
                onChange={(event) => setChosen((current) => (event.target.checked ? [...current, finding.id] : current.filter((id) => id !== finding.id)))}
              />
            }
          />
        ))}
        {errors.field('findingIds') && <ErrorAlert message={errors.field('findingIds')} />}
      </Fieldset>
      <div className="kijkje-actions">
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          {submitLabel}
        </Button>
        {onCancel && (
          <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
            {t('actionPlan.form.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}
