import { frozenCounts, otherRoundsLabel, type FindingCounts, type GroupCountRow, type HarvestPattern, type SystemSignalRow } from '@kijkje/domain';
import type { HarvestContent } from './harvest-content';
import type { HarvestVersion } from './harvest-version.entity';
import type { HarvestCountsView, HarvestPatternView, HarvestVersionView } from './harvest.views';
import { meetingsView } from './meetings/harvest-meetings.mapper';
import { comparisonView, evaluationView, indicatorView } from './sections/harvest-sections.mapper';
import type { SystemSignalRowView } from './system-signals/system-signals.views';

/** The counts for the screen: rows with a label, round ids turned into the rounds' names. */
export function countsView(counts: FindingCounts, roundLabels: Record<string, string>): HarvestCountsView {
  const group = (label: string, row: GroupCountRow) => ({
    label,
    organisations: row.organisations,
    cells: row.cells,
    total: row.total,
    suppressed: row.suppressed?.text ?? null,
  });
  return {
    byTheme: counts.byTheme.map((r) => group(r.theme, r)),
    bySizeClass: counts.bySizeClass.map((r) => group(r.sizeClass, r)),
    byRound: counts.byRound.map((r) => group(roundLabels[r.roundId] ?? '—', r)),
    totals: {
      cells: counts.totals.cells,
      total: counts.totals.total,
      organisations: counts.totals.organisations,
      rounds: counts.totals.rounds,
      suppressed: counts.totals.suppressed?.text ?? null,
    },
  };
}

export function patternView(p: HarvestPattern, language: 'nl' | 'en' = 'nl'): HarvestPatternView {
  return {
    key: p.key,
    type: p.type,
    label: p.label,
    findings: p.findings,
    organisations: p.organisations,
    byKind: p.byKind,
    sizeClasses: p.sizeClasses.map((s) => ({ label: s.sizeClass, organisations: s.organisations, findings: s.findings })),
    rounds: [...p.rounds, ...(p.otherRounds ? [{ ...p.otherRounds, label: p.otherRounds.label[language] ?? otherRoundsLabel[language] }] : [])],
  };
}

/** A version for the screen; `served` when it is what /oogst/<slug> shows now (publicServing), so only then with its public address. */
export function versionView(version: HarvestVersion, served: boolean): HarvestVersionView {
  const c: HarvestContent = version.content;
  return {
    harvestId: version.harvestId,
    number: version.number,
    title: version.title,
    slug: version.slug,
    visibility: version.visibility,
    publishedAt: version.publishedAt,
    network: c.network,
    programme: c.programme,
    counts: countsView(frozenCounts(c.counts, c.patterns), c.roundLabels),
    patterns: c.patterns.map((p) => patternView(p)),
    quotes: c.quotes,
    narrative: c.narrative,
    comparison: c.comparison ? comparisonView(c.comparison) : null,
    indicators: c.indicators ? c.indicators.map(indicatorView) : null,
    evaluation: c.evaluation ? evaluationView(c.evaluation) : null,
    meetings: c.meetings ? meetingsView(c.meetings) : null,
    // Versions published before signals were frozen keep none here; the signals query still answers for them.
    systemSignals: (c.systemSignals ?? []).map(signalView),
    publicPath: served ? `/oogst/${version.slug}` : null,
  };
}

export function signalView(r: SystemSignalRow): SystemSignalRowView {
  return { ...r, suppression: r.suppression ? { code: r.suppression.code, ...r.suppression.text } : null };
}
