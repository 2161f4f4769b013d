import type { Bilingual, Language } from '../messages';
import { SLUG_MAX, slugify } from '../slug';
import type { AnonymisationNames } from '../harvests/anonymisation-names';
import { anonymiseAll, findRemainingNames } from '../harvests/anonymise';
import { canReadHarvest, type HarvestReader } from '../harvests/harvest-access';
import type { HarvestVisibility } from '../harvests/harvest-lifecycle';
import { NO_PSEUDONYMS, type Pseudonyms } from '../harvests/pseudonyms';
import { findFlaggedWords } from '../harvests/word-flags';
import { isTableYield, MEETING_QUESTION_KINDS, meetingQuestions, type MeetingCard } from './meeting-cards';
import type { MeetingStatus } from './meeting-lifecycle';

/**
 * The meeting's report (verslag): after the meeting its organisers write it from the tables'
 * yields and recommendations, anonymised by the rules of harvest quotes (anonymise, word flags),
 * and publish it to the network or to everyone, as numbered versions like a harvest's.
 */
export const MEETING_REPORT_TEXT_MAX = 20_000;

export interface MeetingReportRights {
  /** See the draft (or that none is started yet): those who speak for the network about this meeting. */
  draft: boolean;
  /** Read and edit the draft, decide flagged words. */
  write: boolean;
  /** Freeze the draft as the next published version. */
  publish: boolean;
  /** Take the public version down. */
  withdraw: boolean;
}

/** How the person stands to the meeting, as far as its report is concerned. */
export interface MeetingReportStanding {
  /** A coordinator of the meeting's network. */
  coordinator: boolean;
  /** One of the facilitators assigned to this meeting, who run it for the network. */
  facilitator: boolean;
}

/**
 * The network's coordinators and the meeting's own facilitators write, publish and withdraw the
 * report (a host organisation's contact may help plan a meeting, never speak for the network);
 * writing starts once the meeting is held and goes on after publication, towards a next version.
 */
export function meetingReportRights(standing: MeetingReportStanding, status: MeetingStatus): MeetingReportRights {
  const speaks = standing.coordinator || standing.facilitator;
  const after = status === 'HELD' || status === 'REPORT_PUBLISHED';
  return { draft: speaks, write: speaks && after, publish: speaks && after, withdraw: speaks && status === 'REPORT_PUBLISHED' };
}

/**
 * Who reads a published version: the rule of a published harvest (canReadHarvest): a NETWORK
 * version for everyone in the meeting's network, a PUBLIC one for everyone. The draft never.
 */
export function canReadMeetingReport(reader: HarvestReader, report: { networkId: string; visibility: HarvestVisibility }): boolean {
  return canReadHarvest(reader, { networkId: report.networkId, state: 'PUBLISHED', visibility: report.visibility });
}

/**
 * The public address of a report, /bijeenkomst/<slug>: the meeting's title as words and a random
 * token (the caller's, see slugToken), so that a slug tells nothing of other networks' titles.
 */
export function meetingReportSlug(title: string, token: string): string {
  const suffix = `-${token}`;
  const base = slugify(title) || 'bijeenkomst';
  return `${base.slice(0, SLUG_MAX - suffix.length).replace(/-+$/u, '')}${suffix}`;
}

const TITLES = /^(dr|drs|prof|mr|ir|ing|mevr|dhr|mw)\.?$/iu;
const PARTICLES = /^(van|de|der|den|ter|ten|het|'t|in|op)$/u;

/**
 * The person a programme item's speaker names, for anonymising the report: "Dr. Pieter Veen
 * (Zijlstra Centrum)" and "wethouder Pieter Veen" give "Pieter Veen". A role or an organisation of
 * one word names nobody (null), as a first name alone would match every sentence it starts.
 */
export function speakerName(speaker: string): string | null {
  const words = speaker
    .replace(/\([^)]*\)/gu, ' ')
    .split(/[\s,;]+/u)
    .filter((w) => w !== '' && !TITLES.test(w));
  while (words.length > 0 && /^\p{Ll}/u.test(words[0])) words.shift();
  const name: string[] = [];
  for (const word of words) {
    if (/^\p{Lu}/u.test(word) || PARTICLES.test(word)) name.push(word);
    else break;
  }
  while (name.length > 0 && PARTICLES.test(name[name.length - 1])) name.pop();
  return name.filter((w) => /^\p{Lu}/u.test(w)).length >= 2 ? name.join(' ') : null;
}

/**
 * Plain text as Markdown that says exactly that text: one line, every punctuation mark Markdown
 * could read as markup escaped, and no list, heading or quote where the text begins.
 */
