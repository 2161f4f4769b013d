import { useTranslation } from 'react-i18next';
import { formatNumber } from '@kijkje/web/ui';
import type { IndicatorPair } from './indicator-types';

/** Then vs now per indicator, as a table: the chart's numbers for every reader. */
export function IndicatorTable({ pairs }: { pairs: IndicatorPair[] }) {
  const { t, i18n } = useTranslation();
  const cell = (v: { period: string; value: number } | null | undefined, unit: string) =>
    v ? `${formatNumber(v.value, i18n.language)}${unit ? ` ${unit}` : ''} (${v.period})` : t('indicators.none');
  return (
    <table className="utrecht-table kijkje-indicator-table">
      <caption>{t('indicators.table.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('indicators.table.indicator')}</th>
          <th scope="col">{t('indicators.table.then')}</th>
          <th scope="col">{t('indicators.table.now')}</th>
          <th scope="col">{t('indicators.table.change')}</th>
        </tr>
      </thead>
      <tbody>
        {pairs.map((p) => (
          <tr key={p.code}>
            <th scope="row">
              {p.label} <span className="kijkje-indicator-code">({p.code})</span>
            </th>
            <td>{cell(p.then, p.unit)}</td>
            <td>{cell(p.now, p.unit)}</td>
            <td>{p.change === null || p.change === undefined ? '—' : `${p.change > 0 ? '+' : ''}${formatNumber(p.change, i18n.language)}`}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
