import { clampMarkdownSource } from './limits';
import { markdownEngine } from './markdown-engine';
import { DEFAULT_TOP_HEADING_LEVEL, type HtmlRenderEnv } from './safe-html-rules';

export interface RenderMarkdownOptions {
  /**
   * The HTML level a `#` heading gets (1–6); deeper headings follow and stop at h6. The default
   * (3) keeps user headings below the page's own h1 and h2.
   */
  topHeadingLevel?: number;
  /**
   * The HTML level the text's highest heading gets, whatever Markdown level it was typed at, so
   * that the page outline never skips a level (a `##` under the page's h2 becomes h3, not h4).
   * Takes precedence over topHeadingLevel.
   */
  outlineFrom?: number;
}

/**
 * User Markdown as HTML that is safe to insert into a page: raw HTML is escaped, images show
 * their alt text, and only http(s) and mailto links are made.
 */
export function renderMarkdown(source: string, options: RenderMarkdownOptions = {}): string {
  const clamped = clampMarkdownSource(source);
  const env: HtmlRenderEnv = { topHeadingLevel: options.topHeadingLevel ?? DEFAULT_TOP_HEADING_LEVEL };
  if (options.outlineFrom === undefined) return markdownEngine.render(clamped, env);
  const tokens = markdownEngine.parse(clamped, env);
  const levels = tokens.filter((token) => token.type === 'heading_open').map((token) => Number(token.tag.slice(1)));
  env.outlineFrom = options.outlineFrom;
  env.highestHeading = levels.length ? Math.min(...levels) : 1;
  return markdownEngine.renderer.render(tokens, markdownEngine.options, env);
}
