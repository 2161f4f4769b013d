import type {
  HarvestComparisonFieldsFragment,
  HarvestEvaluationFieldsFragment,
  HarvestIndicatorFieldsFragment,
  HarvestMeetingsFieldsFragment,
} from '@kijkje/web/data-access';
import { HarvestComparison } from './harvest-comparison-view';
import { HarvestEvaluation, HarvestIndicators } from './harvest-figures-view';
import { HarvestMeetings } from './harvest-meetings-view';
import { HarvestPatternComparison } from './harvest-pattern-comparison-view';

/** The parts a harvest has besides its own counts (comparison and its patterns across the programmes, cijfers, evaluation, work meetings), from a draft or a published version: those it has. */
export function HarvestExtraParts({
  parts,
  headingLevel,
  idPrefix,
}: {
  parts: {
    comparison?: HarvestComparisonFieldsFragment | null;
    indicators?: readonly HarvestIndicatorFieldsFragment[] | null;
    evaluation?: HarvestEvaluationFieldsFragment | null;
    meetings?: HarvestMeetingsFieldsFragment | null;
  };
  headingLevel: 2 | 3 | 4;
  idPrefix: string;
}) {
  return (
    <>
      {parts.comparison && <HarvestComparison comparison={parts.comparison} headingLevel={headingLevel} idPrefix={idPrefix} />}
      {parts.comparison?.patterns && <HarvestPatternComparison comparison={parts.comparison.patterns} headingLevel={headingLevel} idPrefix={idPrefix} />}
      {parts.indicators && <HarvestIndicators indicators={parts.indicators} headingLevel={headingLevel} idPrefix={idPrefix} />}
      {parts.evaluation && <HarvestEvaluation evaluation={parts.evaluation} headingLevel={headingLevel} idPrefix={idPrefix} />}
      {parts.meetings && <HarvestMeetings meetings={parts.meetings} headingLevel={headingLevel} idPrefix={idPrefix} />}
    </>
  );
}
