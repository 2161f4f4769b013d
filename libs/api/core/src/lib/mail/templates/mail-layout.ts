import { Body, Container, Head, Heading, Hr, Html, Link, Preview, Section, Text } from '@react-email/components';
import { createElement as h, type ReactElement } from 'react';
import { cutText } from '@kijkje/domain';
import { renderToStaticMarkup } from 'react-dom/server';
import type { MailContent } from './mail-content';

/** Plain, readable and high-contrast, in the NL Design System spirit: one column, real text, a clear link. */
const font = '"Noto Sans", Arial, Helvetica, sans-serif';
const style = {
  body: { backgroundColor: '#f3f3f3', color: '#1a1a1a', fontFamily: font, margin: 0, padding: '24px 0' },
  container: { backgroundColor: '#ffffff', maxWidth: '600px', padding: '24px 32px', borderTop: '6px solid #01689b' },
  brand: { fontSize: '20px', fontWeight: 700, color: '#01689b', margin: '0 0 16px' },
  text: { fontSize: '16px', lineHeight: '24px', margin: '0 0 16px' },
  button: {
    display: 'inline-block',
    backgroundColor: '#01689b',
    color: '#ffffff',
    fontSize: '16px',
    fontWeight: 700,
    padding: '12px 20px',
    textDecoration: 'underline',
    borderRadius: '2px',
  },
  link: { fontSize: '14px', lineHeight: '20px', color: '#01689b', wordBreak: 'break-all' as const },
  footer: { fontSize: '14px', lineHeight: '20px', color: '#535353', margin: '0' },
};

const UNDER_ACTION = { nl: 'Werkt de knop niet? Open dan deze link:', en: 'Button not working? Open this link:' };

/** The words of one language: greeting, paragraphs, the action, what follows and why. */
function MailWords({ content, lang }: { content: MailContent; lang?: string }): ReactElement {
  const p = (text: string, key: string) => h(Text, { key, style: style.text }, text);
  return h(
    Section,
    { lang },
    p(content.greeting, 'greeting'),
    ...content.paragraphs.map((text, i) => p(text, `p${i}`)),
    ...(content.links ?? []).map((link, i) =>
      h(Text, { key: `l${i}`, style: style.text }, link.text, h('br'), h(Link, { href: link.href, style: style.link }, link.href)),
    ),
    content.action &&
      h(
        Section,
        { style: { margin: '8px 0 24px' } },
        h(Link, { href: content.action.href, style: style.button }, content.action.label),
        h(Text, { style: { ...style.footer, marginTop: '16px' } }, UNDER_ACTION[content.language]),
        h(Link, { href: content.action.href, style: style.link }, content.action.href),
      ),
    ...(content.after ?? []).map((text, i) => p(text, `a${i}`)),
    h(Hr, { style: { borderColor: '#cccccc', margin: '24px 0 16px' } }),
    h(Text, { style: style.footer }, content.reason),
  );
}

/** What react-email's Preview keeps: it cuts at this many UTF-16 code units. */
const PREVIEW_MAX_LENGTH = 150;

/**
 * The preview cut where Preview would, but between whole characters: its own cut can halve an
 * emoji into a lone surrogate, which no mail queue (jsonb) or mail client accepts.
 */
export function previewText(preview: string): string {
  return cutText(preview, PREVIEW_MAX_LENGTH);
}

function MailLayout({ content }: { content: MailContent }): ReactElement {
  const translation = content.translation;
  return h(
    Html,
    { lang: content.language, dir: 'ltr' },
    h(Head, null, h('title', null, content.subject)),
    h(Preview, null, previewText(content.preview)),
    h(
      Body,
      { style: style.body },
      h(
        Container,
        { style: style.container },
        h(Heading, { as: 'h1', style: style.brand }, 'Kijkje'),
        h(MailWords, { content }),
        translation && h(Hr, { style: { borderColor: '#01689b', borderWidth: '2px', margin: '32px 0 24px' } }),
        translation && h(MailWords, { content: translation, lang: translation.language }),
      ),
    ),
  );
}

/** The plain-text part: the same words in the same order, the link bare on a line of its own. */
export function mailText(content: MailContent): string {
  const words = (c: MailContent) => {
    const blocks = [c.greeting, ...c.paragraphs, ...(c.links ?? []).map((link) => `${link.text}\n${link.href}`)];
    if (c.action) blocks.push(`${c.action.label}:\n${c.action.href}`);
    return [...blocks, ...(c.after ?? []), c.reason];
  };
  const blocks = words(content);
  if (content.translation) blocks.push('* * *', ...words(content.translation));
  return `${[...blocks.slice(0, -1), `-- \nKijkje\n${blocks.at(-1)}`].join('\n\n')}\n`;
}

const DOCTYPE = '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">';

/** Both parts of a mail, from one content (React escapes every string it is given). */
export function renderMail(content: MailContent): { subject: string; html: string; text: string } {
  const html = DOCTYPE + renderToStaticMarkup(h(MailLayout, { content }));
  return { subject: content.subject, html, text: mailText(content) };
}
