import type { DocRun } from './doc-blocks';
import { inlineRuns } from './inline-runs';
import { parseMarkdown, type MarkdownToken } from './markdown-engine';

/**
 * The block structure of a Markdown text, nested as the author wrote it. markdown-it gives a
 * flat stream of open/close tokens; every non-HTML output walks this tree instead, so each of
 * them stays a small recursive function.
 */
export type MarkdownNode =
  | { type: 'heading'; level: number; runs: DocRun[] }
  | { type: 'paragraph'; runs: DocRun[] }
  | { type: 'list'; ordered: boolean; start: number; items: MarkdownNode[][] }
  | { type: 'quote'; children: MarkdownNode[] }
  | { type: 'code'; text: string }
  | { type: 'table'; header: DocRun[][]; rows: DocRun[][][] }
  | { type: 'rule' };

export function markdownTree(source: string): MarkdownNode[] {
  const tokens = parseMarkdown(source);
  return new TreeBuilder(tokens).blocks(null);
}

class TreeBuilder {
  private position = 0;

  constructor(private readonly tokens: MarkdownToken[]) {}

  /** Reads blocks until the token that closes `closing` (or the end) and steps past it. */
  blocks(closing: string | null): MarkdownNode[] {
    const nodes: MarkdownNode[] = [];
    while (this.position < this.tokens.length) {
      const token = this.tokens[this.position++];
      if (token.type === closing) break;
      const node = this.block(token);
      if (node) nodes.push(node);
    }
    return nodes;
  }

  private block(token: MarkdownToken): MarkdownNode | null {
    switch (token.type) {
      case 'heading_open':
        return { type: 'heading', level: Number(token.tag.slice(1)), runs: this.inlineUntil('heading_close') };
      case 'paragraph_open':
        return { type: 'paragraph', runs: this.inlineUntil('paragraph_close') };
      case 'bullet_list_open':
      case 'ordered_list_open':
        return this.list(token);
      case 'blockquote_open':
        return { type: 'quote', children: this.blocks('blockquote_close') };
      case 'fence':
      case 'code_block':
        return { type: 'code', text: token.content.replace(/\n$/, '') };
      case 'table_open':
        return this.table();
      case 'hr':
        return { type: 'rule' };
      default:
        return null;
    }
  }

  private list(open: MarkdownToken): MarkdownNode {
    const ordered = open.type === 'ordered_list_open';
    const closing = ordered ? 'ordered_list_close' : 'bullet_list_close';
    const items: MarkdownNode[][] = [];
    while (this.position < this.tokens.length) {
      const token = this.tokens[this.position++];
      if (token.type === closing) break;
      if (token.type === 'list_item_open') items.push(this.blocks('list_item_close'));
    }
    const start = Number(open.attrGet('start') ?? 1);
    return { type: 'list', ordered, start: Number.isFinite(start) ? start : 1, items };
  }

  private table(): MarkdownNode {
    let header: DocRun[][] = [];
    const rows: DocRun[][][] = [];
    let row: DocRun[][] = [];
    let inHead = false;
    while (this.position < this.tokens.length) {
      const token = this.tokens[this.position++];
      if (token.type === 'table_close') break;
      // GFM tables have exactly one header row, inside thead.
      if (token.type === 'thead_open') inHead = true;
      else if (token.type === 'thead_close') inHead = false;
      else if (token.type === 'tr_open') row = [];
      else if (token.type === 'tr_close') {
        if (inHead) header = row;
        else rows.push(row);
      } else if (token.type === 'th_open' || token.type === 'td_open') row.push(this.inlineUntil(token.type === 'th_open' ? 'th_close' : 'td_close'));
    }
    return { type: 'table', header, rows };
  }

  /** The runs of the inline token(s) up to `closing`, stepping past it. */
  private inlineUntil(closing: string): DocRun[] {
    const runs: DocRun[] = [];
    while (this.position < this.tokens.length) {
      const token = this.tokens[this.position++];
      if (token.type === closing) break;
      if (token.type === 'inline') runs.push(...inlineRuns(token.children));
    }
    return runs;
  }
}
