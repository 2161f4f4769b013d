import { SLUG_MAX, slugify } from '../slug';

/** Used when a title has no letters or digits that survive ("!!!", "日本語"). */
export const HARVEST_SLUG_FALLBACK = 'oogst';

/**
 * The address of a harvest, /oogst/<slug>: slugify's lowercase ASCII words joined by '-', at most
 * SLUG_MAX characters, made unique among `existingSlugs` with -2, -3, … (the title is cut further
 * when the suffix would not fit). Deterministic: the same title and slugs give the same slug.
 */
export function harvestSlug(title: string, existingSlugs: Iterable<string>): string {
  const taken = new Set([...existingSlugs].map((s) => s.toLowerCase()));
  const base = slugify(title) || HARVEST_SLUG_FALLBACK;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${base.slice(0, SLUG_MAX - suffix.length).replace(/-+$/u, '')}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}
