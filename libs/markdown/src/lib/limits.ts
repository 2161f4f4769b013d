import { cutText } from '@kijkje/domain';

/**
 * Longest Markdown source we process. Findings and summaries are far shorter; the cap keeps a
 * pasted document or a hostile payload from costing the API or a browser tab real time.
 */
export const MAX_MARKDOWN_LENGTH = 20_000;

const TRUNCATION_MARK = '…';

/**
 * Cuts an over-long source instead of refusing it: losing the tail of a very long text is
 * better than failing a whole report export. Cut between whole characters (cutText), so the cut
 * cannot leave a broken character behind.
 */
export function clampMarkdownSource(source: string | null | undefined, max = MAX_MARKDOWN_LENGTH): string {
  return cutText(typeof source === 'string' ? source : '', max, TRUNCATION_MARK);
}
