import { SLUG_MAX, slugify } from '../slug';

/** Used when a title has no letters or digits that survive ("!!!", "日本語"). */
export const HARVEST_SLUG_FALLBACK = 'oogst';

/** The random part of every harvest slug: this many characters of SLUG_TOKEN_ALPHABET. */
export const SLUG_TOKEN_LENGTH = 6;
/** Lowercase letters and digits without the ones read alike (0/o, 1/l/i). */
export const SLUG_TOKEN_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A random token from `randomBytes` (one byte per character; the caller's cryptographic source). */
export function slugToken(randomBytes: Uint8Array): string {
  if (randomBytes.length < SLUG_TOKEN_LENGTH) throw new Error(`slugToken needs ${SLUG_TOKEN_LENGTH} bytes`);
  return [...randomBytes.slice(0, SLUG_TOKEN_LENGTH)].map((b) => SLUG_TOKEN_ALPHABET[b % SLUG_TOKEN_ALPHABET.length]).join('');
}

/**
 * The address of a harvest, /oogst/<slug>: the title's lowercase ASCII words joined by '-', then
 * a random token, at most SLUG_MAX characters. Slugs are unique across all networks, yet a new
 * slug must not tell its coordinator that another network (or a draft, or a harvest for one
 * network only) already uses the title: with a token on every slug, a slug looks the same
 * whether its title was taken or not. On the rare clash of tokens the caller draws a new one.
 */
export function harvestSlug(title: string, token: string): string {
  const base = slugify(title) || HARVEST_SLUG_FALLBACK;
  const suffix = `-${token}`;
  return `${base.slice(0, SLUG_MAX - suffix.length).replace(/-+$/u, '')}${suffix}`;
}
