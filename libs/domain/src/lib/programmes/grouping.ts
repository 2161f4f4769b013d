import type { Bilingual } from '../messages';
import { ROUND_MAX_ORGANISATIONS, ROUND_MIN_ORGANISATIONS } from '../limits';
import type { OrganisationPair } from './pairs';
import { orderedPair, pairKey, pairSet } from './pairs';

/** Population size classes, smallest first (same boundaries as reference-data's populationClass). */
export const SIZE_CLASSES = ['XS', 'S', 'M', 'L', 'XL'] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number];

/** Lower bound of each size class in inhabitants; the upper bound is the next class's lower bound. */
const CLASS_LOWER_BOUNDS = [0, 20_000, 50_000, 100_000, 250_000] as const;

export interface GroupingApplication {
  id: string;
  organisationId: string;
  themes: readonly string[];
  populationClass: SizeClass;
  province: string;
}

export interface GroupingInput {
  applications: readonly GroupingApplication[];
  /** Hard: never in the same round. */
  conflicts?: readonly OrganisationPair[];
  /** Soft: were in a round together before; better avoided. */
  earlierPairings?: readonly OrganisationPair[];
  /** Optional display names for the texts; the organisation id is used otherwise. */
  organisationNames?: Readonly<Record<string, string>>;
}

/** Why a suggested round fits together. */
export type RoundReason =
  | { code: 'SHARED_THEMES'; themes: { theme: string; count: number }[]; text: Bilingual }
  | { code: 'COMPARABLE_SIZE'; classes: SizeClass[]; text: Bilingual }
  | { code: 'PROVINCES'; provinces: string[]; text: Bilingual };

/** A soft rule the suggestion could not keep, with the round (1-based) it concerns. */
export type SoftRule =
  | { rule: 'EARLIER_PAIRING'; round: number; organisationIds: [string, string]; text: Bilingual }
  | { rule: 'MIXED_SIZE_CLASSES'; round: number; classes: SizeClass[]; text: Bilingual }
  | { rule: 'SAME_PROVINCE'; round: number; province: string; organisationIds: string[]; text: Bilingual }
  | { rule: 'NO_SHARED_THEME'; round: number; text: Bilingual };

export type UnplacedCode = 'DUPLICATE_APPLICATION' | 'HARD_CONFLICT' | 'TOO_FEW_FOR_A_ROUND' | 'SIZES_DO_NOT_FIT';

export interface UnplacedReason {
  code: UnplacedCode;
  /** For HARD_CONFLICT: the organisations it may not be grouped with (among the applicants). */
  conflictsWith?: string[];
  text: Bilingual;
}

export interface SuggestedRound {
  /** 1-based number of the round in this suggestion. */
  round: number;
  organisationIds: string[];
  applicationIds: string[];
  reasons: RoundReason[];
}

export interface GroupingSuggestion {
  rounds: SuggestedRound[];
  unplaced: { organisationId: string; applicationId: string; reason: UnplacedReason }[];
  givenUp: SoftRule[];
}

/** Weights of the objective (lower is better). A hard conflict outweighs every soft rule together. */
export const GROUPING_WEIGHTS = {
  conflict: 1_000_000,
  earlierPairing: 100,
  sameProvince: 15,
  /** Cost by distance between size classes (0 = same class). */
  sizeDistance: [0, 6, 24, 48, 80] as readonly number[],
  /** Reward per shared theme, for at most `maxSharedThemes` themes. */
  sharedTheme: -12,
  maxSharedThemes: 3,
} as const;

/** Bound on local-search passes; each pass tries every swap and every move once. */
const MAX_PASSES = 60;

/** The largest m ≤ n that splits into rounds of 4 and 5 (0, 4, 5, 8, 9, 10, 12, 13, …). */
export function largestGroupable(n: number): number {
  for (let m = Math.max(0, Math.floor(n)); m > 0; m--) if (roundSizes(m) !== null) return m;
  return 0;
}

/** Round sizes for exactly m organisations, as few rounds as possible, 5s first; null when impossible. */
export function roundSizes(m: number): number[] | null {
  if (m === 0) return [];
  const k = Math.ceil(m / ROUND_MAX_ORGANISATIONS);
  if (m < k * ROUND_MIN_ORGANISATIONS) return null;
  const larger = m - k * ROUND_MIN_ORGANISATIONS;
  if (larger > k || ROUND_MAX_ORGANISATIONS - ROUND_MIN_ORGANISATIONS !== 1) return null;
  return Array.from({ length: k }, (_, r) => (r < larger ? ROUND_MAX_ORGANISATIONS : ROUND_MIN_ORGANISATIONS));
}

