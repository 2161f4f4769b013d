import type { Bilingual } from '../messages';
import type { SizeClass } from '../programmes/grouping';
import { SIZE_CLASSES } from '../programmes/grouping';
import { normaliseTag } from '../visits/finding-content';
import { compareDutch, groupingKey, mostCommonSpelling, tidy } from './collation';
import { groupBy, uniqueById } from './collections';
import type { KindCount } from './counts';
import type { HarvestFinding } from './harvest-finding';
import { FINDING_KINDS } from './harvest-finding';
import type { CountSuppression } from './small-groups';
import { hiddenGroups, MIN_GROUP_ORGANISATIONS, suppression } from './small-groups';

/**
 * Patronen: "patterns over cases". A theme or a tag becomes a pattern when findings about at
 * least PATTERN_MIN_ORGANISATIONS different municipalities carry it: then it says something about
 * the network, not about one municipality. Where a pattern occurs is told in counts per size class
 * and per round label only, under the minimum-group rule (small-groups.ts).
 */
export const PATTERN_MIN_ORGANISATIONS = 3;

export const PATTERN_TYPES = ['THEME', 'TAG', 'THEME_TAG'] as const;
export type PatternType = (typeof PATTERN_TYPES)[number];

export const otherRoundsLabel: Bilingual = { nl: 'overige rondes', en: 'other rounds' };

export interface PatternSizeClass {
  sizeClass: SizeClass;
  /** Null when the group is too small to show. */
  organisations: number | null;
  findings: number | null;
  suppressed: CountSuppression | null;
}

export interface PatternRound {
  label: string;
  organisations: number;
  findings: number;
}

export interface HarvestPattern {
  type: PatternType;
  /** Opaque and stable: the same pattern has the same key in every harvest. */
  key: string;
  /** The theme as most findings spelled it; null for a tag pattern. */
  theme: string | null;
  /** The tag as most reviewers spelled it (trimmed, spaces collapsed); null for a theme pattern. */
  tag: string | null;
  /** What to show: "Wmo", "wachtlijsten", "Wmo · wachtlijsten". */
  label: string;
  findings: number;
  organisations: number;
  /** Findings per kind, in FINDING_KINDS order. */
  byKind: KindCount[];
  /** XS … XL, always all five. */
  sizeClasses: PatternSizeClass[];
  /** Rounds with enough municipalities in this pattern, by label in Dutch order. */
  rounds: PatternRound[];
  /** The rounds that were too small to show (or had no label), together; null when there are none. */
  otherRounds: { label: Bilingual; organisations: number; findings: number } | null;
}

export interface PatternOptions {
  /** Default PATTERN_MIN_ORGANISATIONS. */
  minOrganisations?: number;
  /** Label per round id, e.g. { 'uuid-1': 'Ronde 1' }. A round without a label is never shown by itself. */
  roundLabels?: Readonly<Record<string, string>>;
  /** Also theme × tag patterns; default true. */
  combined?: boolean;
}

interface Bucket {
  type: PatternType;
  themeKey: string | null;
  tagKey: string | null;
  findings: HarvestFinding[];
}

/**
 * The recurring themes and tags of these findings. Tags are one tag when they are equal after
 * trimming, collapsing inner whitespace, dropping a leading '#' and lower-casing in Dutch;
 * diacritics are kept. A theme × tag pattern that has exactly the findings of its tag is left
 * out: it would say the same twice. Order: most municipalities, most findings, label in Dutch
 * order. Deterministic: the order of the findings does not matter.
 */
export function findPatterns(findings: readonly HarvestFinding[], options: PatternOptions = {}): HarvestPattern[] {
  const min = options.minOrganisations ?? PATTERN_MIN_ORGANISATIONS;
  const unique = uniqueById(findings);
  const buckets = new Map<string, Bucket>();
  const themeSpellings = new Map<string, Map<string, number>>();
  const tagSpellings = new Map<string, Map<string, number>>();
  const add = (type: PatternType, themeKey: string | null, tagKey: string | null, f: HarvestFinding): void => {
    const key = patternKey(type, themeKey, tagKey);
    const bucket = buckets.get(key) ?? { type, themeKey, tagKey, findings: [] };
    bucket.findings.push(f);
    buckets.set(key, bucket);
  };

  for (const f of unique) {
    const themeKey = groupingKey(f.theme);
    if (themeKey !== '') {
      vote(themeSpellings, themeKey, tidy(f.theme));
      add('THEME', themeKey, null, f);
    }
    for (const [tagKey, spelling] of tagsOf(f)) {
      vote(tagSpellings, tagKey, spelling);
      add('TAG', null, tagKey, f);
      if (themeKey !== '' && options.combined !== false) add('THEME_TAG', themeKey, tagKey, f);
    }
  }

  const patterns: HarvestPattern[] = [];
  for (const [key, bucket] of buckets) {
    const organisations = new Set(bucket.findings.map((f) => f.organisationId));
    if (organisations.size < min) continue;
    if (bucket.type === 'THEME_TAG' && buckets.get(patternKey('TAG', null, bucket.tagKey))?.findings.length === bucket.findings.length) continue;
    const theme = bucket.themeKey === null ? null : mostCommonSpelling(themeSpellings.get(bucket.themeKey) ?? new Map());
    const tag = bucket.tagKey === null ? null : mostCommonSpelling(tagSpellings.get(bucket.tagKey) ?? new Map());
    patterns.push({
      type: bucket.type,
      key,
      theme,
      tag,
      label: [theme, tag].filter((s) => s !== null).join(' · '),
      findings: bucket.findings.length,
      organisations: organisations.size,
      byKind: FINDING_KINDS.map((kind) => ({ kind, count: bucket.findings.filter((f) => f.kind === kind).length })),
      sizeClasses: sizeClassesOf(bucket.findings),
      ...roundsOf(bucket.findings, options.roundLabels ?? {}),
    });
  }
  return patterns.sort(
    (a, b) =>
      b.organisations - a.organisations ||
      b.findings - a.findings ||
      compareDutch(a.label, b.label) ||
      PATTERN_TYPES.indexOf(a.type) - PATTERN_TYPES.indexOf(b.type) ||
      compareDutch(a.key, b.key),
  );
}

