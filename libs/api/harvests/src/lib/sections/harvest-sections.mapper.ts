import {
  evaluationScaleLabels,
  evaluationStateMessages,
  frozenComparisonThemes,
  patternChangeLabels,
  type ComparedTheme,
  type HarvestEvaluation,
} from '@kijkje/domain';
import type { PublishedComparison, PublishedIndicator, PublishedPatternComparison } from '../harvest-content';
import type { HarvestEvaluationView, HarvestIndicatorView, PatternComparisonView, ProgrammeComparisonView } from './harvest-sections.views';

/** The extra parts for the screen, from what the draft computes or a version froze. */

export function comparisonView(c: PublishedComparison): ProgrammeComparisonView {
  const themes = frozenComparisonThemes(c);
  return {
    programmes: c.programmes.map((p) => ({
      name: p.name,
      organisations: p.organisations,
      total: p.total,
      totals: p.totals,
      suppressed: p.suppressed?.text ?? null,
    })),
    themes: themes.map((t) => ({
      theme: t.theme,
      cells: t.perOrganisation.map((perOrganisation, i) => ({ perOrganisation, counts: t.counts[i], suppressed: t.suppressed[i]?.text ?? null })),
    })),
    notes: comparisonThemeNotes(themes),
    patterns: c.patterns ? patternComparisonView(c.patterns) : null,
  };
}

/** Each reason a theme's cell is hidden, once, in the order they first occur (a hidden programme says why in its own row). */
export function comparisonThemeNotes(themes: readonly ComparedTheme[]): { nl: string; en: string }[] {
  const reasons = new Map<string, { nl: string; en: string }>();
  for (const t of themes) for (const s of t.suppressed) if (s && !reasons.has(s.text.nl)) reasons.set(s.text.nl, { ...s.text });
  return [...reasons.values()];
}

export function patternComparisonView(c: PublishedPatternComparison): PatternComparisonView {
  return {
    programmes: c.programmes.map((p) => p.name),
    patterns: c.patterns.map((p) => ({
      key: p.key,
      type: p.type,
      label: p.label,
      organisations: p.cells.map((cell) => cell.organisations),
      findings: p.cells.map((cell) => cell.findings),
      totalOrganisations: p.organisations,
      totalFindings: p.findings,
      change: p.change,
      changeLabel: p.change ? patternChangeLabels[p.change] : null,
    })),
    notes: patternComparisonNotes(c),
  };
}

/** Why a programme is left out ("2023: Niet getoond: …"), then each reason a cell is hidden, once. */
export function patternComparisonNotes(c: PublishedPatternComparison): { nl: string; en: string }[] {
  const leftOut = c.leftOut.flatMap((p) => (p.suppressed ? [{ nl: `${p.name}: ${p.suppressed.text.nl}`, en: `${p.name}: ${p.suppressed.text.en}` }] : []));
  const reasons = new Map<string, { nl: string; en: string }>();
  for (const p of c.patterns) for (const cell of p.cells) if (cell.suppressed) reasons.set(cell.suppressed.code, { ...cell.suppressed.text });
  return [...leftOut, ...reasons.values()];
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