interface Candidate {
  app: GroupingApplication;
  themes: string[];
  province: string;
  classIndex: number;
}

/**
 * A suggested grouping of the applications into rounds of 4–5 organisations, explained in Dutch
 * and English. Hard conflicts are never broken: an organisation is left unplaced instead. When the
 * count does not split into 4s and 5s (1–3, 6, 7, 11) the organisations that fit worst are left
 * unplaced; the coordinator decides. Soft preferences: shared themes, comparable size classes,
 * different provinces, no earlier pairings. Deterministic: the input order does not matter.
 * Greedy construction, then local search (swaps and moves) with a bounded number of passes.
 */
export function suggestGrouping(input: GroupingInput): GroupingSuggestion {
  const nameOf = (id: string): string => input.organisationNames?.[id] ?? id;
  const sorted = [...input.applications].sort((a, b) => compare(a.organisationId, b.organisationId) || compare(a.id, b.id));
  const unplaced: GroupingSuggestion['unplaced'] = [];
  const candidates: Candidate[] = [];
  const seen = new Set<string>();
  for (const app of sorted) {
    if (seen.has(app.organisationId)) {
      unplaced.push({
        organisationId: app.organisationId,
        applicationId: app.id,
        reason: {
          code: 'DUPLICATE_APPLICATION',
          text: {
            nl: `${nameOf(app.organisationId)} heeft zich meer dan één keer aangemeld; alleen de eerste aanmelding is ingedeeld.`,
            en: `${nameOf(app.organisationId)} applied more than once; only the first application was grouped.`,
          },
        },
      });
      continue;
    }
    seen.add(app.organisationId);
    candidates.push({
      app,
      themes: normaliseThemes(app.themes),
      province: app.province.trim(),
      classIndex: Math.max(0, SIZE_CLASSES.indexOf(app.populationClass)),
    });
  }

  const n = candidates.length;
  const conflicts = pairSet(input.conflicts ?? []);
  const earlier = pairSet(input.earlierPairings ?? []);
  const isConflict = (i: number, j: number): boolean => conflicts.has(pairKey(candidates[i].app.organisationId, candidates[j].app.organisationId));
  const weights = pairWeights(candidates, conflicts, earlier);

  // Search; while a round still holds a hard conflict, leave one organisation out and search again.
  const forced: number[] = [];
  let active = candidates.map((_, i) => i);
  let result = search(active, weights, n, isConflict);
  for (;;) {
    const worst = worstConflicted(result.rounds, isConflict, active);
    if (worst === null) break;
    forced.push(worst);
    active = active.filter((i) => i !== worst);
    result = search(active, weights, n, isConflict);
  }

  for (const i of forced) {
    const partners = candidates.filter((_, j) => j !== i && isConflict(i, j)).map((c) => c.app.organisationId);
    const names = listOf(partners.map(nameOf));
    unplaced.push({
      organisationId: candidates[i].app.organisationId,
      applicationId: candidates[i].app.id,
      reason: {
        code: 'HARD_CONFLICT',
        conflictsWith: partners,
        text: {
          nl: `${nameOf(candidates[i].app.organisationId)} mag niet in een ronde met ${names.nl}. Er was geen indeling mogelijk zonder die uitsluiting te doorbreken. De coördinator beslist.`,
          en: `${nameOf(candidates[i].app.organisationId)} may not be in a round with ${names.en}. No grouping was possible without breaking that exclusion. The coordinator decides.`,
        },
      },
    });
  }
  const a = active.length;
  for (const i of result.bench) {
    const id = candidates[i].app.organisationId;
    const reason: UnplacedReason =
      a < ROUND_MIN_ORGANISATIONS
        ? {
            code: 'TOO_FEW_FOR_A_ROUND',
            text: {
              nl: `Er ${a === 1 ? 'is 1 gemeente' : `zijn ${a} gemeenten`} om in te delen; een ronde heeft er ${ROUND_MIN_ORGANISATIONS} of ${ROUND_MAX_ORGANISATIONS} nodig. De coördinator beslist.`,
              en: `There ${a === 1 ? 'is 1 municipality' : `are ${a} municipalities`} to group; a round needs ${ROUND_MIN_ORGANISATIONS} or ${ROUND_MAX_ORGANISATIONS}. The coordinator decides.`,
            },
          }
        : {
            code: 'SIZES_DO_NOT_FIT',
            text: {
              nl: `${a} gemeenten zijn niet allemaal te verdelen over rondes van ${ROUND_MIN_ORGANISATIONS} of ${ROUND_MAX_ORGANISATIONS}. ${nameOf(id)} paste het minst goed bij de voorgestelde rondes. De coördinator beslist.`,
              en: `${a} municipalities cannot all be divided into rounds of ${ROUND_MIN_ORGANISATIONS} or ${ROUND_MAX_ORGANISATIONS}. ${nameOf(id)} fitted the suggested rounds least well. The coordinator decides.`,
            },
          };
    unplaced.push({ organisationId: id, applicationId: candidates[i].app.id, reason });
  }
  unplaced.sort((x, y) => compare(x.organisationId, y.organisationId) || compare(x.applicationId, y.applicationId));

  const rounds = result.rounds.map((members) => [...members].sort((x, y) => x - y)).sort((x, y) => x[0] - y[0]);
  const givenUp: SoftRule[] = [];
  const suggested = rounds.map((members, index) => {
    const round = index + 1;
    const explained = explainRound(
      round,
      members.map((i) => candidates[i]),
      earlier,
      nameOf,
    );
    givenUp.push(...explained.givenUp);
    return {
      round,
      organisationIds: members.map((i) => candidates[i].app.organisationId),
      applicationIds: members.map((i) => candidates[i].app.id),
      reasons: explained.reasons,
    };
  });
  return { rounds: suggested, unplaced, givenUp };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Trimmed, non-empty, case-insensitively unique themes, first spelling kept. */
function normaliseThemes(themes: readonly string[]): string[] {
  const out: string[] = [];
  const keys = new Set<string>();
  for (const raw of themes) {
    const theme = raw.trim();
    const key = theme.toLocaleLowerCase('nl');
    if (theme !== '' && !keys.has(key)) {
      keys.add(key);
      out.push(theme);
    }
  }
  return out;
}

/** The symmetric n×n matrix of pair costs (diagonal 0). */
function pairWeights(candidates: Candidate[], conflicts: Set<string>, earlier: Set<string>): Float64Array {
  const n = candidates.length;
  const W = GROUPING_WEIGHTS;
  const themeKeys = candidates.map((c) => new Set(c.themes.map((t) => t.toLocaleLowerCase('nl'))));
  const weights = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const a = candidates[i];
      const b = candidates[j];
      const key = pairKey(a.app.organisationId, b.app.organisationId);
      let w = 0;
      if (conflicts.has(key)) w += W.conflict;
      if (earlier.has(key)) w += W.earlierPairing;
      if (a.province !== '' && a.province === b.province) w += W.sameProvince;
      w += W.sizeDistance[Math.abs(a.classIndex - b.classIndex)];
      let shared = 0;
      for (const t of themeKeys[i]) if (themeKeys[j].has(t)) shared++;
      w += W.sharedTheme * Math.min(shared, W.maxSharedThemes);
      weights[i * n + j] = w;
      weights[j * n + i] = w;
    }
  return weights;
}

