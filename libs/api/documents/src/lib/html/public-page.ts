import type { DocumentLanguage } from '../document.model';

/** Everything user-typed or data-derived goes through here before it is HTML. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** The words of the public pages' frame (skip link, language switch, downloads, footer), per language. */
export const PUBLIC_PAGE_TEXT = {
  nl: {
    skip: 'Naar de inhoud',
    switchTo: 'English',
    switchLang: 'en',
    download: 'Downloaden',
    pdf: 'PDF',
    docx: 'Word (DOCX)',
    about: 'Kijkje: gemeenten geven elkaar een kijkje in de keuken.',
    privacy: 'Privacyverklaring',
    accessibility: 'Toegankelijkheidsverklaring',
    notFoundTitle: 'Niet gevonden',
  },
  en: {
    skip: 'Skip to content',
    switchTo: 'Nederlands',
    switchLang: 'nl',
    download: 'Download',
    pdf: 'PDF',
    docx: 'Word (DOCX)',
    about: 'Kijkje: municipalities give each other a look in the kitchen.',
    privacy: 'Privacy statement',
    accessibility: 'Accessibility statement',
    notFoundTitle: 'Not found',
  },
} as const;

/**
 * The frame's look, the web app's: the NL Design System "voorbeeld" tokens it uses (Noto Sans, its
 * greys and accent) and the same focus ring; `width` is the measure of the page's content.
 */
export function publicPageCss(width: string): string {
  return `
:root{--ink:#001a40;--muted:#3d5374;--brand:#5115ef;--line:#c0c7d2;--soft:#f9f9fa;--accent-soft:#faf8ff}
*{box-sizing:border-box}
html{font-family:'Noto Sans',system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;font-size:100%;color:var(--ink);line-height:1.5;-webkit-text-size-adjust:100%}
body{margin:0}
a{color:var(--brand);text-underline-offset:.15em}
a:focus-visible,[tabindex]:focus-visible{outline:3px solid #0b0c0c;outline-offset:2px;box-shadow:0 0 0 6px #fff}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem 1rem}
.skip:focus{left:.5rem}
header,main,footer{max-width:${width};margin:0 auto;padding:1rem}
header{display:flex;justify-content:space-between;align-items:center;gap:1rem;background:var(--accent-soft);max-width:none;border-bottom:4px solid var(--brand)}
.brand{font-weight:700;font-size:1.5rem;text-decoration:none;color:var(--ink)}
h1{font-size:2rem;line-height:1.25;margin:1rem 0 .5rem;overflow-wrap:break-word}
h2{font-size:1.5rem;line-height:1.3;margin:2rem 0 .5rem;border-top:1px solid var(--line);padding-top:1rem}
h3{font-size:1.25rem;margin:1.5rem 0 .5rem}
.meta{color:var(--muted);margin:0 0 1rem}
.downloads a{margin-right:1rem}
.preview{margin:1rem 0 0;padding:.75rem 1rem;border:2px solid var(--ink);background:#fff8e1;font-weight:600}
footer{color:var(--muted);border-top:1px solid var(--line);margin-top:2rem}`;
}

export interface PublicPage {
  language: DocumentLanguage;
  title: string;
  /** The content of <main>, already HTML. */
  body: string;
  /** Where the language switch leads. */
  switchHref: string;
  /** The page's whole style sheet (publicPageCss and its own rules). */
  css: string;
  /** A preview or an error: not for search engines. */
  noindex?: boolean;
}

/** A public page (harvest, meeting report, their not-found and withdrawn notices): readable without JavaScript, on a phone, accessible. */
export function publicPage({ language, title, body, switchHref, css, noindex = false }: PublicPage): string {
  const p = PUBLIC_PAGE_TEXT[language];
  return `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'%3E%3Crect width='32' height='32' rx='6' fill='%2301689b'/%3E%3Cpath d='M10 7h4v8l7-8h5l-8 9 8 9h-5l-7-8v8h-4z' fill='%23fff'/%3E%3C/svg%3E">
<title>${escapeHtml(title)} · Kijkje</title>${noindex ? '<meta name="robots" content="noindex">' : ''}<meta name="description" content="${escapeHtml(p.about)}"><style>${css}</style></head>
<body><a class="skip" href="#inhoud">${p.skip}</a>
<header><a class="brand" href="/">Kijkje</a><a href="${escapeHtml(switchHref)}" lang="${p.switchLang}" hreflang="${p.switchLang}">${p.switchTo}</a></header>
<main id="inhoud" tabindex="-1">${body}</main>
<footer><p>${escapeHtml(p.about)}</p><p><a href="/privacy">${p.privacy}</a> · <a href="/toegankelijkheid">${p.accessibility}</a></p></footer></body></html>`;
}

/** A short notice (not found, withdrawn) in the same frame; its language switch stays on the same address. */
export function publicNotice(language: DocumentLanguage, css: string, title: string, text: string): string {
  return publicPage({ language, title, body: `<h1>${title}</h1><p>${text}</p>`, switchHref: language === 'en' ? '?taal=nl' : '?taal=en', css });
}
