const FALLBACK_NAME = 'download';
const MAX_NAME_LENGTH = 150;

/**
 * A `Content-Disposition` header value for a download (RFC 6266): a plain-ASCII `filename` for
 * old clients and a UTF-8 `filename*` (RFC 8187) that modern browsers prefer, so "Oogst
 * Coöperatie.pdf" keeps its ö. Path separators, control characters and line breaks never
 * survive, so a user-chosen title can neither inject a header nor name a file outside the
 * downloads folder.
 */
export function contentDisposition(filename: string, type: 'attachment' | 'inline' = 'attachment'): string {
  const name = cleanName(filename);
  return `${type}; filename="${asciiFallback(name)}"; filename*=UTF-8''${encodeRfc8187(name)}`;
}

function cleanName(filename: string): string {
  const cleaned = (typeof filename === 'string' ? filename : '')
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '')
    .replace(/[/\\]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    // A leading dot would make a hidden file on some systems.
    .replace(/^\.+/, '');
  return truncateKeepingExtension(cleaned || FALLBACK_NAME);
}

function truncateKeepingExtension(name: string): string {
  const chars = [...name];
  if (chars.length <= MAX_NAME_LENGTH) return name;
  const extension = /\.[A-Za-z0-9]{1,5}$/.exec(name)?.[0] ?? '';
  return (
    chars
      .slice(0, MAX_NAME_LENGTH - extension.length)
      .join('')
      .trimEnd() + extension
  );
}

/** Accents dropped, anything else outside printable ASCII (and `"`, `\`, `%`) replaced by `_`. */
function asciiFallback(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\x20-\x7e]|["\\%]/gu, '_');
}

/** Percent-encoding of everything but RFC 8187's attr-char. */
function encodeRfc8187(name: string): string {
  return encodeURIComponent(name).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}
