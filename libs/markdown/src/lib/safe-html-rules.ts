import type MarkdownIt from 'markdown-it';

// Spelled through the instance rather than the `MarkdownIt.*` namespace: the API compiles against
// markdown-it's CommonJS typings, the web app (bundler resolution) against its ESM typings, which
// have no such namespace. These hold under both.
type MarkdownInstance = InstanceType<typeof MarkdownIt>;
type RendererRule = NonNullable<MarkdownInstance['renderer']['rules'][string]>;
type Token = Parameters<RendererRule>[0][number];

/** `#` in user text becomes this level unless the caller asks otherwise. */
export const DEFAULT_TOP_HEADING_LEVEL = 3;

/** Rendering context passed through markdown-it's `env`. */
export interface HtmlRenderEnv {
  [key: string | symbol]: unknown;
  topHeadingLevel?: number;
  /** When set, the level the text's highest heading gets (see RenderMarkdownOptions.outlineFrom). */
  outlineFrom?: number;
  /** The text's highest heading level, found before rendering, with outlineFrom. */
  highestHeading?: number;
}

const LINK_REL = 'noopener noreferrer nofollow';

/**
 * Renderer rules that make markdown-it's HTML fit the page it is placed in and safe to show:
 * headings are shifted below the page's own h1/h2, images show their alt text, links cannot
 * open a window or leak the referrer, and no inline styles are written (our CSP forbids them).
 */
export function installSafeHtmlRules(md: MarkdownInstance): void {
  const rules = md.renderer.rules;

  rules.heading_open = (tokens, idx, _options, env) => `<h${shiftedLevel(tokens[idx].tag, env)}>`;
  rules.heading_close = (tokens, idx, _options, env) => `</h${shiftedLevel(tokens[idx].tag, env)}>\n`;

  // An image would make every reader's browser fetch a URL of the author's choosing: a
  // tracking pixel at best. Its alt text still says what the author meant.
  rules.image = (tokens, idx, options, env, self) => md.utils.escapeHtml(self.renderInlineAsText(tokens[idx].children ?? [], options, env));

  rules.link_open = (tokens, idx, options, _env, self) => {
    const token = tokens[idx];
    token.attrSet('rel', LINK_REL);
    removeAttr(token, 'target');
    return self.renderToken(tokens, idx, options);
  };

  // markdown-it writes column alignment as `style="text-align:…"`; a class says the same
  // without needing 'unsafe-inline' styles.
  const alignedCell: RendererRule = (tokens, idx, options, _env, self) => {
    const token = tokens[idx];
    const align = /text-align:(left|center|right)/.exec(String(token.attrGet('style') ?? ''))?.[1];
    removeAttr(token, 'style');
    if (align) token.attrJoin('class', `md-align-${align}`);
    return self.renderToken(tokens, idx, options);
  };
  rules.th_open = alignedCell;
  rules.td_open = alignedCell;
}

function shiftedLevel(tag: string, env: HtmlRenderEnv | undefined): number {
  const sourceLevel = Number(tag.slice(1));
  if (env?.outlineFrom !== undefined && env.highestHeading !== undefined) {
    return Math.min(6, Math.max(1, topLevel(env.outlineFrom) + sourceLevel - env.highestHeading));
  }
  return Math.min(6, topLevel(env?.topHeadingLevel) + sourceLevel - 1);
}

function topLevel(level: number | undefined): number {
  if (level === undefined || !Number.isInteger(level)) return DEFAULT_TOP_HEADING_LEVEL;
  return Math.min(6, Math.max(1, level));
}

function removeAttr(token: Token, name: string): void {
  token.attrs = token.attrs?.filter(([attr]) => attr !== name) ?? null;
}
