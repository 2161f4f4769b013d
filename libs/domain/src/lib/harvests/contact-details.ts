/**
 * Contact details that identify a person or a municipality on their own: e-mail addresses, Dutch
 * phone numbers and postcodes. Found on the original text, before names, so that
 * "j.devries@utrecht.nl" is removed as one address and not as a name inside an address.
 */

export const CONTACT_KINDS = ['EMAIL', 'PHONE', 'POSTCODE'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

export interface ContactMatch {
  kind: ContactKind;
  start: number;
  end: number;
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

/** +31 6 1234 5678, +31 (0)30 123 4567, 0031 612345678: the country code and nine digits. */
const PHONE_INTERNATIONAL = /(?<![\p{L}\p{N}])(?:\+|00)31[ .-]?(?:\(0\)[ .-]?)?[1-9](?:[ .-]?\d){8}(?!\p{N})/gu;

/** 06-12345678, 030 123 4567, (030) 123 4567, 0591 123456: a zero and nine digits (checked below). */
const PHONE_NATIONAL = /(?<![\p{L}\p{N}+])(?:\(0\d{1,3}\)|0\d{1,3})(?:[ .-]?\d){5,8}(?!\p{N})/gu;

/** A municipality's own short number, 14 and its area code: "14 030" is Utrecht's town hall. */
const PHONE_MUNICIPAL = /(?<![\p{L}\p{N}])14 ?0\d{2,3}(?!\p{N}|[.,]\d)/gu;

/**
 * 1234 AB or 1234AB; lower case only without a space ("1234ab"), because "In 2024 is" and
 * "1500 en" are not postcodes. SA, SD and SS are never issued.
 */
const POSTCODE = /(?<![\p{L}\p{N}])[1-9]\d{3}(?: ?(?!SA|SD|SS)[A-Z]{2}|(?!sa|sd|ss)[a-z]{2})(?![\p{L}\p{N}])/gu;

const PATTERNS: readonly [ContactKind, RegExp, (found: string) => boolean][] = [
  ['EMAIL', EMAIL, () => true],
  ['PHONE', PHONE_INTERNATIONAL, () => true],
  ['PHONE', PHONE_NATIONAL, (found) => found.replace(/\D/g, '').length === 10],
  ['PHONE', PHONE_MUNICIPAL, () => true],
  ['POSTCODE', POSTCODE, () => true],
];

/** Every contact detail in the text, in order, never overlapping (the earliest and longest wins). */
export function findContactDetails(text: string): ContactMatch[] {
  const found: ContactMatch[] = [];
  for (const [kind, pattern, valid] of PATTERNS)
    for (const m of text.matchAll(pattern)) if (valid(m[0])) found.push({ kind, start: m.index, end: m.index + m[0].length });
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: ContactMatch[] = [];
  for (const m of found) if (kept.length === 0 || m.start >= kept[kept.length - 1].end) kept.push(m);
  return kept;
}
