/**
 * Test support: what "inert" means for HTML we produce from user text. Rather than look for
 * known-bad strings (an endless list), it accepts only the tags and attributes the renderer is
 * meant to write, and fails on anything else.
 */
const ALLOWED_TAGS = new Set([
  'p',
  'br',
  'strong',
  'em',
  's',
  'a',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'blockquote',
  'pre',
  'code',
  'hr',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
]);
const ALLOWED_ATTRIBUTES: Record<string, Set<string>> = {
  a: new Set(['href', 'rel', 'title']),
  ol: new Set(['start']),
  code: new Set(['class']),
  th: new Set(['class']),
  td: new Set(['class']),
};
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[a-zA-Z-]+(?:="[^"<>]*")?)*)\s*>/g;
const ATTRIBUTE = /\s+([a-zA-Z-]+)(?:="([^"]*)")?/g;
const SAFE_HREF = /^(?:https?:\/\/|mailto:)/i;

export interface ProducedTag {
  name: string;
  attributes: [string, string][];
}

/** Every tag in `html`; throws when a `<` does not open a well-formed tag. */
export function tagsIn(html: string): ProducedTag[] {
  const tags: ProducedTag[] = [];
  let matched = 0;
  for (const match of html.matchAll(TAG)) {
    matched++;
    const attributes = [...match[3].matchAll(ATTRIBUTE)].map(([, name, value = '']) => [name.toLowerCase(), value] as [string, string]);
    tags.push({ name: match[2].toLowerCase(), attributes });
  }
  const opened = html.split('<').length - 1;
  if (opened !== matched) throw new Error(`${opened - matched} "<" that do not open a tag we write in: ${html}`);
  return tags;
}

/**
 * `html` with every quoted attribute value emptied: text such as `title="a&quot; onclick=…"`
 * is inert (the quote is escaped) and must not be mistaken for an attribute.
 */
export function withoutAttributeValues(html: string): string {
  return html.replace(/="[^"]*"/g, '=""');
}

/** Problems that would make `html` unsafe to insert into a page; empty when inert. */
export function unsafeParts(html: string): string[] {
  const problems: string[] = [];
  let tags: ProducedTag[];
  try {
    tags = tagsIn(html);
  } catch (error) {
    return [(error as Error).message];
  }
  for (const { name, attributes } of tags) {
    if (!ALLOWED_TAGS.has(name)) problems.push(`tag <${name}>`);
    for (const [attribute, value] of attributes) {
      if (!ALLOWED_ATTRIBUTES[name]?.has(attribute)) problems.push(`attribute ${attribute} on <${name}>`);
      if (attribute === 'href' && !SAFE_HREF.test(value)) problems.push(`href ${value}`);
    }
  }
  if (/<\s*(script|img|iframe|svg|style|object|embed|math|base|meta|link|form)\b/i.test(html)) problems.push('forbidden element');
  if (/<[^>]*\son\w+\s*=/i.test(withoutAttributeValues(html))) problems.push('event handler attribute');
  return problems;
}
