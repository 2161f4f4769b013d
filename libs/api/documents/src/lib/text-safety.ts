/**
 * User text on its way into a file format that cannot take every character.
 */

// XML 1.0 forbids most C0 controls, U+FFFE/U+FFFF and unpaired surrogates; one of them in
// word/document.xml and Word refuses to open the file.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafe(text: string): string {
  return text.replace(XML_INVALID, '');
}

// The standard PDF fonts (Helvetica) encode text as WinAnsi: Latin-1 plus these.
const WIN_ANSI_EXTRAS = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

// Characters people really type (names, arrows, comparisons) that WinAnsi lacks and that
// Unicode decomposition does not reduce to something it has.
const READABLE_FALLBACKS: Record<string, string> = {
  ı: 'i', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ħ: 'h', Ħ: 'H', ŧ: 't', Ŧ: 'T', ŋ: 'n', Ŋ: 'N',
  '‐': '-', '‑': '-', '‒': '-', '―': '—', '−': '-', '′': "'", '″': '"', '⁄': '/',
  '≤': '<=', '≥': '>=', '≠': '!=', '≈': '~', '→': '->', '←': '<-', '↔': '<->', '⇒': '=>',
  '✓': 'v', '✔': 'v', '✗': 'x', '✘': 'x', '★': '*', '☆': '*', '●': '•', '◦': '•', '▪': '•', '■': '•',
};

const UNKNOWN = '?';

// Format and control characters, lone combining marks, variation selectors, and emoji with
// their skin-tone modifiers and flag letters: nothing Helvetica could draw.
const INVISIBLE_OR_EMOJI = /[\p{Cc}\p{Cf}\p{M}\uFE00-\uFE0F\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}]/u;

/**
 * Text that Helvetica can show. pdfkit writes characters outside WinAnsi as garbage rather than
 * failing, so they are replaced first: accents and ligatures are decomposed (ş → s, ĳ → ij),
 * a few symbols get a readable stand-in, emoji and invisible format characters are dropped,
 * and anything else becomes "?".
 */
export function winAnsiSafe(text: string): string {
  let safe = '';
  for (const char of text.normalize('NFC')) safe += winAnsiChar(char);
  return safe;
}

function winAnsiChar(char: string): string {
  if (char === '\n') return char;
  if (char === '\t') return '    ';
  if (isWinAnsi(char)) return char;
  const fallback = READABLE_FALLBACKS[char];
  if (fallback) return fallback;
  if (INVISIBLE_OR_EMOJI.test(char)) return '';
  if (/\p{Zs}/u.test(char)) return ' ';
  const decomposed = char.normalize('NFKD').replace(/\p{M}/gu, '');
  if (decomposed && [...decomposed].every(isWinAnsi)) return decomposed;
  return UNKNOWN;
}

function isWinAnsi(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRAS.has(char);
}
