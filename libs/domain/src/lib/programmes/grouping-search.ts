import { ROUND_MAX_ORGANISATIONS, ROUND_MIN_ORGANISATIONS } from '../limits';
import type { GroupingCandidate } from './grouping';
import { pairKey } from './pairs';

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

/** The symmetric n×n matrix of pair costs (diagonal 0). */
export function pairWeights(candidates: GroupingCandidate[], conflicts: Set<string>, earlier: Set<string>): Float64Array {
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
export function search(active: number[], weights: Float64Array, n: number, isConflict: (i: number, j: number) => boolean): SearchResult {
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
export function worstConflicted(rounds: number[][], isConflict: (i: number, j: number) => boolean, active: number[]): number | null {
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
