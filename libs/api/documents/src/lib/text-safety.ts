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
