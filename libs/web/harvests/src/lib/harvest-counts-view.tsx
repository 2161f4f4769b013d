import { Heading, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { HarvestCountsFieldsFragment } from '@kijkje/web/data-access';
import { toLang, formatNumber } from '@kijkje/web/ui';
import { columnTotals, countTable, grandTotal, KINDS, showSum, stackedBars, type CountRowLike, type Sum } from './harvest-counts';

const DIMENSIONS = [
  { key: 'byTheme', heading: 'harvest.counts.byTheme', label: 'harvest.counts.theme' },
  { key: 'bySizeClass', heading: 'harvest.counts.bySizeClass', label: 'harvest.counts.sizeClass' },
  { key: 'byRound', heading: 'harvest.counts.byRound', label: 'harvest.counts.round' },
] as const;

/**
 * Tellen: per dimension a bar chart for the eye and a table under it for everyone. The chart is
 * hidden from assistive technology because the table says the same, completely. Hidden groups
 * (too few municipalities) read "verborgen" everywhere, and a sum that leaves one out says so; so
 * do the harvest's totals when its findings come from one or two municipalities.
 */
export function HarvestCounts({ counts, headingLevel, idPrefix }: { counts: HarvestCountsFieldsFragment; headingLevel: 2 | 3 | 4; idPrefix: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const totals = counts.totals;
  return (
    <>
      {/* Totals over one or two municipalities are hidden as a whole, with the reason, as a hidden row. */}
      {totals.suppressed || totals.total === null ? (
        <Paragraph data-testid="harvest-totals" className="kijkje-counts-note" role="note">
          {totals.suppressed?.[toLang(lang)] ?? t('harvest.counts.hidden')}
        </Paragraph>
      ) : (
        <Paragraph data-testid="harvest-totals">
          {t('harvest.counts.totals', {
            count: totals.total,
            findings: formatNumber(totals.total, lang),
            organisations: formatNumber(totals.organisations ?? 0, lang),
            rounds: formatNumber(totals.rounds ?? 0, lang),
          })}
        </Paragraph>
      )}
      {DIMENSIONS.map((dimension) => (
        <CountsBlock
          key={dimension.key}
          id={`${idPrefix}-${dimension.key}`}
          title={t(dimension.heading)}
          rowLabel={t(dimension.label)}
          rows={counts[dimension.key]}
          headingLevel={(headingLevel + 1) as 3 | 4 | 5}
        />
      ))}
    </>
  );
}

function CountsBlock({
  id,
  title,
  rowLabel,
  rows,
  headingLevel,
}: {
  id: string;
  title: string;
  rowLabel: string;
  rows: readonly CountRowLike[];
  headingLevel: 3 | 4 | 5;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const table = countTable(rows);
  const bars = stackedBars(table);
  const sums = columnTotals(table);
  const hidden = t('harvest.counts.hidden');
  const number = (value: number | null) => (value === null ? hidden : formatNumber(value, lang));
  const sum = (value: Sum) => showSum(value, (n) => formatNumber(n, lang), hidden);
  return (
    <section className="kijkje-section kijkje-counts" aria-labelledby={`${id}-heading`} data-testid={id}>
      <Heading level={headingLevel} id={`${id}-heading`}>
        {title}
      </Heading>
      {table.length === 0 ? (
        <Paragraph>{t('harvest.counts.none')}</Paragraph>
      ) : (
        <div className="kijkje-counts-grid">
          <div className="kijkje-chart" aria-hidden="true" data-testid={`${id}-chart`}>
            <ul className="kijkje-chart-legend">
              {KINDS.map((kind) => (
                <li key={kind}>
                  <span className={`kijkje-swatch kijkje-kind-${kind}`} />
                  {t(`findings.kind.${kind}`)}
                </li>
              ))}
            </ul>
            {bars.map((bar, index) => (
              <div className="kijkje-chart-row" key={bar.label}>
                <span className="kijkje-chart-label">{bar.label}</span>
                <span className="kijkje-chart-track">
                  {bar.segments.map((segment) => (
                    <span key={segment.kind} className={`kijkje-chart-bar kijkje-kind-${segment.kind}`} style={{ inlineSize: `${segment.percent}%` }} />
                  ))}
                </span>
                <span className="kijkje-chart-value">{sum(table[index].total)}</span>
              </div>
            ))}
          </div>
          {/* On a narrow screen the table scrolls sideways inside its own region, reachable by keyboard. */}
          <div className="kijkje-table-scroll kijkje-counts-table" role="region" aria-label={t('harvest.counts.caption', { title })} tabIndex={0}>
            <Table>
              <TableCaption>{t('harvest.counts.caption', { title })}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{rowLabel}</TableHeaderCell>
                  {KINDS.map((kind) => (
                    <TableHeaderCell key={kind} scope="col" className="utrecht-table__header-cell--numeric">
                      {t(`findings.kind.${kind}`)}
                    </TableHeaderCell>
                  ))}
                  <TableHeaderCell scope="col" className="utrecht-table__header-cell--numeric">
                    {t('harvest.counts.total')}
                  </TableHeaderCell>
                  <TableHeaderCell scope="col" className="utrecht-table__header-cell--numeric">
                    {t('harvest.counts.organisations')}
                  </TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {table.map((row) => (
                  <TableRow key={row.label}>
                    <TableHeaderCell scope="row">
                      {row.label}
                      {row.suppressed && <span className="kijkje-counts-note"> ({row.suppressed[toLang(lang)]})</span>}
                    </TableHeaderCell>
                    {row.values.map((value, index) => (
                      <TableCell key={KINDS[index]} className="utrecht-table__cell--numeric">
                        {number(value)}
                      </TableCell>
                    ))}
                    <TableCell className="utrecht-table__cell--numeric">{sum(row.total)}</TableCell>
                    <TableCell className="utrecht-table__cell--numeric">{number(row.organisations)}</TableCell>
                  </TableRow>
                ))}
                <TableRow data-testid={`${id}-totals`}>
                  <TableHeaderCell scope="row">{t('harvest.counts.total')}</TableHeaderCell>
                  {sums.map((total, index) => (
                    <TableCell key={KINDS[index]} className="utrecht-table__cell--numeric">
                      {sum(total)}
                    </TableCell>
                  ))}
                  <TableCell className="utrecht-table__cell--numeric">{sum(grandTotal(table))}</TableCell>
                  <TableCell />
                </TableRow>
              </TableBody>
            </Table>
          </div>
        </div>
      )}
    </section>
  );
}
