import { escapeHtml } from '@kijkje/api/documents';

/**
 * An accessible table: a caption, column headers (scope col) and row headers (scope row) in the
 * first column, in a focusable region that scrolls sideways on a narrow screen instead of the page.
 */
export function htmlTable(
  caption: string,
  header: string[],
  rows: string[][],
  footerRow: string[] | null,
  numeric: (column: number) => boolean,
  scroll: string,
): string {
  const th = header.map((h, i) => `<th scope="col"${numeric(i) ? ' class="n"' : ''}>${escapeHtml(h)}</th>`).join('');
  const tr = (r: string[], tag: 'td' | 'th' = 'td') =>
    `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${escapeHtml(c)}</th>` : `<${tag}${numeric(i) ? ' class="n"' : ''}>${escapeHtml(c)}</${tag}>`)).join('')}</tr>`;
  return `<div class="table" role="region" aria-label="${escapeHtml(`${caption}. ${scroll}`)}" tabindex="0"><table><caption>${escapeHtml(caption)}</caption><thead><tr>${th}</tr></thead><tbody>${rows.map((r) => tr(r)).join('')}</tbody>${footerRow ? `<tfoot>${tr(footerRow)}</tfoot>` : ''}</table></div>`;
}
