import { Heading, Paragraph, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useShownNumber } from './use-shown-number';
import type { HarvestEvaluationFieldsFragment, HarvestIndicatorFieldsFragment } from '@kijkje/web/data-access';
import { toLang } from '@kijkje/web/ui';
import { ScrollTable } from './harvest-comparison-view';

const SCORES = [1, 2, 3, 4, 5];

/** Cijfers: per indicator and size class the median and mean of the harvest's consenting municipalities; small groups hidden. */
export function HarvestIndicators({
  indicators,
  headingLevel,
  idPrefix,
}: {
  indicators: readonly HarvestIndicatorFieldsFragment[];
  headingLevel: 2 | 3 | 4;
  idPrefix: string;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const number = useShownNumber();
  const id = `${idPrefix}-indicators`;
  const reasons = [...new Set(indicators.flatMap((row) => (row.suppressed ? [row.suppressed[toLang(lang)]] : [])))];
  return (
    <section className="kijkje-section" aria-labelledby={`${id}-heading`} data-testid={id}>
      <Heading level={headingLevel} id={`${id}-heading`}>
        {t('harvest.figures.title')}
      </Heading>
      <Paragraph>{t('harvest.figures.intro')}</Paragraph>
      {indicators.length === 0 ? (
        <Paragraph>{t('harvest.figures.none')}</Paragraph>
      ) : (
        <ScrollTable caption={t('harvest.figures.caption')}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('harvest.figures.indicator')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('harvest.counts.sizeClass')}</TableHeaderCell>
              <TableHeaderCell scope="col" className="utrecht-table__header-cell--numeric">
                {t('harvest.counts.organisations')}
              </TableHeaderCell>
              <TableHeaderCell scope="col" className="utrecht-table__header-cell--numeric">
                {t('harvest.figures.median')}
              </TableHeaderCell>
              <TableHeaderCell scope="col" className="utrecht-table__header-cell--numeric">
                {t('harvest.figures.mean')}
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {indicators.map((row) => (
              <TableRow key={`${row.code}-${row.sizeClass}`}>
                <TableHeaderCell scope="row">{row.unit ? `${row.label} (${row.unit})` : row.label}</TableHeaderCell>
                <TableCell>{row.sizeClass}</TableCell>
                <TableCell className="utrecht-table__cell--numeric">{number(row.organisations)}</TableCell>
                <TableCell className="utrecht-table__cell--numeric">{number(row.median)}</TableCell>
                <TableCell className="utrecht-table__cell--numeric">{number(row.mean)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </ScrollTable>
      )}
      {reasons.map((reason) => (
        <Paragraph key={reason} className="kijkje-harvest-meta">
          {reason}
        </Paragraph>
      ))}
    </section>
  );
}

/** The round evaluations as counts and averages per question; nothing below three answers, never a comment. */
export function HarvestEvaluation({
  evaluation,
  headingLevel,
  idPrefix,
}: {
  evaluation: HarvestEvaluationFieldsFragment;
  headingLevel: 2 | 3 | 4;
  idPrefix: string;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const number = useShownNumber();
  const id = `${idPrefix}-evaluation`;
  return (
    <section className="kijkje-section" aria-labelledby={`${id}-heading`} data-testid={id}>
      <Heading level={headingLevel} id={`${id}-heading`}>
        {t('harvest.evaluation.title')}
      </Heading>
      <Paragraph>{t('harvest.evaluation.intro')}</Paragraph>
      {evaluation.state !== 'SHOWN' ? (
        <Paragraph>{evaluation.message[toLang(lang)]}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('harvest.evaluation.respondents', { count: evaluation.respondents ?? 0 })}</Paragraph>
          <ScrollTable caption={t('harvest.evaluation.caption')}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('harvest.evaluation.question')}</TableHeaderCell>
                <TableHeaderCell scope="col" className="utrecht-table__header-cell--numeric">
                  {t('harvest.evaluation.answers')}
                </TableHeaderCell>
                <TableHeaderCell scope="col" className="utrecht-table__header-cell--numeric">
                  {t('harvest.evaluation.average')}
                </TableHeaderCell>
                {SCORES.map((score) => (
                  <TableHeaderCell key={score} scope="col" className="utrecht-table__header-cell--numeric">
                    {t('harvest.evaluation.score', { score })}
                  </TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {evaluation.questions.map((question) => (
                <TableRow key={question.scale}>
                  <TableHeaderCell scope="row">
                    {question.label[toLang(lang)]}
                    {question.suppressed && <span className="kijkje-counts-note"> ({question.suppressed[toLang(lang)]})</span>}
                  </TableHeaderCell>
                  <TableCell className="utrecht-table__cell--numeric">{number(question.count)}</TableCell>
                  <TableCell className="utrecht-table__cell--numeric">{number(question.average)}</TableCell>
                  {SCORES.map((score, index) => (
                    <TableCell key={score} className="utrecht-table__cell--numeric">
                      {number(question.distribution?.[index])}
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </ScrollTable>
          {evaluation.recommendYes !== null && evaluation.recommendNo !== null && (
            <Paragraph>{t('harvest.evaluation.recommend', { yes: evaluation.recommendYes, no: evaluation.recommendNo })}</Paragraph>
          )}
        </>
      )}
    </section>
  );
}