interface SearchResult {
  /** Per round the candidate indices. */
  rounds: number[][];
  bench: number[];
}

/** Greedy construction plus local search over the active candidates (indices into the n×n matrix). */
function search(active: number[], weights: Float64Array, n: number, isConflict: (i: number, j: number) => boolean): SearchResult {
  const a = active.length;
  const sizes = roundSizes(largestGroupable(a)) ?? [];
  const k = sizes.length;
  const BENCH = k;
  const G = k + 1;
  const w = (x: number, y: number): number => weights[active[x] * n + active[y]];
  // sum[x * G + g]: total pair cost of local candidate x with the members of round g (bench unused).
  const sum = new Float64Array(a * G);
  const group = new Int32Array(a).fill(-1);
  const capacity = [...sizes, a - sizes.reduce((s, v) => s + v, 0)];
  const size = new Array<number>(G).fill(0);

  const place = (x: number, g: number): void => {
    group[x] = g;
    size[g]++;
    if (g !== BENCH) for (let y = 0; y < a; y++) sum[y * G + g] += w(y, x);
  };

  // Greedy: hardest first (most conflicts among the active), then in canonical order.
  const degree = active.map((_, x) => {
    let d = 0;
    for (let y = 0; y < a; y++) if (y !== x && isConflict(active[x], active[y])) d++;
    return d;
  });
  const order = active.map((_, x) => x).sort((x, y) => degree[y] - degree[x] || x - y);
  for (const x of order) {
    let best = -1;
    let bestCost = Infinity;
    for (let g = 0; g < k; g++) {
      if (size[g] >= capacity[g]) continue;
      const cost = sum[x * G + g];
      if (cost < bestCost) {
        best = g;
        bestCost = cost;
      }
    }
    const benchFree = size[BENCH] < capacity[BENCH];
    if (benchFree && (best === -1 || bestCost >= GROUPING_WEIGHTS.conflict)) best = BENCH;
    place(x, best);
  }

  const cost = (x: number, g: number): number => (g === BENCH ? 0 : sum[x * G + g]);
  const swap = (x: number, y: number): void => {
    const gx = group[x];
    const gy = group[y];
    group[x] = gy;
    group[y] = gx;
    for (let z = 0; z < a; z++) {
      const d = w(z, y) - w(z, x);
      if (gx !== BENCH) sum[z * G + gx] += d;
      if (gy !== BENCH) sum[z * G + gy] -= d;
    }
  };
  const move = (x: number, to: number): void => {
    const from = group[x];
    group[x] = to;
    size[from]--;
    size[to]++;
    for (let z = 0; z < a; z++) {
      const d = w(z, x);
      sum[z * G + from] -= d;
      sum[z * G + to] += d;
    }
  };

  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let improved = false;
    for (let x = 0; x < a; x++)
      for (let y = x + 1; y < a; y++) {
        const gx = group[x];
        const gy = group[y];
        if (gx === gy) continue;
        const wxy = w(x, y);
        const delta = (gx === BENCH ? 0 : sum[y * G + gx] - wxy - sum[x * G + gx]) + (gy === BENCH ? 0 : sum[x * G + gy] - wxy - sum[y * G + gy]);
        if (delta < 0) {
          swap(x, y);
          improved = true;
        }
      }
    // Moves from a round of 5 to a round of 4 keep every size within 4–5.
    for (let x = 0; x < a; x++) {
      const from = group[x];
      if (from === BENCH || size[from] !== ROUND_MAX_ORGANISATIONS) continue;
      for (let g = 0; g < k; g++) {
        if (g === from || size[g] !== ROUND_MIN_ORGANISATIONS) continue;
        if (cost(x, g) - cost(x, from) < 0) {
          move(x, g);
          improved = true;
          break;
        }
      }
    }
    if (!improved) break;
  }

  const rounds: number[][] = Array.from({ length: k }, () => []);
  const bench: number[] = [];
  for (let x = 0; x < a; x++) (group[x] === BENCH ? bench : rounds[group[x]]).push(active[x]);
  return { rounds, bench };
}

