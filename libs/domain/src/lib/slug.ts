/** Maximum length of a network slug. */
export const SLUG_MAX = 60;

/** Letters that Unicode decomposition does not reduce to ASCII. */
const SPECIAL_LETTERS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/**
 * A URL-safe name for a network: lowercase ASCII letters and digits, accents removed, every other run
 * of characters replaced by one '-', no leading or trailing '-', at most SLUG_MAX characters.
 * Empty when the name has no letters or digits. Idempotent: slugify(slugify(x)) === slugify(x).
 */
export function slugify(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[ßæœøłđðþı]/g, (c) => SPECIAL_LETTERS[c])
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, SLUG_MAX)
    .replace(/-+$/, '');
}
