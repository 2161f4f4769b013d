import { useQuery } from '@apollo/client/react';
import { Heading, Link, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { PROCESSING_COLUMNS } from '@kijkje/domain';
import { ProcessingOverviewDocument, isCoordinator, useSession } from '@kijkje/web/data-access';
import { ErrorState, LoadingState, NoAccess, RouterLink, usePageTitle } from '@kijkje/web/ui';

/**
 * Long Dutch words (Persoonsgegevens, Accountgegevens) break between words only: the table grows
 * instead, and its region scrolls sideways on a narrow screen (focusable, so keyboards can too).
 */
const WHOLE_WORDS = { overflowWrap: 'normal', wordBreak: 'normal' } as const;

/** Where the overview downloads, in the reader's language. */
export function processingOverviewPath(format: 'csv' | 'json', lang: string): string {
  return `/export/verwerkingsoverzicht/${format}${lang.startsWith('en') ? '?taal=en' : ''}`;
}

/** The network's processing overview (verwerkingsoverzicht), for its coordinators: to feed the municipality's register. */
export function ProcessingOverviewPage() {
  const { t } = useTranslation();
  const { viewer } = useSession();
  if (!isCoordinator(viewer)) return <NoAccess title={t('networkPrivacy.overviewTitle')} />;
  return <ProcessingOverviewContent />;
}

function ProcessingOverviewContent() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('networkPrivacy.overviewTitle'));
  const { data, loading, error } = useQuery(ProcessingOverviewDocument, { fetchPolicy: 'cache-and-network' });
  const lang = i18n.language.startsWith('en') ? 'en' : 'nl';

  return (
    <>
      <Paragraph>
        <RouterLink to="/netwerk/organisaties">{t('networkPrivacy.back')}</RouterLink>
      </Paragraph>
      <Heading level={1}>{t('networkPrivacy.overviewTitle')}</Heading>
      <Paragraph>{t('networkPrivacy.overviewIntro')}</Paragraph>
      {data && (
        <Paragraph data-testid="overview-retention">{t('networkPrivacy.overviewRetention', { count: data.processingOverview.retentionYears })}</Paragraph>
      )}
      <ul className="kijkje-results">
        <li>
          <Link href={processingOverviewPath('csv', lang)} download>
            {t('networkPrivacy.downloadCsv')}
          </Link>
        </li>
        <li>
          <Link href={processingOverviewPath('json', lang)} download>
            {t('networkPrivacy.downloadJson')}
          </Link>
        </li>
        <li>
          <RouterLink to="/privacy">{t('networkPrivacy.statementLink')}</RouterLink>
        </li>
      </ul>
      {loading && !data ? (
        <LoadingState />
      ) : error && !data ? (
        <ErrorState error={error} />
      ) : data ? (
        <div className="kijkje-table-scroll" role="region" aria-labelledby="processing-caption" tabIndex={0}>
          <Table>
            <TableCaption id="processing-caption">{t('networkPrivacy.overviewCaption')}</TableCaption>
            <TableHeader>
              <TableRow>
                {PROCESSING_COLUMNS.map((column) => (
                  <TableHeaderCell key={column} scope="col" style={WHOLE_WORDS}>
                    {t(`networkPrivacy.column.${column}`)}
                  </TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {data.processingOverview.activities.map((activity) => (
                <TableRow key={activity.key}>
                  {PROCESSING_COLUMNS.map((column) =>
                    column === 'category' ? (
                      <TableHeaderCell key={column} scope="row" style={WHOLE_WORDS}>
                        {activity.category[lang]}
                      </TableHeaderCell>
                    ) : (
                      <TableCell key={column} style={WHOLE_WORDS}>
                        {activity[column][lang]}
                      </TableCell>
                    ),
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      ) : null}
    </>
  );
}
