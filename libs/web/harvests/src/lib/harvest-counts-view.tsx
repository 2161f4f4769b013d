import { Heading, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { HarvestCountsFieldsFragment, HarvestPatternFieldsFragment } from '@kijkje/web/data-access';
import { toLang, formatNumber } from '@kijkje/web/ui';
import { columnTotals, countTable, KINDS, stackedBars, type CountRowLike } from './harvest-counts';

const DIMENSIONS = [
  { key: 'byTheme', heading: 'harvest.counts.byTheme', label: 'harvest.counts.theme' },
  { key: 'bySizeClass', heading: 'harvest.counts.bySizeClass', label: 'harvest.counts.sizeClass' },
  { key: 'byRound', heading: 'harvest.counts.byRound', label: 'harvest.counts.round' },
] as const;

/**
 * Tellen: per dimension a bar chart for the eye and a table beside it for everyone. The chart is
 * hidden from assistive technology because the table says the same, completely.
 */
export function HarvestCounts({ counts, headingLevel, idPrefix }: { counts: HarvestCountsFieldsFragment; headingLevel: 2 | 3; idPrefix: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const totals = counts.totals;
  return (
    <>
      <Paragraph data-testid="harvest-totals">
        {t('harvest.counts.totals', {
          findings: formatNumber(totals.total, lang),
          organisations: formatNumber(totals.organisations, lang),
          rounds: formatNumber(totals.rounds, lang),
        })}
      </Paragraph>
      {DIMENSIONS.map((dimension) => (
        <CountsBlock
          key={dimension.key}
          id={`${idPrefix}-${dimension.key}`}
          title={t(dimension.heading)}
          rowLabel={t(dimension.label)}
          rows={counts[dimension.key]}
          headingLevel={(headingLevel + 1) as 3 | 4}
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
  headingLevel: 3 | 4;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const table = countTable(rows);
  const bars = stackedBars(table);
  const sums = columnTotals(table);
  const number = (value: number | null) => (value === null ? t('harvest.counts.hidden') : formatNumber(value, lang));
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
            {bars.map((bar) => (
              <div className="kijkje-chart-row" key={bar.label}>
                <span className="kijkje-chart-label">{bar.label}</span>
                <span className="kijkje-chart-track">
                  {bar.segments.map((segment) => (
                    <span key={segment.kind} className={`kijkje-chart-bar kijkje-kind-${segment.kind}`} style={{ inlineSize: `${segment.percent}%` }} />
                  ))}
                </span>
                <span className="kijkje-chart-value">{bar.hidden ? t('harvest.counts.hidden') : formatNumber(bar.total, lang)}</span>
              </div>
            ))}
          </div>
          <div className="kijkje-table-scroll">
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
                    <TableCell className="utrecht-table__cell--numeric">{number(row.total)}</TableCell>
                    <TableCell className="utrecht-table__cell--numeric">{number(row.organisations)}</TableCell>
                  </TableRow>
                ))}
                <TableRow>
                  <TableHeaderCell scope="row">{t('harvest.counts.total')}</TableHeaderCell>
                  {sums.map((sum, index) => (
                    <TableCell key={KINDS[index]} className="utrecht-table__cell--numeric">
                      {formatNumber(sum, lang)}
                    </TableCell>
                  ))}
                  <TableCell className="utrecht-table__cell--numeric">
                    {formatNumber(
                      sums.reduce((a, b) => a + b, 0),
                      lang,
                    )}
                  </TableCell>
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

/** Patronen: what recurs across at least three municipalities, how often and where, anonymised. */
export function HarvestPatterns({ patterns, headingLevel }: { patterns: readonly HarvestPatternFieldsFragment[]; headingLevel: 3 | 4 }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  if (patterns.length === 0) return <Paragraph>{t('harvest.patterns.none')}</Paragraph>;
  const places = (list: HarvestPatternFieldsFragment['rounds']) =>
    list
      .map((place) =>
        t('harvest.patterns.place', {
          label: place.label,
          findings: place.findings === null || place.findings === undefined ? t('harvest.counts.hidden') : formatNumber(place.findings, lang),
        }),
      )
      .join('; ');
  return (
    <ul className="kijkje-patterns" data-testid="harvest-patterns">
      {patterns.map((pattern) => (
        <li key={pattern.key}>
          <Heading level={headingLevel}>
            {pattern.label} <span className="kijkje-pattern-type">({t(`harvest.patterns.type.${pattern.type}`, { defaultValue: pattern.type })})</span>
          </Heading>
          <Paragraph>
            {t('harvest.patterns.summary', { findings: formatNumber(pattern.findings, lang), organisations: formatNumber(pattern.organisations, lang) })}
          </Paragraph>
          <dl className="kijkje-facts">
            <dt>{t('harvest.patterns.byKind')}</dt>
            <dd>
              {pattern.byKind
                .filter((cell) => cell.count !== 0)
                .map(
                  (cell) =>
                    `${t(`findings.kind.${cell.kind}`)}: ${cell.count === null || cell.count === undefined ? t('harvest.counts.hidden') : formatNumber(cell.count, lang)}`,
                )
                .join('; ') || t('common.none')}
            </dd>
            <dt>{t('harvest.patterns.rounds')}</dt>
            <dd>{places(pattern.rounds) || t('common.none')}</dd>
            <dt>{t('harvest.patterns.sizeClasses')}</dt>
            <dd>{places(pattern.sizeClasses) || t('common.none')}</dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}
