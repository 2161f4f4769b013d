/**
 * Free text in which the network names a person by name rather than by account: who speaks at a
 * work meeting (meeting_item.speaker), who carries an action of an action plan (plan_action.owner),
 * whom the review team speaks with on the visit's agenda (visit.agenda partners). These fields exist
 * to say who; when that person's account is erased (AVG article 17), their name leaves them for the
 * placeholder that stands for them elsewhere ("voormalig lid (gemeente X)"), and their download
 * shows where they are named (articles 15 and 20).
 *
 * Prose is not scanned: findings, report texts, theme-table cards and session titles are the
 * network's record of what was seen and said, kept as written (as published harvests are); the
 * kept versions of visit reports lose the name through the audit scrub that covers them. The
 * published versions of a meeting's report froze the programme with its speakers as fields: those
 * follow this rule too (scrubReportSpeakers), their report text stays as written.
 *
 * The rule: the field names the person when it is one of their names (case and spacing aside), or
 * holds one of their full names as whole words ("Jan Jansen (wethouder)"). A name of one word counts
 * only as the whole field: "Jan" stays in "Jan de Vries". Only the name is replaced; the rest of the
 * field ("(wethouder)") stays.
 */

/** Letters, digits, marks and the hyphen of a double name: a name found next to one of these is part of another name. */
const WORD = String.raw`[\p{L}\p{N}\p{M}_-]`;

const normalise = (text: string) => text.normalize('NFC').replace(/\s+/gu, ' ').trim();

/** The person's names as the fields are searched for them: distinct, normalised, at least three characters, longest first. */
export function searchableNames(names: readonly (string | null | undefined)[]): string[] {
  const distinct = new Map<string, string>();
  for (const name of names) {
    const n = normalise(name ?? '');
    if (n.length >= 3 && !distinct.has(n.toLowerCase())) distinct.set(n.toLowerCase(), n);
  }
  return [...distinct.values()].sort((a, b) => b.length - a.length || a.localeCompare(b));
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');

function wholeWords(name: string): RegExp | null {
  const words = name.split(' ');
  if (words.length < 2) return null;
  return new RegExp(`(?<!${WORD})${words.map(escape).join(String.raw`\s+`)}(?!${WORD})`, 'giu');
}

/** Whether the text names the person (one of `names`), by the rule above. */
export function namesPerson(text: string, names: readonly string[]): boolean {
  const searchable = searchableNames(names);
  const whole = normalise(text).toLowerCase();
  return searchable.some((n) => n.toLowerCase() === whole || (wholeWords(n)?.test(text.normalize('NFC')) ?? false));
}

/** The text with every naming of the person replaced by `placeholder`; the text itself when it does not name them. */
export function scrubPersonName(text: string, names: readonly string[], placeholder: string): string {
  if (!namesPerson(text, names)) return text;
  const searchable = searchableNames(names);
  const whole = normalise(text).toLowerCase();
  if (searchable.some((n) => n.toLowerCase() === whole)) return placeholder;
  let result = text.normalize('NFC');
  for (const name of searchable) {
    const pattern = wholeWords(name);
    if (pattern) result = result.replace(pattern, () => placeholder);
  }
  return result;
}

/** A visit's agenda with the person's name scrubbed from its conversation partners; null when no partner names them. */
export function scrubAgendaPartners<T extends { partners: string[] }>(agenda: readonly T[], names: readonly string[], placeholder: string): T[] | null {
  if (!agenda.some((item) => (item.partners ?? []).some((p) => namesPerson(p, names)))) return null;
  return agenda.map((item) => ({ ...item, partners: (item.partners ?? []).map((p) => scrubPersonName(p, names, placeholder)) }));
}

/**
 * The speakers of a frozen programme (a published version of a meeting's report), each scrubbed of
 * the person's name by the rule above; null when no speaker names them, so the version is left alone.
 */
export function scrubReportSpeakers(items: readonly { speaker?: string | null }[], names: readonly string[], placeholder: string): string[] | null {
  if (!items.some((item) => namesPerson(item.speaker ?? '', names))) return null;
  return items.map((item) => scrubPersonName(item.speaker ?? '', names, placeholder));
}
