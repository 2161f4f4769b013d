import { useQuery } from '@apollo/client/react';
import { Heading, Link, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { HarvestSystemSignalsDocument, type HarvestSystemSignalsQuery } from '@kijkje/web/data-access';
import { formatNumber } from '@kijkje/web/ui';

/** The CSV of a harvest's signals for national partners: the same readers as the PDF and DOCX. */
export function systemSignalsPath(harvestId: string, lang: string, number?: number): string {
  const query = [number ? `versie=${number}` : '', lang.startsWith('en') ? 'taal=en' : ''].filter(Boolean).join('&');
  return `/export/systeemsignalen/${encodeURIComponent(harvestId)}${query ? `?${query}` : ''}`;
}

/**
 * Systeemsignalen: released findings the review teams marked as not the municipality's own to
 * solve, counted per theme and category, anonymised; small groups hidden with the reason.
 */
export function HarvestSystemSignals({ harvestId, headingLevel = 2 }: { harvestId: string; headingLevel?: 2 | 3 }) {
  const { data } = useQuery(HarvestSystemSignalsDocument, { variables: { harvestId }, fetchPolicy: 'cache-and-network' });
  return <SystemSignalsView rows={data?.harvestSystemSignals ?? []} harvestId={harvestId} headingLevel={headingLevel} />;
}

type SignalRow = HarvestSystemSignalsQuery['harvestSystemSignals'][number];

/** The signals given: the draft's, live, or those a published version froze (then `number`, and its CSV is that version's). */
export function SystemSignalsView({
  rows,
  harvestId,
  number,
  headingLevel = 2,
}: {
  rows: readonly SignalRow[];
  harvestId: string;
  number?: number;
  headingLevel?: 2 | 3;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const id = `system-signals-${harvestId}`;
  return (
    <section className="kijkje-section" aria-labelledby={`${id}-heading`}>
      <Heading level={headingLevel} id={`${id}-heading`}>
        {t('systemIssues.title')}
      </Heading>
      <Paragraph>{t('systemIssues.intro')}</Paragraph>
      {rows.length === 0 ? (
        <Paragraph>{t('systemIssues.none')}</Paragraph>
      ) : (
        <>
          <Table>
            <caption>{t('systemIssues.caption')}</caption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('systemIssues.theme')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('systemIssues.category')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('systemIssues.count')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((row) => (
                <TableRow key={`${row.theme}-${row.category}`}>
                  <TableHeaderCell scope="row">{row.theme}</TableHeaderCell>
                  <TableCell>{t(`systemIssues.categories.${row.category}`)}</TableCell>
                  <TableCell>
                    {row.count === null
                      ? row.suppression
                        ? lang.startsWith('en')
                          ? row.suppression.en
                          : row.suppression.nl
                        : ''
                      : formatNumber(row.count, lang)}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {rows
            .filter((row) => row.texts.length > 0)
            .map((row) => (
              <section key={`${row.theme}-${row.category}-texts`} aria-label={`${row.theme}: ${t(`systemIssues.categories.${row.category}`)}`}>
                <Heading level={headingLevel === 2 ? 3 : 4}>
                  {row.theme}: {t(`systemIssues.categories.${row.category}`)}
                </Heading>
                <ul>
                  {row.texts.map((text, i) => (
                    <li key={i}>{text}</li>
                  ))}
                </ul>
              </section>
            ))}
        </>
      )}
      <Paragraph>
        <Link href={systemSignalsPath(harvestId, lang, number)}>{t('systemIssues.csv')}</Link>
      </Paragraph>
    </section>
  );
}
