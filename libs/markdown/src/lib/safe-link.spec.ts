import { isSafeHref } from './safe-link';

describe('isSafeHref', () => {
  it.each(['https://www.vng.nl/sociaal-domein', 'http://example.nl', 'HTTPS://EXAMPLE.NL', 'mailto:coordinator@netwerk.nl', 'MailTo:a@b.nl'])(
    'allows %s',
    (href) => expect(isSafeHref(href)).toBe(true),
  );

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java%0Ascript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'file:///etc/passwd',
    '//evil.example/x',
    '/relative/path',
    '#anchor',
    'https://',
    'https:///path',
    'mailto:',
    'ftp://example.nl',
    '',
  ])('refuses %j', (href) => expect(isSafeHref(href)).toBe(false));
});
