/**
 * Longest Markdown source we process. Findings and summaries are far shorter; the cap keeps a
 * pasted document or a hostile payload from costing the API or a browser tab real time.
 */
export const MAX_MARKDOWN_LENGTH = 20_000;

const TRUNCATION_MARK = '…';

/**
 * Cuts an over-long source instead of refusing it: losing the tail of a very long text is
 * better than failing a whole report export. Never splits a surrogate pair, so the cut cannot
 * leave a broken character behind.
 */
export function clampMarkdownSource(source: string | null | undefined, max = MAX_MARKDOWN_LENGTH): string {
  const text = typeof source === 'string' ? source : '';
  if (text.length <= max) return text;
  let end = max - TRUNCATION_MARK.length;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return text.slice(0, end) + TRUNCATION_MARK;
}
