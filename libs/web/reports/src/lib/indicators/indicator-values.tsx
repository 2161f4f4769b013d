import { useMutation } from '@apollo/client/react';
import { Button } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { IndicatorsDocument, RemoveIndicatorValueDocument } from '@kijkje/web/data-access';
import { ErrorAlert, VisuallyHidden, formatNumber, useFormErrors } from '@kijkje/web/ui';
import type { IndicatorValue } from './indicator-types';

/** Every figure entered, with its source; whoever enters figures removes them here. */
export function IndicatorValues({ visitId, values, notify }: { visitId: string; values: IndicatorValue[]; notify: (text: string) => void }) {
  const { t, i18n } = useTranslation();
  const [remove, { loading }] = useMutation(RemoveIndicatorValueDocument, {
    refetchQueries: [{ query: IndicatorsDocument, variables: { visitId } }],
    awaitRefetchQueries: true,
  });
  const errors = useFormErrors();
  if (values.length === 0) return null;
  return (
    <details className="kijkje-indicator-values">
      <summary>{t('indicators.values.title', { count: values.length })}</summary>
      <ErrorAlert message={errors.general} />
      <table className="utrecht-table">
        <thead>
          <tr>
            <th scope="col">{t('indicators.table.indicator')}</th>
            <th scope="col">{t('indicators.form.period')}</th>
            <th scope="col">{t('indicators.form.value')}</th>
            <th scope="col">{t('indicators.form.source')}</th>
            <th scope="col">
              <VisuallyHidden>{t('indicators.values.actions')}</VisuallyHidden>
            </th>
          </tr>
        </thead>
        <tbody>
          {values.map((v) => (
            <tr key={`${v.code}-${v.period}`}>
              <th scope="row">{`${v.label} (${v.code})`}</th>
              <td>{v.period}</td>
              <td>{`${formatNumber(v.value, i18n.language)}${v.unit ? ` ${v.unit}` : ''}`}</td>
              <td>{v.source}</td>
              <td>
                <Button
                  type="button"
                  appearance="subtle-button"
                  disabled={loading}
                  aria-label={t('indicators.values.remove', { code: v.code, period: v.period })}
                  onClick={async () => {
                    try {
                      await remove({ variables: { input: { visitId, code: v.code, period: v.period, version: v.version } } });
                      notify(t('indicators.values.removed', { code: v.code, period: v.period }));
                    } catch (error) {
                      errors.fail(error);
                    }
                  }}
                >
                  {t('indicators.values.removeShort')}
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
