import { Heading, Paragraph, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { HarvestMeetingsFieldsFragment } from '@kijkje/web/data-access';
import { toLang } from '@kijkje/web/ui';
import { ScrollTable } from './harvest-comparison-view';
import { MEETING_COLUMNS, meetingRows } from './harvest-meetings';
import { useShownNumber } from './use-shown-number';

const NUMERIC = 'utrecht-table__cell--numeric';
const NUMERIC_HEADER = 'utrecht-table__header-cell--numeric';

/**
 * Uit de werkbijeenkomsten: per theme table the yields per question and the recommendations the
 * table hosts marked, counts only; a topic whose people came from too few organisations reads
 * "verborgen", the reason below the table; below that overall, only the state.
 */
export function HarvestMeetings({ meetings, headingLevel, idPrefix }: { meetings: HarvestMeetingsFieldsFragment; headingLevel: 2 | 3 | 4; idPrefix: string }) {
  const { t, i18n } = useTranslation();
  const lang = toLang(i18n.language);
  const number = useShownNumber();
  const id = `${idPrefix}-meetings`;
  const rows = meetingRows(meetings);
  return (
    <section className="kijkje-section" aria-labelledby={`${id}-heading`} data-testid={id}>
      <Heading level={headingLevel} id={`${id}-heading`}>
        {t('harvest.meetings.title')}
      </Heading>
      <Paragraph>{t('harvest.meetings.intro')}</Paragraph>
      <Paragraph>
        {t('harvest.meetings.counted', { count: meetings.meetings })}
        {meetings.state === 'SHOWN' && ` ${t('harvest.meetings.figures', { tables: number(meetings.tables), participants: number(meetings.participants) })}`}
      </Paragraph>
      {meetings.state !== 'SHOWN' ? (
        <Paragraph>{meetings.message[lang]}</Paragraph>
      ) : (
        <ScrollTable caption={t('harvest.meetings.caption')}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('harvest.meetings.topic')}</TableHeaderCell>
              <TableHeaderCell scope="col" className={NUMERIC_HEADER}>
                {t('harvest.meetings.tables')}
              </TableHeaderCell>
              <TableHeaderCell scope="col" className={NUMERIC_HEADER}>
                {t('harvest.meetings.participants')}
              </TableHeaderCell>
              {MEETING_COLUMNS.map((kind) => (
                <TableHeaderCell key={kind} scope="col" className={NUMERIC_HEADER}>
                  {t(`harvest.meetings.kind.${kind}`)}
                </TableHeaderCell>
              ))}
              <TableHeaderCell scope="col" className={NUMERIC_HEADER}>
                {t('harvest.counts.total')}
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.key}>
                <TableHeaderCell scope="row">
                  {row.topic === null ? t('harvest.meetings.otherTables') : typeof row.topic === 'string' ? row.topic : t('harvest.counts.total')}
                </TableHeaderCell>
                <TableCell className={NUMERIC}>{number(row.tables)}</TableCell>
                <TableCell className={NUMERIC}>{number(row.participants)}</TableCell>
                {row.values.map((value, index) => (
                  <TableCell key={MEETING_COLUMNS[index]} className={NUMERIC}>
                    {number(value)}
                  </TableCell>
                ))}
                <TableCell className={NUMERIC}>{number(row.total)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </ScrollTable>
      )}
      {/* Why a topic reads "verborgen": below the table, once per reason, so that the figures keep their width on a phone. */}
      {[...new Set(rows.flatMap((row) => (row.suppressed ? [row.suppressed[lang]] : [])))].map((reason) => (
        <Paragraph key={reason} className="kijkje-harvest-meta">
          {reason}
        </Paragraph>
      ))}
    </section>
  );
}