export function markdownText(text: string): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  const escaped = flat.replace(/[\\`*_[\]<>|~&!]/gu, (c) => `\\${c}`);
  return escaped.replace(/^(#|\+|-|=)/u, '\\$1').replace(/^(\d+)([.)])/u, '$1\\$2');
}

const DRAFT_TEXT: Readonly<Record<Language, { intro: string; yields: string; recommendations: string; none: string }>> = {
  nl: {
    intro: 'Hieronder de belangrijkste opbrengsten en aanbevelingen per thematafel.',
    yields: 'Opbrengsten',
    recommendations: 'Aanbevelingen',
    none: 'Aan deze tafel zijn geen opbrengsten gemarkeerd.',
  },
  en: {
    intro: 'Below are the main yields and recommendations per theme table.',
    yields: 'Yields',
    recommendations: 'Recommendations',
    none: 'No yields were marked at this table.',
  },
};

export interface ReportTable {
  id: string;
  name: string;
}

/**
 * The Markdown the coordinator's editor starts from: per table (in the tables' order) a heading,
 * its yields under their question and its recommendations, each card once, merged duplicates
 * left out (isTableYield). Every text is anonymised as a harvest quote is, with the letters of this
 * report carried from one to the next (`pseudonyms` in, the new ones out).
 */
export function meetingReportDraft(
  tables: readonly ReportTable[],
  cards: readonly Pick<MeetingCard, 'id' | 'tableId' | 'kind' | 'text' | 'isYield' | 'isRecommendation' | 'mergedIntoId' | 'createdAt'>[],
  names: AnonymisationNames,
  pseudonyms: Pseudonyms = NO_PSEUDONYMS,
  language: Language = 'nl',
): { text: string; pseudonyms: Pseudonyms } {
  const t = DRAFT_TEXT[language];
  const ordered = [...cards].filter(isTableYield).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1));
  const perTable = tables.map((table) => {
    const own = ordered.filter((c) => c.tableId === table.id);
    const yields = MEETING_QUESTION_KINDS.flatMap((kind) => own.filter((c) => c.isYield && c.kind === kind));
    return { table, yields, recommendations: own.filter((c) => c.isRecommendation) };
  });
  // One pass over every text in reading order, so the letters follow the report from top to bottom.
  const texts = perTable.flatMap((p) => [p.table.name, ...p.yields.map((c) => c.text), ...p.recommendations.map((c) => c.text)]);
  const { results, pseudonyms: letters } = anonymiseAll(texts, names, pseudonyms);
  let at = 0;
  const next = () => markdownText(results[at++].text);
  const blocks = [t.intro];
  for (const p of perTable) {
    blocks.push(`## ${next()}`);
    const yields = p.yields.map((c) => `- *${markdownText(meetingQuestions[c.kind][language])}* ${next()}`);
    const recommendations = p.recommendations.map(() => `- ${next()}`);
    if (yields.length) blocks.push(`### ${t.yields}`, yields.join('\n'));
    if (recommendations.length) blocks.push(`### ${t.recommendations}`, recommendations.join('\n'));
    if (!yields.length && !recommendations.length) blocks.push(t.none);
  }
  return { text: blocks.join('\n\n') + '\n', pseudonyms: letters };
}

export const MEETING_REPORT_VIOLATIONS = ['NO_TEXT', 'NAME_IN_TEXT', 'UNDECIDED_WORDS'] as const;
export type MeetingReportViolationCode = (typeof MEETING_REPORT_VIOLATIONS)[number];

export interface MeetingReportViolation {
  code: MeetingReportViolationCode;
  /** The names or words concerned, as they stand in the text. */
  found?: string[];
  text: Bilingual;
}

/**
 * Why the draft may not be published yet; empty when it may. The rules of a harvest quote: no
 * municipality, person, place or contact detail left in the text as it stands now (after any edit),
 * and every word that may be a name decided: replaced, or explicitly kept (audited).
 */
export function meetingReportProblems(report: { text: string; kept: readonly string[] }, names: AnonymisationNames): MeetingReportViolation[] {
  const problems: MeetingReportViolation[] = [];
  if (report.text.trim() === '') problems.push({ code: 'NO_TEXT', text: reportViolationText('NO_TEXT') });
  const named = [...new Set(findRemainingNames(report.text, names).map((n) => n.text))];
  if (named.length) problems.push({ code: 'NAME_IN_TEXT', found: named, text: reportViolationText('NAME_IN_TEXT', named) });
  const undecided = [...new Set(findFlaggedWords(report.text, names, report.kept).map((f) => f.text))];
  if (undecided.length) problems.push({ code: 'UNDECIDED_WORDS', found: undecided, text: reportViolationText('UNDECIDED_WORDS', undecided) });
  return problems;
}

/** What the coordinator reads when publishing is refused: Dutch first. */
export function reportViolationText(code: MeetingReportViolationCode, found: readonly string[] = []): Bilingual {
  const names = found.map((n) => `‘${n}’`).join(', ');
  switch (code) {
    case 'NO_TEXT':
      return { nl: 'Het verslag is nog leeg.', en: 'The report is still empty.' };
    case 'NAME_IN_TEXT':
      return { nl: `Het verslag noemt nog een naam: ${names}.`, en: `The report still contains a name: ${names}.` };
    case 'UNDECIDED_WORDS':
      return {
        nl: `Het verslag bevat woorden die een naam kunnen zijn: ${names}. Kies per woord ‘vervangen’ of ‘behouden’.`,
        en: `The report contains words that may be names: ${names}. Choose ‘replace’ or ‘keep’ for each word.`,
      };
  }
}
