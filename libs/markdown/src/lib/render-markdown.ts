import { clampMarkdownSource } from './limits';
import { markdownEngine } from './markdown-engine';
import { DEFAULT_TOP_HEADING_LEVEL, type HtmlRenderEnv } from './safe-html-rules';

export interface RenderMarkdownOptions {
  /**
   * The HTML level a `#` heading gets (1–6); deeper headings follow and stop at h6. The default
   * (3) keeps user headings below the page's own h1 and h2.
   */
  topHeadingLevel?: number;
}

/**
 * User Markdown as HTML that is safe to insert into a page: raw HTML is escaped, images show
 * their alt text, and only http(s) and mailto links are made.
 */
export function renderMarkdown(source: string, options: RenderMarkdownOptions = {}): string {
  const env: HtmlRenderEnv = { topHeadingLevel: options.topHeadingLevel ?? DEFAULT_TOP_HEADING_LEVEL };
  return markdownEngine.render(clampMarkdownSource(source), env);
}
