import type { ExtraSection } from '../export/harvest-section-tables';
import { escapeHtml } from '@kijkje/api/documents';
import { htmlTable } from './html-table';

/** An extra part of the public page (comparison, cijfers, evaluation, signals): its heading, introduction, tables and notes. */
export function sectionHtml(section: ExtraSection, scroll: string): string {
  return [
    `<section aria-labelledby="deel-${section.key}"><h2 id="deel-${section.key}">${escapeHtml(section.heading)}</h2>`,
    `<p>${escapeHtml(section.intro)}</p>`,
    ...section.tables.map((t) =>
      htmlTable(
        t.caption,
        t.header,
        t.rows,
        null,
        (column) => column > 0 && t.rows.every((r) => /^[\d.,\s−-]+$|^(verborgen|hidden)$/.test(r[column] ?? '')),
        scroll,
      ),
    ),
    ...section.notes.map((n) => `<p class="src">${escapeHtml(n)}</p>`),
    `</section>`,
  ].join('');
}
