/** Two organisations, as given by the caller (order does not matter). */
export type OrganisationPair = readonly [string, string];

/** A canonical key for an unordered pair: the smaller id first. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/** The pair with the smaller id first. */
export function orderedPair(a: string, b: string): [string, string] {
  return a < b ? [a, b] : [b, a];
}

/** A set of canonical pair keys; pairs of an organisation with itself are ignored. */
export function pairSet(pairs: readonly OrganisationPair[]): Set<string> {
  const set = new Set<string>();
  for (const [a, b] of pairs) if (a !== b) set.add(pairKey(a, b));
  return set;
}

/** Plain code-unit order of two ids or labels: deterministic whatever the locale. */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
