import type { FindingCounts, FindingKind, HarvestPattern, HarvestVisibility } from '@kijkje/domain';

/** A quote as published: anonymised text with its theme and kind; nothing that points back. */
export interface PublishedQuote {
  text: string;
  theme: string;
  kind: FindingKind;
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
  counts: FindingCounts;
  patterns: HarvestPattern[];
  quotes: PublishedQuote[];
  /** Markdown. */
  narrative: string;
  publishedAt: string;
  number: number;
}
