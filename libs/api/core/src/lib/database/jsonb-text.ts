/**
 * A value as JSON text that a jsonb column accepts. JSON.stringify writes half a surrogate pair as
 * an escape (\ud83d) that PostgreSQL refuses as invalid JSON: such a character, from outside
 * (an identity provider's claim) or from a cut made by a library, becomes U+FFFD instead, as it
 * would in any text column, and the write goes through.
 */
export function jsonbText(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'string' ? v.toWellFormed() : v));
}
