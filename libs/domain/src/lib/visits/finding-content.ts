import type { Bilingual } from '../messages';
import type { FindingKind, FindingStatus } from './finding-policy';
import type { VisitStatus } from './visit-lifecycle';

export const FINDING_TEXT_MAX = 10_000;
export const FINDING_TAGS_MAX = 10;
export const FINDING_TAG_MAX = 40;
export const EVIDENCE_FIELD_MAX = 1_000;
export const COMMENT_TEXT_MAX = 4_000;
export const RESPONSE_TEXT_MAX = 4_000;

export const findingKindLabels: Readonly<Record<FindingKind, Bilingual>> = {
  STRENGTH: { nl: 'Wat gaat goed', en: 'Strength' },
  CONCERN: { nl: 'Zorgpunt', en: 'Concern' },
  RECOMMENDATION: { nl: 'Aanbeveling', en: 'Recommendation' },
  OWN_RESPONSIBILITY: { nl: 'Eigen verantwoordelijkheid', en: 'Own responsibility' },
};

export const findingStatusLabels: Readonly<Record<FindingStatus, Bilingual>> = {
  DRAFT: { nl: 'Concept', en: 'Draft' },
  SUBMITTED: { nl: 'Ingediend bij het team', en: 'Submitted to the team' },
  SHARED: { nl: 'Gedeeld met de gastgemeente', en: 'Shared with the host' },
  FINAL: { nl: 'Definitief', en: 'Final' },
};

/**
 * A tag as stored: trimmed, inner whitespace collapsed, lower case (Dutch), without a leading '#'.
 * Tags are how patterns are found across municipalities, so "Wachtlijsten " and "#wachtlijsten"
 * must be one tag.
 */
export function normaliseTag(raw: string): string {
  // Spaces first, then the hashes: " #Regie" is the tag "regie", and " #" is no tag at all.
  return raw
    .replace(/\s+/g, ' ')
    .replace(/^[\s#]+/, '')
    .trim()
    .toLocaleLowerCase('nl');
}

/** Normalised, empty ones dropped, duplicates dropped, order kept. */
export function normaliseTags(raw: readonly string[]): string[] {
  return [...new Set(raw.map(normaliseTag).filter((t) => t !== ''))];
}

export type FindingInputViolation = { field: 'kind' | 'theme' | 'text' | 'tags'; code: 'UNKNOWN_THEME' | 'TEXT_REQUIRED' | 'TOO_MANY_TAGS' | 'TAG_TOO_LONG' };

/** Checks the content of a finding against its programme: a theme of the programme, some text, a few short tags. */
export function checkFindingInput(
  input: { theme: string; text: string; tags: readonly string[] },
  programmeThemes: readonly string[],
): FindingInputViolation[] {
  const violations: FindingInputViolation[] = [];
  if (!programmeThemes.includes(input.theme)) violations.push({ field: 'theme', code: 'UNKNOWN_THEME' });
  if (input.text.trim() === '') violations.push({ field: 'text', code: 'TEXT_REQUIRED' });
  const tags = normaliseTags(input.tags);
  if (tags.length > FINDING_TAGS_MAX) violations.push({ field: 'tags', code: 'TOO_MANY_TAGS' });
  if (tags.some((t) => t.length > FINDING_TAG_MAX)) violations.push({ field: 'tags', code: 'TAG_TOO_LONG' });
  return violations;
}

export const findingInputViolationMessages: Readonly<Record<FindingInputViolation['code'], Bilingual>> = {
  UNKNOWN_THEME: { nl: 'Kies een thema van dit programma.', en: 'Choose a theme of this programme.' },
  TEXT_REQUIRED: { nl: 'Beschrijf de bevinding.', en: 'Describe the finding.' },
  TOO_MANY_TAGS: { nl: `Gebruik hoogstens ${FINDING_TAGS_MAX} labels.`, en: `Use at most ${FINDING_TAGS_MAX} tags.` },
  TAG_TOO_LONG: { nl: `Een label heeft hoogstens ${FINDING_TAG_MAX} tekens.`, en: `A tag has at most ${FINDING_TAG_MAX} characters.` },
};

/** Hoor en wederhoor: the host agrees, corrects a fact, or comments. */
export const RESPONSE_KINDS = ['AGREE', 'CORRECTION', 'COMMENT'] as const;
export type ResponseKind = (typeof RESPONSE_KINDS)[number];

export const responseKindLabels: Readonly<Record<ResponseKind, Bilingual>> = {
  AGREE: { nl: 'Eens', en: 'Agree' },
  CORRECTION: { nl: 'Feitelijke correctie', en: 'Factual correction' },
  COMMENT: { nl: 'Opmerking', en: 'Comment' },
};

/** A correction or a comment says something; agreeing may stand alone. */
export function responseNeedsText(kind: ResponseKind): boolean {
  return kind !== 'AGREE';
}

export const responseTextRequired: Bilingual = {
  nl: 'Licht uw correctie of opmerking toe.',
  en: 'Explain your correction or comment.',
};

export const replyPeriodClosed: Bilingual = {
  nl: 'De reactietermijn is verstreken.',
  en: 'The reply period has ended.',
};

/**
 * Once the visit report is final, its findings and the host's replies are what the report says
 * (and what its kept final version and exports show): nobody replies, discusses or edits any more,
 * whatever the reply period. Only the host's harvest release stays open: it is consent for later use.
 */
export function findingsClosedByReport(visitStatus: VisitStatus): boolean {
  return visitStatus === 'REPORT_FINAL';
}

/** The steps a screen offers on a finding: its rights, less editing and replying once the report closed it. */
export function offeredFindingRights<R extends { edit: boolean; reply: boolean }>(rights: R, visitStatus: VisitStatus): R {
  return findingsClosedByReport(visitStatus) ? { ...rights, edit: false, reply: false } : rights;
}

export const repliesClosedByFinalReport: Bilingual = {
  nl: 'Het bezoekverslag is definitief: een reactie kan niet meer worden gegeven of gewijzigd.',
  en: 'The visit report is final: a reply can no longer be given or changed.',
};

export const findingsClosedByFinalReport: Bilingual = {
  nl: 'Het bezoekverslag is definitief: de bevindingen en hun bespreking veranderen niet meer.',
  en: 'The visit report is final: its findings and their discussion no longer change.',
};

export const findingTransitionMessage: Bilingual = {
  nl: 'Deze stap is niet mogelijk voor deze bevinding.',
  en: 'This step is not possible for this finding.',
};
