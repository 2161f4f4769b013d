import type { DocRun } from './doc-blocks';
import type { MarkdownToken } from './markdown-engine';

/**
 * An inline token list as styled runs. Links read as "text (url)" so the address survives in
 * formats without hyperlinks; when the text already is the address it is not repeated.
 * Images contribute their alt text.
 */
export function inlineRuns(children: MarkdownToken[] | null): DocRun[] {
  const runs: DocRun[] = [];
  let bold = 0;
  let italic = 0;
  const links: { href: string; textStart: number }[] = [];
  let plain = '';

  const push = (text: string) => {
    if (!text) return;
    plain += text;
    appendRun(runs, { text, ...(bold > 0 && { bold: true }), ...(italic > 0 && { italic: true }) });
  };

  const walk = (tokens: MarkdownToken[]) => {
    for (const token of tokens) {
      switch (token.type) {
        case 'text':
        case 'code_inline':
          push(token.content);
          break;
        case 'softbreak':
        case 'hardbreak':
          push('\n');
          break;
        case 'strong_open':
          bold++;
          break;
        case 'strong_close':
          bold--;
          break;
        case 'em_open':
          italic++;
          break;
        case 'em_close':
          italic--;
          break;
        case 'image':
          walk(token.children ?? []);
          break;
        case 'link_open':
          links.push({ href: String(token.attrGet('href') ?? ''), textStart: plain.length });
          break;
        case 'link_close': {
          const link = links.pop();
          if (link) pushLinkTarget(link.href, plain.slice(link.textStart));
          break;
        }
        default:
          // Strikethrough marks and anything a future plugin adds: keep the text, drop the markup.
          if (token.children) walk(token.children);
          else if (token.content && token.nesting === 0) push(token.content);
      }
    }
  };

  const pushLinkTarget = (href: string, text: string) => {
    const shown = decodeForReading(href);
    if (!shown || sameAddress(shown, text)) return;
    const saved = { bold, italic };
    bold = 0;
    italic = 0;
    push(` (${shown})`);
    ({ bold, italic } = saved);
  };

  walk(children ?? []);
  return runs;
}

/** Adds `run` to `runs`, joining it to the last run when both have the same style. */
export function appendRun(runs: DocRun[], run: DocRun): void {
  if (!run.text) return;
  const last = runs[runs.length - 1];
  if (last && !!last.bold === !!run.bold && !!last.italic === !!run.italic) last.text += run.text;
  else runs.push({ ...run });
}

/** `runs` with neighbours of the same style joined. */
export function mergeRuns(runs: DocRun[]): DocRun[] {
  const merged: DocRun[] = [];
  for (const run of runs) appendRun(merged, run);
  return merged;
}

export function runsToText(runs: DocRun[]): string {
  return runs.map((run) => run.text).join('');
}

function sameAddress(href: string, text: string): boolean {
  const bare = (value: string) =>
    value
      .trim()
      .replace(/^mailto:/i, '')
      .replace(/^https?:\/\//i, '')
      .replace(/\/$/, '');
  return bare(href).toLowerCase() === bare(text).toLowerCase();
}

/**
 * markdown-it percent-encodes link targets; people should read `é`, not `%C3%A9`. Only letters
 * and digits are decoded, so an encoded `<`, space or line break stays encoded.
 */
function decodeForReading(href: string): string {
  return href.replace(/(?:%[0-9A-F]{2})+/gi, (encoded) => {
    try {
      const decoded = decodeURIComponent(encoded);
      return /^[\p{L}\p{M}\p{N}]+$/u.test(decoded) ? decoded : encoded;
    } catch {
      return encoded;
    }
  });
}
