import type { Bilingual } from '../messages';
import type { AnonymisationNames } from './anonymisation-names';
import { findRemainingNames } from './anonymise';
import { findFlaggedWords } from './word-flags';

/**
 * A harvest (oogst) has one draft, which the coordinator edits, and numbered versions: `publish`
 * freezes the draft as the next version, 1, 2, 3, …; a version never changes. DRAFT is a harvest
 * that has never been published; PUBLISHED has at least one version, and its draft may be edited
 * towards the next one.
 */
export const HARVEST_STATUSES = ['DRAFT', 'PUBLISHED'] as const;
export type HarvestStatus = (typeof HARVEST_STATUSES)[number];

/** Who may read a published version: the network, or everyone with the link. */
export const HARVEST_VISIBILITIES = ['NETWORK', 'PUBLIC'] as const;
export type HarvestVisibility = (typeof HARVEST_VISIBILITIES)[number];

/** How far a municipality lets its findings travel (its consent on the application). */
export const SHARING_LEVELS = ['ROUND', 'NETWORK', 'PUBLIC'] as const;
export type SharingLevel = (typeof SHARING_LEVELS)[number];

/** May a finding with this consent appear in a harvest of this visibility? ROUND never leaves the round. */
export function sharingAllows(consent: SharingLevel, visibility: HarvestVisibility): boolean {
  return consent === 'PUBLIC' || (consent === 'NETWORK' && visibility === 'NETWORK');
}

/** An anonymised quote (vertellen) and the consent of the finding it comes from. */
export interface HarvestQuote {
  findingId: string;
  text: string;
  consent: SharingLevel;
  /** Flagged words the coordinator chose to keep (folded), see word-flags.ts. */
  kept?: readonly string[];
}

/** What `canPublish` needs to know of the draft. */
export interface HarvestDraft {
  title: string;
  visibility: HarvestVisibility;
  /** Markdown. */
  narrative: string;
  /** The findings the counts and patterns are made of (tellen); empty when the harvest shows no figures. */
  counted: readonly { findingId: string; consent: SharingLevel }[];
  /** The labels of the patterns shown (tags are typed by reviewers and can hold a name). */
  patternLabels: readonly string[];
  quotes: readonly HarvestQuote[];
}

export const HARVEST_PUBLISH_VIOLATIONS = [
  'NO_TITLE',
  'NO_CONTENT',
  'EMPTY_QUOTE',
  'NAME_IN_TITLE',
  'NAME_IN_NARRATIVE',
  'NAME_IN_PATTERN',
  'NAME_IN_QUOTE',
  'UNDECIDED_WORDS',
  'QUOTE_CONSENT',
  'COUNTED_CONSENT',
] as const;
export type HarvestPublishViolationCode = (typeof HARVEST_PUBLISH_VIOLATIONS)[number];

export interface HarvestPublishViolation {
  code: HarvestPublishViolationCode;
  /** For a quote or pattern: its position in the draft, 1-based as the coordinator counts. */
  position?: number;
  /** The findings concerned (quotes and counts). */
  findingIds?: string[];
  /** The names still in the text, as they stand there. */
  found?: string[];
  text: Bilingual;
}

/**
 * Why this draft may not be published yet, in a fixed order; empty when it may. It needs a title
 * and some content (counts, a quote or a narrative); no text may still name a municipality,
 * person or place (findRemainingNames, run on the text as it is now, after any manual edit); and
 * every finding used must have consent for the visibility: PUBLIC needs PUBLIC consent, NETWORK
 * needs NETWORK or PUBLIC.
 */
