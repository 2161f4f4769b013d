/** "wachtlijsten, toegang" → ["wachtlijsten", "toegang"]; the server normalises further. */
export function parseTags(text: string): string[] {
  return text
    .split(',')
    .map((tag) => tag.trim())
    .filter(Boolean);
}

/** The first words of a finding, for button names and announcements ("Bewerken: De wachttijd…"). */
export function excerpt(text: string, max = 60): string {
  const plain = text
    .replace(/[#*_`>[\]()!~|-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return plain.length > max ? `${plain.slice(0, max - 1).trimEnd()}…` : plain;
}

/** Evidence as the API takes it: a part left empty is left out (an empty string is refused). */
export function evidenceInput(evidence: { source: string; quote: string; indicator: string }) {
  return { source: evidence.source.trim() || null, quote: evidence.quote.trim() || null, indicator: evidence.indicator.trim() || null };
}
