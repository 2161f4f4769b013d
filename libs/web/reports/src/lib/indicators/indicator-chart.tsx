import { useTranslation } from 'react-i18next';
import { cutText } from '@kijkje/domain';
import { formatNumber } from '@kijkje/web/ui';
import type { IndicatorPair } from './indicator-types';

const WIDTH = 480;
const LABEL = 150;
const BAR = 14;
const GROUP = 2 * BAR + 22;

/**
 * Then vs now as bars, one pair per indicator, each on its own scale (indicators have different
 * units). role="img" with a text alternative; the table beside it has the same numbers.
 */
export function IndicatorChart({ pairs }: { pairs: IndicatorPair[] }) {
  const { t, i18n } = useTranslation();
  const shown = pairs.filter((p) => p.then || p.now);
  if (shown.length === 0) return null;
  const n = (value: number, unit: string) => `${formatNumber(value, i18n.language)}${unit ? ` ${unit}` : ''}`;
  const description = shown
    .map((p) =>
      t('indicators.chart.item', {
        label: p.label,
        then: p.then ? `${p.then.period}: ${n(p.then.value, p.unit)}` : t('indicators.none'),
        now: p.now ? `${p.now.period}: ${n(p.now.value, p.unit)}` : t('indicators.none'),
      }),
    )
    .join(' ');
  const height = shown.length * GROUP + 10;
  return (
    <figure className="kijkje-indicator-chart">
      <svg role="img" aria-labelledby="indicator-chart-title indicator-chart-desc" viewBox={`0 0 ${WIDTH} ${height}`} width="100%" style={{ maxWidth: WIDTH }}>
        <title id="indicator-chart-title">{t('indicators.chart.title')}</title>
        <desc id="indicator-chart-desc">{description}</desc>
        {shown.map((p, i) => {
          const max = Math.max(Math.abs(p.then?.value ?? 0), Math.abs(p.now?.value ?? 0)) || 1;
          const span = WIDTH - LABEL - 70;
          const y = i * GROUP + 4;
          const bar = (value: number | undefined, row: number, className: string, period: string) =>
            value === undefined ? null : (
              <g>
                <rect x={LABEL} y={y + row * BAR} width={Math.max(1, (Math.abs(value) / max) * span)} height={BAR - 2} className={className} />
                <text x={LABEL + Math.max(1, (Math.abs(value) / max) * span) + 4} y={y + row * BAR + BAR - 4} fontSize="10">
                  {`${period}: ${formatNumber(value, i18n.language)}`}
                </text>
              </g>
            );
          return (
            <g key={p.code} aria-hidden="true">
              <text x={0} y={y + BAR} fontSize="11">
                {cutText(p.label, 24, '…')}
              </text>
              {bar(p.then?.value, 0, 'kijkje-indicator-then', p.then?.period ?? '')}
              {bar(p.now?.value, 1, 'kijkje-indicator-now', p.now?.period ?? '')}
            </g>
          );
        })}
      </svg>
      <figcaption>{t('indicators.chart.caption')}</figcaption>
    </figure>
  );
}
