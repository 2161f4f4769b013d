import { useQuery } from '@apollo/client/react';
import { Heading, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ProgrammeEvaluationResultsDocument, type EvaluationResultsFieldsFragment } from '@kijkje/web/data-access';
import { formatNumber } from '@kijkje/web/ui';

/** On a programme's page, for the coordinator: the evaluations counted, for the programme and per round. Never who said what. */
export function ProgrammeEvaluationResults({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(ProgrammeEvaluationResultsDocument, { variables: { programmeId }, fetchPolicy: 'cache-and-network' });
  const results = data?.programmeEvaluationResults;
  if (!results || !results.rounds.some((r) => r.open)) return null;
  return (
    <section className="kijkje-section" aria-labelledby="evaluation-results-heading">
      <Heading level={2} id="evaluation-results-heading">
        {t('evaluation.resultsTitle')}
      </Heading>
      <Results id="evaluation-total" heading={t('evaluation.total')} results={results.total} />
      {results.rounds
        .filter((r) => r.open)
        .map((round) => (
          <Results
            key={round.roundId}
            id={`evaluation-${round.roundId}`}
            heading={t('evaluation.roundResults', { name: round.roundName, count: round.participants })}
            results={round.results}
          />
        ))}
    </section>
  );
}

function Results({ id, heading, results }: { id: string; heading: string; results: EvaluationResultsFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <section aria-labelledby={`${id}-heading`}>
      <Heading level={3} id={`${id}-heading`}>
        {heading}
      </Heading>
      {results.state !== 'SHOWN' ? (
        <Paragraph>{t(`evaluation.state.${results.state}`)}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('evaluation.respondents', { count: results.respondents ?? 0 })}</Paragraph>
          <Table>
            <caption>{t('evaluation.tableCaption')}</caption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('evaluation.question')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('evaluation.average')}</TableHeaderCell>
                {[1, 2, 3, 4, 5].map((score) => (
                  <TableHeaderCell key={score} scope="col">
                    {t('evaluation.scoreColumn', { score })}
                  </TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {results.scales.map((s) => (
                <TableRow key={s.scale}>
                  <TableHeaderCell scope="row">{t(`evaluation.scales.${s.scale}`)}</TableHeaderCell>
                  <TableCell>{formatNumber(s.average, lang)}</TableCell>
                  {s.distribution.map((n, i) => (
                    <TableCell key={i}>{formatNumber(n, lang)}</TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Paragraph>{t('evaluation.recommendCounts', { yes: results.recommendYes, no: results.recommendNo })}</Paragraph>
          {results.comments.length > 0 && (
            <>
              <Heading level={4}>{t('evaluation.comments')}</Heading>
              <ul>
                {results.comments.map((c, i) => (
                  <li key={i}>{c}</li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