/** A pattern's key: opaque, and the same for the same theme and tag in every harvest and programme. */
export function patternKey(type: PatternType, themeKey: string | null, tagKey: string | null): string {
  return JSON.stringify([type, themeKey, tagKey]);
}

/**
 * The keys of the patterns a finding counts in, as findPatterns groups them: its theme, each of its
 * tags and, unless `combined` is false, each theme × tag. For comparing programmes (internal).
 */
export function patternKeysOf(f: HarvestFinding, combined = true): string[] {
  const themeKey = groupingKey(f.theme);
  const keys = themeKey === '' ? [] : [patternKey('THEME', themeKey, null)];
  for (const tagKey of tagsOf(f).keys()) {
    keys.push(patternKey('TAG', null, tagKey));
    if (themeKey !== '' && combined) keys.push(patternKey('THEME_TAG', themeKey, tagKey));
  }
  return keys;
}

function vote(spellings: Map<string, Map<string, number>>, key: string, spelling: string): void {
  const votes = spellings.get(key) ?? new Map<string, number>();
  votes.set(spelling, (votes.get(spelling) ?? 0) + 1);
  spellings.set(key, votes);
}

/** The distinct tags of one finding with the spelling it first used for each. */
function tagsOf(f: HarvestFinding): Map<string, string> {
  const tags = new Map<string, string>();
  for (const raw of f.tags) {
    const key = normaliseTag(raw.normalize('NFC').trim());
    if (key !== '' && !tags.has(key)) tags.set(key, tidy(raw.replace(/^\s*#+/u, '')));
  }
  return tags;
}

function sizeClassesOf(findings: readonly HarvestFinding[]): PatternSizeClass[] {
  const byClass = groupBy(findings, (f) => f.sizeClass);
  const groups = SIZE_CLASSES.map((sizeClass) => {
    const members = byClass.get(sizeClass) ?? [];
    return { key: sizeClass, members, organisations: new Set(members.map((f) => f.organisationId)) };
  });
  const hidden = hiddenGroups(groups, MIN_GROUP_ORGANISATIONS);
  return groups.map(({ key, members, organisations }) => {
    const code = hidden.get(key);
    return code === undefined
      ? { sizeClass: key, organisations: organisations.size, findings: members.length, suppressed: null }
      : { sizeClass: key, organisations: null, findings: null, suppressed: suppression(code) };
  });
}

/** Unlabelled rounds share this group; its key cannot be a label (labels are tidied text). */
const UNLABELLED = '\u0000';

function roundsOf(findings: readonly HarvestFinding[], labels: Readonly<Record<string, string>>): Pick<HarvestPattern, 'rounds' | 'otherRounds'> {
  const byLabel = groupBy(findings, (f) => (Object.hasOwn(labels, f.roundId) ? tidy(labels[f.roundId]) : '') || UNLABELLED);
  const groups = [...byLabel]
    .sort(([a], [b]) => compareDutch(a, b))
    .map(([key, members]) => ({ key, members, organisations: new Set(members.map((f) => f.organisationId)) }));
  const hidden = hiddenGroups(groups, MIN_GROUP_ORGANISATIONS, new Set([UNLABELLED]));
  const rounds = groups.filter((g) => !hidden.has(g.key)).map((g) => ({ label: g.key, organisations: g.organisations.size, findings: g.members.length }));
  const folded = groups.filter((g) => hidden.has(g.key)).flatMap((g) => g.members);
  const otherRounds =
    folded.length === 0 ? null : { label: { ...otherRoundsLabel }, organisations: new Set(folded.map((f) => f.organisationId)).size, findings: folded.length };
  return { rounds, otherRounds };
}
