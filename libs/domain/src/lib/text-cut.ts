/**
 * Text shortened to at most `max` UTF-16 code units (what `length` counts), the mark included,
 * cut between whole characters (graphemes): never half an emoji, whose lone surrogate no jsonb
 * column, mail client or font accepts, and never a letter without its accent. Short text stays
 * as it is, without the mark.
 */
export function cutText(text: string, max: number, mark = ''): string {
  if (text.length <= max) return text;
  const room = Math.max(0, max - mark.length);
  let kept = '';
  for (const { segment } of graphemes.segment(text)) {
    if (kept.length + segment.length > room) break;
    kept += segment;
  }
  return kept + mark;
}

const graphemes = new Intl.Segmenter('nl', { granularity: 'grapheme' });
