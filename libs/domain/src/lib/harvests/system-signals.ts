import type { Bilingual } from '../messages';
import { SYSTEM_ISSUE_CATEGORIES, systemIssueCategoryLabels, type SystemIssueCategory } from '../visits/system-issue';
import { MIN_GROUP_ORGANISATIONS, hiddenGroups, suppression, type CountSuppression } from './small-groups';

/** A released finding marked as a systeemsignaal, as the harvest counts it. */
export interface SystemSignalFinding {
  theme: string;
  category: SystemIssueCategory;
  organisationId: string;
  /** Already anonymised, plain text. */
  text: string;
}

export interface SystemSignalRow {
  theme: string;
  category: SystemIssueCategory;
  /** Null when hidden: the group is too small, or would give a small one away. */
  count: number | null;
  suppression: CountSuppression | null;
  /** The anonymised texts of a shown group, sorted; empty when hidden. */
  texts: string[];
}

/**
 * Signals for the national level: released system issues counted per theme and category. A group of
 * fewer than MIN_GROUP_ORGANISATIONS municipalities is hidden, and so are the smallest others while
 * the hidden ones together are still that small (the small-group rule of the counts).
 */
export function systemSignalRows(findings: readonly SystemSignalFinding[], min: number = MIN_GROUP_ORGANISATIONS): SystemSignalRow[] {
  const groups = new Map<string, { theme: string; category: SystemIssueCategory; organisations: Set<string>; texts: string[] }>();
  for (const f of findings) {
    const key = `${f.theme}\u0000${f.category}`;
    const group = groups.get(key) ?? { theme: f.theme, category: f.category, organisations: new Set<string>(), texts: [] };
    group.organisations.add(f.organisationId);
    group.texts.push(f.text);
    groups.set(key, group);
  }
  const hidden = hiddenGroups(
    [...groups.entries()].map(([key, g]) => ({ key, organisations: g.organisations })),
    min,
  );
  return [...groups.entries()]
    .sort(([, a], [, b]) => a.theme.localeCompare(b.theme, 'nl') || SYSTEM_ISSUE_CATEGORIES.indexOf(a.category) - SYSTEM_ISSUE_CATEGORIES.indexOf(b.category))
    .map(([key, g]) => {
      const code = hidden.get(key);
      return code
        ? { theme: g.theme, category: g.category, count: null, suppression: suppression(code), texts: [] }
        : { theme: g.theme, category: g.category, count: g.texts.length, suppression: null, texts: [...g.texts].sort((a, b) => a.localeCompare(b, 'nl')) };
    });
}

const csvCell = (value: string): string => {
  // A cell a spreadsheet would run as a formula starts with a quote instead.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

const csvHeaders: Readonly<Record<'nl' | 'en', string[]>> = {
  nl: ['thema', 'categorie', 'aantal', 'toelichting'],
  en: ['theme', 'category', 'count', 'note'],
};

/** The signals as CSV for national partners: semicolons (as Dutch spreadsheets expect), one row per theme and category, then the texts. */
export function systemSignalsCsv(rows: readonly SystemSignalRow[], language: keyof Bilingual = 'nl'): string {
  const lines = [csvHeaders[language].join(';')];
  for (const row of rows) {
    const note = row.suppression ? row.suppression.text[language] : '';
    lines.push([row.theme, systemIssueCategoryLabels[row.category][language], row.count === null ? '' : String(row.count), note].map(csvCell).join(';'));
  }
  lines.push('');
  lines.push([language === 'nl' ? 'thema' : 'theme', language === 'nl' ? 'categorie' : 'category', language === 'nl' ? 'signaal' : 'signal'].join(';'));
  for (const row of rows) for (const text of row.texts) lines.push([row.theme, systemIssueCategoryLabels[row.category][language], text].map(csvCell).join(';'));
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
