import type { Language } from '@kijkje/domain';
import { PUBLIC_PAGE_TEXT, escapeHtml, publicNotice, publicPage, publicPageCss } from '@kijkje/api/documents';
import { renderMarkdown } from '@kijkje/markdown';
import { REPORT_TEXT, formatMoment, formatSpan, programmeLine, type MeetingReportContent } from '../report/meeting-report-content';

const PAGE_TEXT = {
  nl: {
    ...PUBLIC_PAGE_TEXT.nl,
    notFound: 'Dit verslag bestaat niet of is niet openbaar.',
    withdrawnTitle: 'Verslag ingetrokken',
    withdrawn: 'Dit verslag is ingetrokken door het netwerk dat het publiceerde en is niet meer openbaar.',
    preview: 'Voorbeeld: zo ziet iedereen dit verslag na het publiceren. Het is nog niet gepubliceerd.',
  },
  en: {
    ...PUBLIC_PAGE_TEXT.en,
    notFound: 'This report does not exist or is not public.',
    withdrawnTitle: 'Report withdrawn',
    withdrawn: 'This report was withdrawn by the network that published it and is no longer public.',
    preview: 'Preview: this is how everyone will see this report once it is published. It has not been published yet.',
  },
};

// The public frame's look (the harvest page's), with the report's facts as a list of terms.
const CSS = `${publicPageCss('48rem')}
h4{font-size:1.125rem;margin:1rem 0 .25rem}
main{overflow-wrap:anywhere}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}
dt{font-weight:600}
dd{margin:0}`;

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
  return publicPage({
    language,
    title: content.title,
    body,
    switchHref: language === 'en' ? home : `${home}?taal=en`,
    css: CSS,
    noindex: Boolean(previewPath),
  });
}

export function notFoundPage(language: Language): string {
  const p = PAGE_TEXT[language];
  return publicNotice(language, CSS, p.notFoundTitle, p.notFound);
}

/** What /bijeenkomst/<slug> says once its public version was withdrawn (HTTP 410). */
export function withdrawnPage(language: Language): string {
  const p = PAGE_TEXT[language];
  return publicNotice(language, CSS, p.withdrawnTitle, p.withdrawn);
}
