/**
 * Ordering and grouping of the words people type (themes, tags, round labels). Internal to the
 * harvest rules: every order they produce must be the same on the API and in the browser.
 */

const dutch = new Intl.Collator('nl', { numeric: true });

/** Dutch collation ("Ronde 2" before "Ronde 10", "Één" next to "Een"), code points as tie-break. */
export function compareDutch(a: string, b: string): number {
  return dutch.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** How a typed word is shown: trimmed, inner whitespace collapsed, spelling and case kept. */
export function tidy(raw: string): string {
  return raw.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * The identity of a typed word: tidy, then lower case in the Dutch locale. Diacritics are kept
 * ("financiële" and "financiele" stay two words: reviewers who care about the spelling mean it).
 */
export function groupingKey(raw: string): string {
  // Themes and tags repeat across thousands of rows and locale-aware lower-casing is slow: remember.
  let key = keys.get(raw);
  if (key === undefined) {
    key = tidy(raw).toLocaleLowerCase('nl');
    if (keys.size > 10_000) keys.clear();
    keys.set(raw, key);
  }
  return key;
}

const keys = new Map<string, string>();

/**
 * The spelling most people used; on a tie the first in Dutch collation, so the choice never
 * depends on the order the findings came in.
 */
export function mostCommonSpelling(counts: ReadonlyMap<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [spelling, count] of counts)
    if (count > bestCount || (count === bestCount && compareDutch(spelling, best) < 0)) {
      best = spelling;
      bestCount = count;
    }
  return best;
}
