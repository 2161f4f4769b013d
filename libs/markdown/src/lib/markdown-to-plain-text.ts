import { runsToText } from './inline-runs';
import { listMarker } from './list-marker';
import { markdownTree, type MarkdownNode } from './markdown-tree';

/**
 * User Markdown as readable plain text, for e-mail, search, anonymisation and exports: no
 * emphasis or heading marks, one list item per line starting with "• " (or its number), links
 * as "text (url)", quotes prefixed with "> " as in e-mail.
 *
 * The result is text, not HTML: raw HTML the author typed is kept as the characters they
 * typed, so escape it when placing it in markup.
 */
export function markdownToPlainText(source: string): string {
  return blocksText(markdownTree(source), '\n\n')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function blocksText(nodes: MarkdownNode[], separator: string): string {
  return nodes
    .map(nodeText)
    .filter((text) => text.length > 0)
    .join(separator);
}

function nodeText(node: MarkdownNode): string {
  switch (node.type) {
    case 'heading':
    case 'paragraph':
      return runsToText(node.runs).trim();
    case 'code':
      return node.text;
    case 'list':
      return node.items.map((item, index) => hang(listMarker(node.ordered, node.start + index), blocksText(item, '\n'))).join('\n');
    case 'quote':
      return prefixLines('> ', blocksText(node.children, '\n\n'));
    case 'table':
      return [node.header, ...node.rows].map((row) => row.map((cell) => runsToText(cell).trim()).join(' | ')).join('\n');
    case 'rule':
      return '';
  }
}

/** Puts `marker` before the first line and aligns the following lines under the text. */
function hang(marker: string, text: string): string {
  const [first = '', ...rest] = text.split('\n');
  const indent = ' '.repeat(marker.length);
  return [marker + first, ...rest.map((line) => (line ? indent + line : line))].join('\n');
}

function prefixLines(prefix: string, text: string): string {
  return text
    .split('\n')
    .map((line) => (prefix + line).trimEnd())
    .join('\n');
}
