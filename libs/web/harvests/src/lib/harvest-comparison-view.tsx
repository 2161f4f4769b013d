import type { ReactNode } from 'react';
import { Heading, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useShownNumber } from './use-shown-number';
import type { HarvestComparisonFieldsFragment } from '@kijkje/web/data-access';
import { toLang } from '@kijkje/web/ui';
import { KINDS } from './harvest-counts';

/**
 * A table that scrolls sideways in its own region on a narrow screen, reachable by keyboard; its
 * words stay whole there (kijkje-counts-table), as in the counts' tables, instead of breaking into letters.
 */
export function ScrollTable({ caption, children }: { caption: string; children: ReactNode }) {
  return (
    <div className="kijkje-table-scroll kijkje-counts-table" role="region" aria-label={caption} tabIndex={0}>
      <Table>
        <TableCaption>{caption}</TableCaption>
        {children}
      </Table>
    </div>
  );
}

/**
 * The harvest's programme beside the others it compares with: per programme the municipalities and
 * findings by kind, and per theme the findings per municipality, so that size does not decide. A
 * programme of fewer than three municipalities reads "verborgen", with the reason; so does a theme
 * cell of fewer than three municipalities (or one that would give such a cell back), the reasons under the table.
 */
export function HarvestComparison({
  comparison,
  headingLevel,
  idPrefix,
}: {
  comparison: HarvestComparisonFieldsFragment;
  headingLevel: 2 | 3 | 4;
  idPrefix: string;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const number = useShownNumber();
  const id = `${idPrefix}-comparison`;
  return (
    <section className="kijkje-section" aria-labelledby={`${id}-heading`} data-testid={id}>
      <Heading level={headingLevel} id={`${id}-heading`}>
        {t('harvest.comparison.title')}
      </Heading>
      <Paragraph>{t('harvest.comparison.intro')}</Paragraph>
      <ScrollTable caption={t('harvest.comparison.totalsCaption')}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('harvest.comparison.programme')}</TableHeaderCell>
            <TableHeaderCell scope="col" className="utrecht-table__header-cell--numeric">
              {t('harvest.counts.organisations')}
            </TableHeaderCell>
            {KINDS.map((kind) => (
              <TableHeaderCell key={kind} scope="col" className="utrecht-table__header-cell--numeric">
                {t(`findings.kind.${kind}`)}
              </TableHeaderCell>
            ))}
            <TableHeaderCell scope="col" className="utrecht-table__header-cell--numeric">
              {t('harvest.counts.total')}
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {comparison.programmes.map((programme) => (
            <TableRow key={programme.name}>
              <TableHeaderCell scope="row">
                {programme.name}
                {programme.suppressed && <span className="kijkje-counts-note"> ({programme.suppressed[toLang(lang)]})</span>}
              </TableHeaderCell>
              <TableCell className="utrecht-table__cell--numeric">{number(programme.organisations)}</TableCell>
              {KINDS.map((kind) => (
                <TableCell key={kind} className="utrecht-table__cell--numeric">
                  {number(programme.totals ? (programme.totals.find((cell) => cell.kind === kind)?.count ?? 0) : null)}
                </TableCell>
              ))}
              <TableCell className="utrecht-table__cell--numeric">{number(programme.total)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </ScrollTable>
      <ScrollTable caption={t('harvest.comparison.themesCaption')}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('harvest.counts.theme')}</TableHeaderCell>
            {comparison.programmes.map((programme) => (
              <TableHeaderCell key={programme.name} scope="col" className="utrecht-table__header-cell--numeric">
                {programme.name}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {comparison.themes.map((theme) => (
            <TableRow key={theme.theme}>
              <TableHeaderCell scope="row">{theme.theme}</TableHeaderCell>
              {theme.cells.map((cell, index) => (
                <TableCell key={comparison.programmes[index]?.name ?? index} className="utrecht-table__cell--numeric">
                  {number(cell.perOrganisation)}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </ScrollTable>
      {comparison.notes.map((note) => (
        <Paragraph key={note.nl} className="kijkje-counts-note">
          {note[toLang(lang)]}
        </Paragraph>
      ))}
    </section>
  );
}
