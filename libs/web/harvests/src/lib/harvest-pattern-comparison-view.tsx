import { Heading, Paragraph, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { HarvestComparisonFieldsFragment } from '@kijkje/web/data-access';
import { toLang } from '@kijkje/web/ui';
import { ScrollTable } from './harvest-comparison-view';
import { useShownNumber } from './use-shown-number';

type PatternComparison = NonNullable<HarvestComparisonFieldsFragment['patterns']>;

/**
 * Patronen door de jaren heen: per pattern the municipalities and findings of each compared
 * programme (earliest first), the programmes together and what changed in the latest one. A
 * hidden number reads "verborgen"; the notes say why.
 */
export function HarvestPatternComparison({ comparison, headingLevel, idPrefix }: { comparison: PatternComparison; headingLevel: 2 | 3 | 4; idPrefix: string }) {
  const { t, i18n } = useTranslation();
  const lang = toLang(i18n.language);
  const number = useShownNumber();
  const id = `${idPrefix}-pattern-comparison`;
  const columns = [...comparison.programmes, t('harvest.patternComparison.together')];
  return (
    <section className="kijkje-section" aria-labelledby={`${id}-heading`} data-testid={id}>
      <Heading level={headingLevel} id={`${id}-heading`}>
        {t('harvest.patternComparison.title')}
      </Heading>
      <Paragraph>{t('harvest.patternComparison.intro')}</Paragraph>
      {comparison.patterns.length === 0 ? (
        <Paragraph>{t('harvest.patternComparison.none')}</Paragraph>
      ) : (
        <ScrollTable caption={t('harvest.patternComparison.caption')}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('harvest.patternComparison.pattern')}</TableHeaderCell>
              {columns.flatMap((name) => [
                <TableHeaderCell key={`${name}-organisations`} scope="col" className="utrecht-table__header-cell--numeric">
                  {t('harvest.patternComparison.organisationsOf', { name })}
                </TableHeaderCell>,
                <TableHeaderCell key={`${name}-findings`} scope="col" className="utrecht-table__header-cell--numeric">
                  {t('harvest.patternComparison.findingsOf', { name })}
                </TableHeaderCell>,
              ])}
              <TableHeaderCell scope="col">{t('harvest.patternComparison.change')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {comparison.patterns.map((pattern) => (
              <TableRow key={pattern.key}>
                <TableHeaderCell scope="row">{pattern.label}</TableHeaderCell>
                {[
                  ...pattern.organisations.map((organisations, index) => [organisations, pattern.findings[index] ?? null] as const),
                  [pattern.totalOrganisations, pattern.totalFindings] as const,
                ].flatMap(([organisations, findings], index) => [
                  <TableCell key={`${columns[index]}-organisations`} className="utrecht-table__cell--numeric">
                    {number(organisations)}
                  </TableCell>,
                  <TableCell key={`${columns[index]}-findings`} className="utrecht-table__cell--numeric">
                    {number(findings)}
                  </TableCell>,
                ])}
                <TableCell>{pattern.changeLabel ? pattern.changeLabel[lang] : '—'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </ScrollTable>
      )}
      {comparison.notes.map((note) => (
        <Paragraph key={note.nl} className="kijkje-counts-note">
          {note[lang]}
        </Paragraph>
      ))}
    </section>
  );
}
