export type {
  BarChartBlock,
  DataTableBlock,
  DocSection,
  DocumentBlock,
  DocumentLanguage,
  KeyValueBlock,
  KijkjeDocument,
  MarkdownBlock,
  RenderBlock,
} from './lib/document.model';
export type { DocBlock, DocRun } from '@kijkje/markdown';
export { renderPdf } from './lib/pdf/render-pdf';
export { renderDocx } from './lib/docx/render-docx';
export { contentDisposition } from './lib/content-disposition';
export { escapeHtml, PUBLIC_PAGE_TEXT, publicNotice, publicPage, publicPageCss, type PublicPage } from './lib/html/public-page';
