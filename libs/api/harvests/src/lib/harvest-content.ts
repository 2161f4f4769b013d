import type {
  ComparedPattern,
  ComparedProgramme,
  CountSuppression,
  FindingKind,
  FrozenFindingCounts,
  FrozenComparedTheme,
  HarvestEvaluation,
  HarvestMeetings,
  HarvestPattern,
  HarvestVisibility,
  IndicatorAggregate,
  SystemSignalRow,
} from '@kijkje/domain';

/** A quote as published: anonymised text with its theme and kind; nothing that points back. */
export interface PublishedQuote {
  text: string;
  theme: string;
  kind: FindingKind;
}

/** Patronen door de jaren heen as published (comparePatterns): programme names and counts, no ids. */
export interface PublishedPatternComparison {
  /** The columns, earliest first. */
  programmes: { name: string }[];
  leftOut: { name: string; suppressed: CountSuppression | null }[];
  patterns: ComparedPattern[];
}

/** The comparison of programmes as published: names and counts, no ids. */
export interface PublishedComparison {
  programmes: Omit<ComparedProgramme, 'programmeId'>[];
  /** Read through frozenComparisonThemes: versions published before the themes had the small-group rule carry no reasons. */
  themes: FrozenComparedTheme[];
  /** Absent in versions published before patterns were compared: then not shown. */
  patterns?: PublishedPatternComparison;
}

/** Cijfers as published: an indicator's aggregate per size class, with its name and unit. */
export interface PublishedIndicator extends IndicatorAggregate {
  label: string;
  unit: string;
}

/** Everything a published version shows, frozen at publication. */
export interface HarvestContent {
  title: string;
  network: string;
  programme: string;
  visibility: HarvestVisibility;
  themes: string[];
  /** Round labels for the byRound rows, by round id. */
  roundLabels: Record<string, string>;
  /** Read through frozenCounts: versions published before the themes had the small-group rule froze every theme row, with no reasons. */
  counts: FrozenFindingCounts;
  patterns: HarvestPattern[];
  quotes: PublishedQuote[];
  /** Markdown. */
  narrative: string;
  publishedAt: string;
  number: number;
  /** The programmes compared, this harvest's own first; null without others. Absent in versions published before comparisons existed. */
  comparison?: PublishedComparison | null;
  /** Null unless the coordinator switched the cijfers on. */
  indicators?: PublishedIndicator[] | null;
  /** Null unless the coordinator switched the evaluation counts on. */
  evaluation?: HarvestEvaluation | null;
  /** Uit de werkbijeenkomsten: null unless switched on; absent in versions published before it existed. */
  meetings?: HarvestMeetings | null;
  /** The systeemsignalen as they were at publication. Absent in versions published before they were frozen. */
  systemSignals?: SystemSignalRow[];
}
