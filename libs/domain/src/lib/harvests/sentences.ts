/**
 * At the start of the text, a paragraph, a list item, after a full stop, question or exclamation
 * mark, or a quotation opened after a colon: where every word is capitalised, names or not.
 */
export function startsSentence(text: string, start: number): boolean {
  const before = text.slice(0, start);
  const rest = before.replace(/[\s"“‘'(*_>#-]+$/u, '');
  if (rest === '' || /[.!?]$/u.test(rest)) return true;
  const skipped = before.slice(rest.length);
  // A quotation after a colon starts a sentence of its own: zei: "Wij …".
  if (rest.endsWith(':') && /["“‘']/u.test(skipped)) return true;
  return /\n\s*\n/u.test(skipped) || /\n\s*[-*>#]/u.test(skipped);
}
