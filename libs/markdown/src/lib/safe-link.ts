/**
 * The only link targets user text may produce. An allowlist, not a blocklist: `javascript:`,
 * `data:`, `vbscript:`, `file:`, relative and protocol-relative URLs are all refused, however
 * they are spelled. markdown-it hands us the destination after decoding entities and
 * backslash escapes and percent-encoding whitespace and control characters, so tricks such as
 * `&#106;avascript:` or `java\tscript:` arrive here in a form this pattern rejects.
 */
const SAFE_HREF = /^(?:https?:\/\/[^\s/]|mailto:[^\s])/i;

export function isSafeHref(href: string): boolean {
  return SAFE_HREF.test(href);
}
