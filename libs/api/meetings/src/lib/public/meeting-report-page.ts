import type { Language } from '@kijkje/domain';
import { renderMarkdown } from '@kijkje/markdown';
import { REPORT_TEXT, formatMoment, formatSpan, programmeLine, type MeetingReportContent } from '../report/meeting-report-content';

const PAGE_TEXT = {
  nl: {
    skip: 'Naar de inhoud',
    switchTo: 'English',
    switchLang: 'en',
    download: 'Downloaden',
    docx: 'Word (DOCX)',
    about: 'Kijkje: gemeenten geven elkaar een kijkje in de keuken.',
    privacy: 'Privacyverklaring',
    accessibility: 'Toegankelijkheidsverklaring',
    notFoundTitle: 'Niet gevonden',
    notFound: 'Dit verslag bestaat niet of is niet openbaar.',
    withdrawnTitle: 'Verslag ingetrokken',
    withdrawn: 'Dit verslag is ingetrokken door het netwerk dat het publiceerde en is niet meer openbaar.',
    preview: 'Voorbeeld: zo ziet iedereen dit verslag na het publiceren. Het is nog niet gepubliceerd.',
  },
  en: {
    skip: 'Skip to content',
    switchTo: 'Nederlands',
    switchLang: 'nl',
    download: 'Download',
    docx: 'Word (DOCX)',
    about: 'Kijkje: municipalities give each other a look in the kitchen.',
    privacy: 'Privacy statement',
    accessibility: 'Accessibility statement',
    notFoundTitle: 'Not found',
    notFound: 'This report does not exist or is not public.',
    withdrawnTitle: 'Report withdrawn',
    withdrawn: 'This report was withdrawn by the network that published it and is no longer public.',
    preview: 'Preview: this is how everyone will see this report once it is published. It has not been published yet.',
  },
};

// The look of the public harvest page: the NL Design System "voorbeeld" tokens the web app uses.
const CSS = `
:root{--ink:#001a40;--muted:#3d5374;--brand:#5115ef;--line:#c0c7d2;--accent-soft:#faf8ff}
*{box-sizing:border-box}
html{font-family:'Noto Sans',system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;font-size:100%;color:var(--ink);line-height:1.5;-webkit-text-size-adjust:100%}
body{margin:0}
a{color:var(--brand);text-underline-offset:.15em}
a:focus-visible,[tabindex]:focus-visible{outline:3px solid #0b0c0c;outline-offset:2px;box-shadow:0 0 0 6px #fff}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem 1rem}
.skip:focus{left:.5rem}
header,main,footer{max-width:48rem;margin:0 auto;padding:1rem}
header{display:flex;justify-content:space-between;align-items:center;gap:1rem;background:var(--accent-soft);max-width:none;border-bottom:4px solid var(--brand)}
.brand{font-weight:700;font-size:1.5rem;text-decoration:none;color:var(--ink)}
h1{font-size:2rem;line-height:1.25;margin:1rem 0 .5rem;overflow-wrap:break-word}
h2{font-size:1.5rem;line-height:1.3;margin:2rem 0 .5rem;border-top:1px solid var(--line);padding-top:1rem}
h3{font-size:1.25rem;margin:1.5rem 0 .5rem}
h4{font-size:1.125rem;margin:1rem 0 .25rem}
main{overflow-wrap:anywhere}
.meta{color:var(--muted);margin:0 0 1rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}
dt{font-weight:600}
dd{margin:0}
.downloads a{margin-right:1rem}
.preview{margin:1rem 0 0;padding:.75rem 1rem;border:2px solid var(--ink);background:#fff8e1;font-weight:600}
footer{color:var(--muted);border-top:1px solid var(--line);margin-top:2rem}`;

/** Everything user-typed goes through here before it is HTML. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function layout(language: Language, title: string, body: string, switchHref: string, noindex = false): string {
  const p = PAGE_TEXT[language];
  return `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · Kijkje</title>${noindex ? '<meta name="robots" content="noindex">' : ''}<meta name="description" content="${escapeHtml(p.about)}"><style>${CSS}</style></head>
<body><a class="skip" href="#inhoud">${p.skip}</a>
<header><a class="brand" href="/">Kijkje</a><a href="${escapeHtml(switchHref)}" lang="${p.switchLang}" hreflang="${p.switchLang}">${p.switchTo}</a></header>
<main id="inhoud" tabindex="-1">${body}</main>
<footer><p>${escapeHtml(p.about)}</p><p><a href="/privacy">${p.privacy}</a> · <a href="/toegankelijkheid">${p.accessibility}</a></p></footer></body></html>`;
}

/**
 * The public report page: readable without JavaScript, on a phone, accessible. With `previewPath`,
 * the coordinator's preview of the draft: the same page, marked as not yet published, without downloads.
 */
export function meetingReportPage(content: MeetingReportContent, slug: string, language: Language, previewPath?: string): string {
  const t = REPORT_TEXT[language];
  const p = PAGE_TEXT[language];
  const base = `/bijeenkomst/${encodeURIComponent(slug)}`;
  const suffix = language === 'en' ? '?taal=en' : '';
  const facts: [string, string][] = [[t.when, formatSpan(content.startsAt, content.endsAt, language)]];
  if (content.host) facts.push([t.host, content.host]);
  if (content.place) facts.push([t.place, content.place]);
  const body = [
    previewPath ? `<p class="preview" role="note">${escapeHtml(p.preview)}</p>` : '',
    `<h1>${escapeHtml(content.title)}</h1>`,
    `<p class="meta">${escapeHtml(`${t.kind} · ${content.network}`)}<br>${escapeHtml(`${t.version(content.number)} · ${t.published} ${formatMoment(content.publishedAt, language)}`)}</p>`,
    previewPath
      ? ''
      : `<p class="downloads">${p.download}: <a href="${base}/verslag.pdf${suffix}">PDF</a> <a href="${base}/verslag.docx${suffix}">${p.docx}</a></p>`,
    `<h2>${escapeHtml(t.meeting)}</h2><dl>${facts.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join('')}</dl>`,
    content.items.length ? `<h3>${escapeHtml(t.programme)}</h3><ul>${content.items.map((i) => `<li>${escapeHtml(programmeLine(i))}</li>`).join('')}</ul>` : '',
    `<h2>${escapeHtml(t.yields)}</h2><p class="meta">${escapeHtml(t.anonymised)}</p>`,
    renderMarkdown(content.text, { outlineFrom: 3 }),
    content.next
      ? `<h2>${escapeHtml(t.next)}</h2><p>${escapeHtml(t.nextAt(content.next.title, content.next.host, formatMoment(content.next.startsAt, language)))}</p>`
      : '',
  ].join('\n');
  const home = previewPath ?? base;
  return layout(language, content.title, body, language === 'en' ? home : `${home}?taal=en`, Boolean(previewPath));
}

export function notFoundPage(language: Language): string {
  const p = PAGE_TEXT[language];
  return layout(language, p.notFoundTitle, `<h1>${p.notFoundTitle}</h1><p>${p.notFound}</p>`, language === 'en' ? '?taal=nl' : '?taal=en');
}

/** What /bijeenkomst/<slug> says once its public version was withdrawn (HTTP 410). */
export function withdrawnPage(language: Language): string {
  const p = PAGE_TEXT[language];
  return layout(language, p.withdrawnTitle, `<h1>${p.withdrawnTitle}</h1><p>${p.withdrawn}</p>`, language === 'en' ? '?taal=nl' : '?taal=en');
}