/** The organisation to leave out for a remaining hard conflict: most conflicts in its round, then overall; null when none. */
function worstConflicted(rounds: number[][], isConflict: (i: number, j: number) => boolean, active: number[]): number | null {
  let worst: number | null = null;
  let worstKey: [number, number] = [0, 0];
  for (const members of rounds)
    for (const i of members) {
      const inRound = members.filter((j) => j !== i && isConflict(i, j)).length;
      if (inRound === 0) continue;
      const overall = active.filter((j) => j !== i && isConflict(i, j)).length;
      const better = worst === null || inRound > worstKey[0] || (inRound === worstKey[0] && (overall > worstKey[1] || (overall === worstKey[1] && i < worst)));
      if (better) {
        worst = i;
        worstKey = [inRound, overall];
      }
    }
  return worst;
}

function explainRound(
  round: number,
  members: Candidate[],
  earlier: Set<string>,
  nameOf: (id: string) => string,
): { reasons: RoundReason[]; givenUp: SoftRule[] } {
  const reasons: RoundReason[] = [];
  const givenUp: SoftRule[] = [];
  const size = members.length;

  // Themes chosen by at least two organisations of the round.
  const themeCounts = new Map<string, { theme: string; count: number }>();
  for (const m of members)
    for (const theme of m.themes) {
      const key = theme.toLocaleLowerCase('nl');
      const entry = themeCounts.get(key) ?? { theme, count: 0 };
      entry.count++;
      themeCounts.set(key, entry);
    }
  const shared = [...themeCounts.values()].filter((t) => t.count >= 2).sort((x, y) => y.count - x.count || compare(x.theme, y.theme));
  if (shared.length > 0) {
    const nl = shared.map((t) => `${t.theme} (${t.count === size ? `alle ${size}` : `${t.count} van de ${size}`})`);
    const en = shared.map((t) => `${t.theme} (${t.count === size ? `all ${size}` : `${t.count} of ${size}`})`);
    reasons.push({
      code: 'SHARED_THEMES',
      themes: shared,
      text: { nl: `Gedeelde thema's: ${nl.join(', ')}.`, en: `Shared themes: ${en.join(', ')}.` },
    });
  } else {
    givenUp.push({
      rule: 'NO_SHARED_THEME',
      round,
      text: {
        nl: `Ronde ${round}: geen thema dat meer dan één gemeente koos.`,
        en: `Round ${round}: no theme chosen by more than one municipality.`,
      },
    });
  }

  // Size classes.
  const classIndices = [...new Set(members.map((m) => m.classIndex))].sort((x, y) => x - y);
  const classes = classIndices.map((i) => SIZE_CLASSES[i]);
  const low = classIndices[0];
  const high = classIndices[classIndices.length - 1];
  if (high - low <= 1) {
    const range = classRange(low, high);
    reasons.push({
      code: 'COMPARABLE_SIZE',
      classes,
      text:
        low === high
          ? { nl: `Vergelijkbare omvang: alle gemeenten hebben ${range.nl}.`, en: `Comparable size: all municipalities have ${range.en}.` }
          : { nl: `Vergelijkbare omvang: gemeenten met ${range.nl}.`, en: `Comparable size: municipalities with ${range.en}.` },
    });
  } else {
    const smallest = classRange(low, low);
    const largest = classRange(high, high);
    givenUp.push({
      rule: 'MIXED_SIZE_CLASSES',
      round,
      classes,
      text: {
        nl: `Ronde ${round}: de omvang loopt uiteen (kleinste: ${smallest.nl}; grootste: ${largest.nl}).`,
        en: `Round ${round}: sizes differ (smallest: ${smallest.en}; largest: ${largest.en}).`,
      },
    });
  }

  // Provinces.
  const byProvince = new Map<string, string[]>();
  for (const m of members) {
    if (m.province === '') continue;
    byProvince.set(m.province, [...(byProvince.get(m.province) ?? []), m.app.organisationId]);
  }
  const provinces = [...byProvince.keys()].sort((x, y) => x.localeCompare(y, 'nl') || compare(x, y));
  if (provinces.length > 0) {
    const list = listOf(provinces);
    reasons.push({
      code: 'PROVINCES',
      provinces,
      text:
        provinces.length === 1
          ? { nl: `Eén provincie: ${list.nl}.`, en: `One province: ${list.en}.` }
          : { nl: `${provinces.length} provincies: ${list.nl}.`, en: `${provinces.length} provinces: ${list.en}.` },
    });
  }
  for (const province of provinces) {
    const ids = byProvince.get(province) ?? [];
    if (ids.length < 2) continue;
    givenUp.push({
      rule: 'SAME_PROVINCE',
      round,
      province,
      organisationIds: ids,
      text: {
        nl: `Ronde ${round}: ${ids.length} gemeenten uit ${province}.`,
        en: `Round ${round}: ${ids.length} municipalities from ${province}.`,
      },
    });
  }

  // Earlier pairings kept together.
  for (let i = 0; i < members.length; i++)
    for (let j = i + 1; j < members.length; j++) {
      const a = members[i].app.organisationId;
      const b = members[j].app.organisationId;
      if (!earlier.has(pairKey(a, b))) continue;
      const pair = orderedPair(a, b);
      givenUp.push({
        rule: 'EARLIER_PAIRING',
        round,
        organisationIds: pair,
        text: {
          nl: `Ronde ${round}: ${nameOf(pair[0])} en ${nameOf(pair[1])} zaten eerder al samen in een ronde; een betere indeling was er niet.`,
          en: `Round ${round}: ${nameOf(pair[0])} and ${nameOf(pair[1])} were in a round together before; there was no better grouping.`,
        },
      });
    }
  return { reasons, givenUp };
}

