import { FINDING_KINDS, findingKindLabels, type FindingKind, type Language } from '@kijkje/domain';
import { escapeHtml } from '@kijkje/api/documents';

/** The kinds' colours, as the web app draws them. */
export const KIND_COLOURS: Record<FindingKind, string> = {
  STRENGTH: '#1a7a3c',
  CONCERN: '#b3261e',
  RECOMMENDATION: '#1f4e9c',
  OWN_RESPONSIBILITY: '#7a4a00',
};

export interface ChartRow {
  label: string;
  cells: { kind: FindingKind; count: number }[];
  total: number;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/**
 * Bars stacked by kind, one per row, in HTML rather than a scaled SVG: the text is real text at the
 * page's size (it stays readable on a phone, where a 600-wide SVG shrank it to 8 px), the label sits
 * above its bar on a narrow screen, and a legend names the kinds. The table under it carries the
 * same figures for everyone; the chart itself is one image with a complete text alternative.
 */
export function stackedBarChart(title: string, rows: ChartRow[], language: Language): string {
  const max = Math.max(1, ...rows.map((row) => row.total));
  const kinds = FINDING_KINDS.map((kind) => ({ kind, label: findingKindLabels[kind][language] }));
  const legend = kinds.map(({ kind, label }) => `<li><span class="swatch" style="background:${KIND_COLOURS[kind]}"></span>${escapeHtml(label)}</li>`).join('');
  const bars = rows
    .map((row) => {
      const segments = row.cells
        .filter((cell) => cell.count > 0)
        .map((cell) => `<span class="seg" style="width:${round1((cell.count / max) * 100)}%;background:${KIND_COLOURS[cell.kind]}"></span>`)
        .join('');
      return `<div class="bar-row"><span class="bar-label">${escapeHtml(row.label)}</span><span class="bar-track">${segments}</span><span class="bar-value">${row.total}</span></div>`;
    })
    .join('');
  const text = rows.map((row) => `${row.label}: ${row.cells.map((cell) => `${findingKindLabels[cell.kind][language]} ${cell.count}`).join(', ')}`).join('; ');
  return `<figure class="chart"><figcaption>${escapeHtml(title)}</figcaption><div role="img" aria-label="${escapeHtml(`${title}. ${text}`)}"><ul class="legend" aria-hidden="true">${legend}</ul><div class="bars" aria-hidden="true">${bars}</div></div></figure>`;
}

/** The chart's look: labels at least 14 px at any width; on a phone the label goes above its bar. */
export const CHART_CSS = `
.chart{margin:.5rem 0 1rem}
.chart figcaption{font-weight:600;margin:0 0 .5rem}
.legend{display:flex;flex-wrap:wrap;gap:.25rem 1rem;list-style:none;margin:0 0 .75rem;padding:0;font-size:.875rem}
.swatch{display:inline-block;width:.875rem;height:.875rem;margin-right:.375rem;vertical-align:-.125rem}
.bar-row{display:grid;grid-template-columns:minmax(0,12rem) minmax(0,1fr) max-content;gap:.25rem .5rem;align-items:center;margin:0 0 .5rem;font-size:1rem}
.bar-label{overflow-wrap:break-word}
.bar-track{display:flex;height:1.25rem;background:var(--soft)}
.seg{display:block;height:100%}
.bar-value{text-align:right;font-variant-numeric:tabular-nums;min-width:2ch}
@media (max-width:30rem){.bar-row{grid-template-columns:minmax(0,1fr) max-content}.bar-label{grid-column:1/-1}}
`;
