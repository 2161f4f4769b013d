import { evaluationScaleLabels, evaluationStateMessages, type HarvestEvaluation } from '@kijkje/domain';
import type { PublishedComparison, PublishedIndicator } from '../harvest-content';
import type { HarvestEvaluationView, HarvestIndicatorView, ProgrammeComparisonView } from './harvest-sections.views';

/** The extra parts for the screen, from what the draft computes or a version froze. */

export function comparisonView(c: PublishedComparison): ProgrammeComparisonView {
  return {
    programmes: c.programmes.map((p) => ({
      name: p.name,
      organisations: p.organisations,
      total: p.total,
      totals: p.totals,
      suppressed: p.suppressed?.text ?? null,
    })),
    themes: c.themes.map((t) => ({ theme: t.theme, cells: t.perOrganisation.map((perOrganisation, i) => ({ perOrganisation, counts: t.counts[i] })) })),
  };
}

export function indicatorView(i: PublishedIndicator): HarvestIndicatorView {
  return {
    code: i.code,
    label: i.label,
    unit: i.unit,
    sizeClass: i.sizeClass,
    organisations: i.count,
    median: i.median,
    mean: i.mean,
    suppressed: i.suppressed?.text ?? null,
  };
}

export function evaluationView(e: HarvestEvaluation): HarvestEvaluationView {
  return {
    state: e.state,
    message: evaluationStateMessages[e.state],
    respondents: e.respondents,
    questions: e.questions.map((q) => ({
      scale: q.scale,
      label: evaluationScaleLabels[q.scale],
      count: q.count,
      average: q.average,
      distribution: q.distribution,
      suppressed: q.suppressed?.text ?? null,
    })),
    recommendYes: e.recommend?.yes ?? null,
    recommendNo: e.recommend?.no ?? null,
  };
}
