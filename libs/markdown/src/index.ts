export type { DocBlock, DocHeadingBlock, DocHeadingLevel, DocListBlock, DocParagraphBlock, DocQuoteBlock, DocRun, DocTableBlock } from './lib/doc-blocks';
export { renderMarkdown, type RenderMarkdownOptions } from './lib/render-markdown';
export { markdownToPlainText } from './lib/markdown-to-plain-text';
export { markdownToBlocks } from './lib/markdown-to-blocks';
export { MAX_MARKDOWN_LENGTH } from './lib/limits';
export { isSafeHref } from './lib/safe-link';
export { DEFAULT_TOP_HEADING_LEVEL } from './lib/safe-html-rules';
