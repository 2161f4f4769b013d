import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, FormField, FormFieldDescription, FormLabel } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { INDICATOR_CSV_MAX_BYTES, indicatorCsvMessages } from '@kijkje/domain';
import { IndicatorsDocument, ImportIndicatorsDocument, type ImportIndicatorsMutation } from '@kijkje/web/data-access';
import { ErrorAlert, useFormErrors } from '@kijkje/web/ui';

type RowError = ImportIndicatorsMutation['importIndicators']['errors'][number];

/**
 * Upload a CSV export of CBS StatLine or waarstaatjegemeente.nl. When any row is wrong nothing is
 * written, and every wrong row is listed with its line number.
 */
export function IndicatorUpload({ visitId, notify }: { visitId: string; notify: (text: string) => void }) {
  const { t, i18n } = useTranslation();
  const [run, { loading }] = useMutation(ImportIndicatorsDocument, {
    refetchQueries: [{ query: IndicatorsDocument, variables: { visitId } }],
    awaitRefetchQueries: true,
  });
  const [file, setFile] = useState<File | null>(null);
  const [rowErrors, setRowErrors] = useState<RowError[]>([]);
  const errors = useFormErrors();
  const en = i18n.language.startsWith('en');

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setRowErrors([]);
    if (!file) return void errors.check({ csv: 'indicators.upload.chooseFile' });
    const csv = await file.text();
    if ([...csv].length > INDICATOR_CSV_MAX_BYTES) return void errors.check({ csv: indicatorCsvMessages.tooLarge });
    errors.check({});
    try {
      const res = (await run({ variables: { input: { visitId, csv } } })).data?.importIndicators;
      if (!res) return;
      if (res.errors.length > 0) setRowErrors(res.errors);
      else notify(t('indicators.upload.done', { added: res.added, updated: res.updated, skipped: res.skipped }));
    } catch (error) {
      errors.fail(error);
    }
  };

  const fieldError = errors.field('csv');
  return (
    <form className="kijkje-form" noValidate onSubmit={onSubmit} aria-labelledby="indicator-upload-heading">
      <h3 id="indicator-upload-heading">{t('indicators.upload.title')}</h3>
      <ErrorAlert message={errors.general} />
      <FormField
        invalid={Boolean(fieldError)}
        label={<FormLabel htmlFor="indicator-csv">{t('indicators.upload.file')}</FormLabel>}
        description={<FormFieldDescription id="indicator-csv-description">{t('indicators.upload.help')}</FormFieldDescription>}
        errorMessage={
          fieldError ? (
            <p id="indicator-csv-error" className="utrecht-form-field-error-message">
              {fieldError}
            </p>
          ) : undefined
        }
        input={
          <input
            id="indicator-csv"
            name="indicator-csv"
            type="file"
            accept=".csv,text/csv"
            aria-describedby={fieldError ? 'indicator-csv-description indicator-csv-error' : 'indicator-csv-description'}
            aria-invalid={fieldError ? true : undefined}
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        }
      />
      {rowErrors.length > 0 && (
        <div role="alert" className="kijkje-indicator-row-errors">
          <p>{t('indicators.upload.rowErrors', { count: rowErrors.length })}</p>
          <ul>
            {rowErrors.map((e, i) => (
              <li key={i}>
                {e.line > 0 ? t('indicators.upload.line', { line: e.line }) : t('indicators.upload.file')}: {en ? e.en : e.nl}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="kijkje-actions">
        <Button type="submit" appearance="primary-action-button" busy={loading} disabled={loading}>
          {t('indicators.upload.submit')}
        </Button>
      </div>
    </form>
  );
}