export function canPublish(draft: HarvestDraft, names: AnonymisationNames): HarvestPublishViolation[] {
  const violations: HarvestPublishViolation[] = [];
  const hasNarrative = draft.narrative.trim() !== '';
  if (draft.title.trim() === '') violations.push(violation('NO_TITLE', draft.visibility));
  if (draft.counted.length === 0 && draft.quotes.length === 0 && !hasNarrative) violations.push(violation('NO_CONTENT', draft.visibility));
  draft.quotes.forEach((quote, i) => {
    if (quote.text.trim() === '') violations.push(violation('EMPTY_QUOTE', draft.visibility, { position: i + 1, findingIds: [quote.findingId] }));
  });

  const named = (text: string): string[] => [...new Set(findRemainingNames(text, names).map((n) => n.text))];
  const inTitle = named(draft.title);
  if (inTitle.length > 0) violations.push(violation('NAME_IN_TITLE', draft.visibility, { found: inTitle }));
  const inNarrative = named(draft.narrative);
  if (inNarrative.length > 0) violations.push(violation('NAME_IN_NARRATIVE', draft.visibility, { found: inNarrative }));
  draft.patternLabels.forEach((label, i) => {
    const found = named(label);
    if (found.length > 0) violations.push(violation('NAME_IN_PATTERN', draft.visibility, { position: i + 1, found }));
  });
  draft.quotes.forEach((quote, i) => {
    const found = named(quote.text);
    if (found.length > 0) violations.push(violation('NAME_IN_QUOTE', draft.visibility, { position: i + 1, findingIds: [quote.findingId], found }));
  });

  // A word that may be a name and that nobody decided on: "vervangen" or "behouden".
  draft.quotes.forEach((quote, i) => {
    const undecided = [...new Set(findFlaggedWords(quote.text, names, quote.kept).map((f) => f.text))];
    if (undecided.length > 0)
      violations.push(violation('UNDECIDED_WORDS', draft.visibility, { position: i + 1, findingIds: [quote.findingId], found: undecided }));
  });

  draft.quotes.forEach((quote, i) => {
    if (!sharingAllows(quote.consent, draft.visibility))
      violations.push(violation('QUOTE_CONSENT', draft.visibility, { position: i + 1, findingIds: [quote.findingId] }));
  });
  const notAllowed = [...new Set(draft.counted.filter((c) => !sharingAllows(c.consent, draft.visibility)).map((c) => c.findingId))];
  if (notAllowed.length > 0) violations.push(violation('COUNTED_CONSENT', draft.visibility, { findingIds: notAllowed }));
  return violations;
}

/** The number of the next version: one more than the highest so far, 1 for the first. Never reuses a number. */
export function nextVersionNumber(existing: readonly number[]): number {
  return existing.filter((n) => Number.isInteger(n) && n > 0).reduce((max, n) => Math.max(max, n), 0) + 1;
}

type Details = Omit<HarvestPublishViolation, 'code' | 'text'>;

function violation(code: HarvestPublishViolationCode, visibility: HarvestVisibility, details: Details = {}): HarvestPublishViolation {
  return { code, ...details, text: harvestViolationText(code, visibility, details) };
}

const quoted = (names: readonly string[] = []): string => names.map((n) => `‘${n}’`).join(', ');

const audience: Readonly<Record<HarvestVisibility, Bilingual>> = {
  NETWORK: { nl: 'het netwerk', en: 'the network' },
  PUBLIC: { nl: 'iedereen', en: 'everyone' },
};

/** What a coordinator reads when publishing is refused: Dutch first. */
export function harvestViolationText(code: HarvestPublishViolationCode, visibility: HarvestVisibility, details: Details = {}): Bilingual {
  const n = details.position;
  const names = quoted(details.found);
  const who = audience[visibility];
  switch (code) {
    case 'NO_TITLE':
      return { nl: 'Geef de oogst een titel.', en: 'Give the harvest a title.' };
    case 'NO_CONTENT':
      return {
        nl: 'De oogst is nog leeg. Voeg cijfers, een citaat of een verhaal toe.',
        en: 'The harvest is still empty. Add figures, a quote or a narrative.',
      };
    case 'EMPTY_QUOTE':
      return { nl: `Citaat ${n} is leeg. Vul het aan of haal het weg.`, en: `Quote ${n} is empty. Fill it in or remove it.` };
    case 'NAME_IN_TITLE':
      return { nl: `De titel noemt nog een naam: ${names}.`, en: `The title still contains a name: ${names}.` };
    case 'NAME_IN_NARRATIVE':
      return { nl: `Het verhaal noemt nog een naam: ${names}.`, en: `The narrative still contains a name: ${names}.` };
    case 'NAME_IN_PATTERN':
      return { nl: `Patroon ${n} noemt nog een naam: ${names}.`, en: `Pattern ${n} still contains a name: ${names}.` };
    case 'NAME_IN_QUOTE':
      return { nl: `Citaat ${n} noemt nog een naam: ${names}.`, en: `Quote ${n} still contains a name: ${names}.` };
    case 'UNDECIDED_WORDS':
      return {
        nl: `Citaat ${n} bevat woorden die een naam kunnen zijn: ${names}. Kies per woord ‘vervangen’ of ‘behouden’.`,
        en: `Quote ${n} contains words that may be names: ${names}. Choose ‘replace’ or ‘keep’ for each word.`,
      };
    case 'QUOTE_CONSENT':
      return {
        nl: `Citaat ${n} komt van een gemeente die niet heeft ingestemd met delen met ${who.nl}. Haal het weg of kies een andere zichtbaarheid.`,
        en: `Quote ${n} comes from a municipality that has not agreed to share with ${who.en}. Remove it or choose another visibility.`,
      };
    case 'COUNTED_CONSENT':
      return {
        nl: `De cijfers tellen bevindingen mee van gemeenten die niet hebben ingestemd met delen met ${who.nl}. Laat die weg of kies een andere zichtbaarheid.`,
        en: `The figures include findings of municipalities that have not agreed to share with ${who.en}. Leave those out or choose another visibility.`,
      };
  }
}