/** The population range covered by size classes low..high, in words. */
export function classRange(low: number, high: number): Bilingual {
  const from = CLASS_LOWER_BOUNDS[low];
  const to = high + 1 < CLASS_LOWER_BOUNDS.length ? CLASS_LOWER_BOUNDS[high + 1] : null;
  if (from === 0 && to === null) return { nl: 'elke omvang', en: 'every size' };
  if (from === 0) return { nl: `minder dan ${thousands(to ?? 0, '.')} inwoners`, en: `fewer than ${thousands(to ?? 0, ',')} inhabitants` };
  if (to === null) return { nl: `${thousands(from, '.')} inwoners of meer`, en: `${thousands(from, ',')} inhabitants or more` };
  return {
    nl: `${thousands(from, '.')} tot ${thousands(to, '.')} inwoners`,
    en: `${thousands(from, ',')} to ${thousands(to, ',')} inhabitants`,
  };
}

function thousands(value: number, separator: string): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** "A", "A en B", "A, B en C" (and the English equivalent). */
function listOf(items: string[]): Bilingual {
  if (items.length <= 1) return { nl: items.join(''), en: items.join('') };
  const head = items.slice(0, -1).join(', ');
  const last = items[items.length - 1];
  return { nl: `${head} en ${last}`, en: `${head} and ${last}` };
}
