import { useMemo } from 'react';
import { renderMarkdown } from '@kijkje/markdown';

/**
 * User Markdown (findings, comments, replies). The one place HTML from user text reaches the
 * page, and only through renderMarkdown, which escapes raw HTML, shows images as their alt text
 * and makes only http(s) and mailto links (SEC-11).
 */
export function Markdown({ source, topHeadingLevel = 5 }: { source: string; topHeadingLevel?: number }) {
  const html = useMemo(() => renderMarkdown(source, { topHeadingLevel }), [source, topHeadingLevel]);
  return <div className="kijkje-markdown" dangerouslySetInnerHTML={{ __html: html }} />;
}
