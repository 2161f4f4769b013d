import MarkdownIt from 'markdown-it';
import { clampMarkdownSource } from './limits';
import { isSafeHref } from './safe-link';
import { installSafeHtmlRules } from './safe-html-rules';

/**
 * The one configured parser every output shares, so HTML, plain text and document blocks all
 * agree on what a piece of user text means.
 *
 * - `html: false`: raw HTML is shown as text, never passed through.
 * - `breaks: true`: a single Enter is a line break; people type findings quickly during a visit.
 * - `linkify: true`: pasted web addresses become links (still subject to `isSafeHref`).
 * - `maxNesting`: deep nesting (`>>>>>>…`) is a cheap way to make a parser and a renderer work
 *   hard; real findings never nest more than a few levels.
 */
export const markdownEngine = new MarkdownIt('default', {
  html: false,
  breaks: true,
  linkify: true,
  typographer: false,
  maxNesting: 20,
});
markdownEngine.validateLink = isSafeHref;
installSafeHtmlRules(markdownEngine);

/** A parsed token; derived from the parser so it holds under markdown-it's CommonJS and ESM typings alike. */
export type MarkdownToken = ReturnType<typeof markdownEngine.parse>[number];

export function parseMarkdown(source: string, env: Record<string, unknown> = {}): MarkdownToken[] {
  return markdownEngine.parse(clampMarkdownSource(source), env);
}
