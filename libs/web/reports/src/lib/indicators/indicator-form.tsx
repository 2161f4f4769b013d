import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { INDICATOR_MANUAL_SOURCE, checkIndicatorInput, indicatorViolationMessages, normalisePeriod } from '@kijkje/domain';
import { IndicatorsDocument, SaveIndicatorValueDocument } from '@kijkje/web/data-access';
import { ErrorAlert, TextField, useFormErrors } from '@kijkje/web/ui';
import type { IndicatorValue } from './indicator-types';

const EMPTY = { code: '', label: '', period: '', value: '', unit: '', source: INDICATOR_MANUAL_SOURCE };

/** Enter one figure by hand; a figure for a code and period already there is changed (at the version shown). */
export function IndicatorForm({ visitId, values, notify }: { visitId: string; values: IndicatorValue[]; notify: (text: string) => void }) {
  const { t } = useTranslation();
  const [save, { loading }] = useMutation(SaveIndicatorValueDocument, {
    refetchQueries: [{ query: IndicatorsDocument, variables: { visitId } }],
    awaitRefetchQueries: true,
  });
  const [form, setForm] = useState(EMPTY);
  const errors = useFormErrors();
  const set = (key: keyof typeof EMPTY) => (value: string) => setForm((f) => ({ ...f, [key]: value }));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = checkIndicatorInput(form);
    if (!errors.check(Object.fromEntries(checked.violations.map((v) => [v.field, indicatorViolationMessages[v.code]])))) return;
    const period = normalisePeriod(form.period);
    const existing = values.find((v) => v.code === form.code.trim() && v.period === period);
    try {
      await save({ variables: { input: { visitId, ...form, unit: form.unit.trim() || null, version: existing?.version ?? 0 } } });
      notify(t(existing ? 'indicators.form.changed' : 'indicators.form.added', { code: form.code.trim(), period }));
      setForm(EMPTY);
    } catch (error) {
      errors.fail(error);
    }
  };

  const field = (key: keyof typeof EMPTY, description?: string) => (
    <TextField
      id={`indicator-${key}`}
      label={t(`indicators.form.${key}`)}
      description={description}
      value={form[key]}
      onChange={set(key)}
      error={errors.field(key)}
      required={key !== 'unit'}
    />
  );

  return (
    <form className="kijkje-form" noValidate onSubmit={onSubmit} aria-labelledby="indicator-form-heading">
      <h3 id="indicator-form-heading">{t('indicators.form.title')}</h3>
      <ErrorAlert message={errors.general} />
      {field('code', t('indicators.form.codeHelp'))}
      {field('label')}
      {field('period', t('indicators.form.periodHelp'))}
      {field('value', t('indicators.form.valueHelp'))}
      {field('unit')}
      {field('source')}
      <div className="kijkje-actions">
        <Button type="submit" appearance="primary-action-button" busy={loading} disabled={loading}>
          {t('indicators.form.submit')}
        </Button>
      </div>
    </form>
  );
}
