import type { DocBlock, DocHeadingLevel, DocRun } from './doc-blocks';
import { mergeRuns, runsToText } from './inline-runs';
import { markdownTree, type MarkdownNode } from './markdown-tree';
import { listMarker } from './list-marker';

/**
 * User Markdown as neutral document blocks for PDF and DOCX exports. Structure the block model
 * has no room for (a list inside a quote, a list inside a list item) is kept as indented lines
 * of text, so nothing the author wrote is lost.
 */
export function markdownToBlocks(source: string): DocBlock[] {
  return markdownTree(source).flatMap(toBlock);
}

function toBlock(node: MarkdownNode): DocBlock[] {
  switch (node.type) {
    case 'heading': {
      const text = runsToText(node.runs).trim();
      return text ? [{ kind: 'heading', level: Math.min(3, node.level) as DocHeadingLevel, text }] : [];
    }
    case 'paragraph':
      return node.runs.length ? [{ kind: 'paragraph', runs: node.runs }] : [];
    case 'code':
      return node.text ? [{ kind: 'paragraph', runs: [{ text: node.text }] }] : [];
    case 'list':
      return [{ kind: 'list', ordered: node.ordered, items: node.items.map((item) => flatten(item, 0)) }];
    case 'quote':
      return [{ kind: 'quote', runs: flatten(node.children, 0) }];
    case 'table':
      return [
        {
          kind: 'table',
          header: node.header.map(cellText),
          rows: node.rows.map((row) => row.map(cellText)),
        },
      ];
    case 'rule':
      return [];
  }
}

/** Blocks as runs of one paragraph, one block per line; nested list items are indented. */
function flatten(nodes: MarkdownNode[], depth: number): DocRun[] {
  const lines = nodes.map((node) => flattenNode(node, depth)).filter((runs) => runs.length > 0);
  return mergeRuns(lines.flatMap((runs, index) => (index === 0 ? runs : [{ text: '\n' }, ...runs])));
}

function flattenNode(node: MarkdownNode, depth: number): DocRun[] {
  switch (node.type) {
    case 'heading':
    case 'paragraph':
      return node.runs;
    case 'code':
      return node.text ? [{ text: node.text }] : [];
    case 'quote':
      return flatten(node.children, depth);
    case 'list': {
      const indent = '  '.repeat(depth + 1);
      return node.items.flatMap((item, index) => [
        ...(index === 0 ? [] : [{ text: '\n' }]),
        { text: indent + listMarker(node.ordered, node.start + index) },
        ...flatten(item, depth + 1),
      ]);
    }
    case 'table':
      return [{ text: [node.header, ...node.rows].map((row) => row.map(cellText).join(' | ')).join('\n') }];
    case 'rule':
      return [];
  }
}

function cellText(runs: DocRun[]): string {
  return runsToText(runs).trim();
}
