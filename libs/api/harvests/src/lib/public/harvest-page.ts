import { FINDING_KINDS, findingKindLabels, type Language } from '@kijkje/domain';
import { renderMarkdown } from '@kijkje/markdown';
import type { HarvestContent } from '../harvest-content';
import { HARVEST_TEXT, formatPublished, patternWhere, sizeLabel } from '../export/harvest-document';
import { CHART_CSS, stackedBarChart } from './harvest-chart';
import { escapeHtml } from './escape-html';
import { figureSections, signalsSection, type ExtraSection } from '../export/harvest-section-tables';
import { sectionHtml } from './harvest-page-sections';
import { htmlTable } from './html-table';

export { escapeHtml };

const PAGE_TEXT = {
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
    notFound: 'Deze oogst bestaat niet of is niet openbaar.',
    notFoundTitle: 'Niet gevonden',
    preview: 'Voorbeeld: zo ziet iedereen deze oogst na het publiceren. Hij is nog niet gepubliceerd.',
    withdrawnTitle: 'Oogst ingetrokken',
    withdrawn: 'Deze oogst is ingetrokken door het netwerk dat hem publiceerde en is niet meer openbaar.',
    scroll: 'Tabel, scroll opzij voor alle kolommen',
    hidden: 'verborgen',
    chartThemes: 'Bevindingen per thema, per soort',
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
    notFound: 'This harvest does not exist or is not public.',
    notFoundTitle: 'Not found',
    preview: 'Preview: this is how everyone will see this harvest once it is published. It has not been published yet.',
    withdrawnTitle: 'Harvest withdrawn',
    withdrawn: 'This harvest was withdrawn by the network that published it and is no longer public.',
    scroll: 'Table, scroll sideways for all columns',
    hidden: 'hidden',
    chartThemes: 'Findings per theme, by kind',
  },
};

// The web app's look: the NL Design System "voorbeeld" tokens it uses (Noto Sans, its greys and
// accent), the same focus ring, and the same colours per kind of finding.
const CSS = `
:root{--ink:#001a40;--muted:#3d5374;--brand:#5115ef;--line:#c0c7d2;--soft:#f9f9fa;--accent-soft:#faf8ff}
*{box-sizing:border-box}
html{font-family:'Noto Sans',system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;font-size:100%;color:var(--ink);line-height:1.5;-webkit-text-size-adjust:100%}
body{margin:0}
a{color:var(--brand);text-underline-offset:.15em}
a:focus-visible,[tabindex]:focus-visible{outline:3px solid #0b0c0c;outline-offset:2px;box-shadow:0 0 0 6px #fff}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem 1rem}
.skip:focus{left:.5rem}
header,main,footer{max-width:72rem;margin:0 auto;padding:1rem}
header{display:flex;justify-content:space-between;align-items:center;gap:1rem;background:var(--accent-soft);max-width:none;border-bottom:4px solid var(--brand)}
.brand{font-weight:700;font-size:1.5rem;text-decoration:none;color:var(--ink)}
h1{font-size:2rem;line-height:1.25;margin:1rem 0 .5rem;overflow-wrap:break-word}
h2{font-size:1.5rem;line-height:1.3;margin:2rem 0 .5rem;border-top:1px solid var(--line);padding-top:1rem}
h3{font-size:1.25rem;margin:1.5rem 0 .5rem}
.meta{color:var(--muted);margin:0 0 1rem}
.lead{font-size:1.125rem}
.table{overflow-x:auto;margin:.5rem 0 1rem}
table{border-collapse:collapse;width:100%;font-size:1rem}
caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{border-bottom:1px solid var(--line);padding:.4rem .5rem;text-align:left;vertical-align:top;overflow-wrap:normal;word-break:normal;hyphens:manual}
thead th{vertical-align:bottom;min-width:6rem}
thead th:first-child{min-width:8rem}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
thead th.n{white-space:normal}
tfoot td,tfoot th{font-weight:700}
blockquote{margin:1rem 0;padding:.75rem 1rem;background:var(--soft);border-left:4px solid var(--brand)}
blockquote p{margin:0}
.src{color:var(--muted);font-size:.9375rem;margin:.25rem 0 0}
ul.patterns{padding-left:1.2rem}
.downloads a{margin-right:1rem}
.preview{margin:1rem 0 0;padding:.75rem 1rem;border:2px solid var(--ink);background:#fff8e1;font-weight:600}
footer{color:var(--muted);border-top:1px solid var(--line);margin-top:2rem}
${CHART_CSS}`;

function layout(language: Language, title: string, body: string, switchHref: string, noindex = false): string {
  const p = PAGE_TEXT[language];
  return `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'%3E%3Crect width='32' height='32' rx='6' fill='%2301689b'/%3E%3Cpath d='M10 7h4v8l7-8h5l-8 9 8 9h-5l-7-8v8h-4z' fill='%23fff'/%3E%3C/svg%3E">
<title>${escapeHtml(title)} · Kijkje</title>${noindex ? '<meta name="robots" content="noindex">' : ''}<meta name="description" content="${escapeHtml(p.about)}"><style>${CSS}</style></head>
<body><a class="skip" href="#inhoud">${p.skip}</a>
<header><a class="brand" href="/">Kijkje</a><a href="${escapeHtml(switchHref)}" lang="${p.switchLang}" hreflang="${p.switchLang}">${p.switchTo}</a></header>
<main id="inhoud" tabindex="-1">${body}</main>
<footer><p>${escapeHtml(p.about)}</p><p><a href="/privacy">${p.privacy}</a> · <a href="/toegankelijkheid">${p.accessibility}</a></p></footer></body></html>`;
}

/**
 * The public harvest page: readable without JavaScript, fast on a phone, accessible. With
 * `previewPath`, the coordinator's preview of the draft: the same page, marked as not yet
 * published, without downloads, at that path.
 */
export function harvestPage(content: HarvestContent, slug: string, language: Language, previewPath?: string): string {
  const t = HARVEST_TEXT[language];
  const p = PAGE_TEXT[language];
  const kinds = FINDING_KINDS.map((k) => findingKindLabels[k][language]);
  // A hidden small group reads "verborgen", as in the web app.
  const num = (n: number | null) => (n === null ? p.hidden : String(n));
  const isNumeric = (c: number) => c > 0;
  const counts = content.counts;
  const base = `/oogst/${encodeURIComponent(slug)}`;
  const suffix = language === 'en' ? '?taal=en' : '';
  const body = [
    previewPath ? `<p class="preview" role="note">${escapeHtml(p.preview)}</p>` : '',
    `<h1>${escapeHtml(content.title)}</h1>`,
    `<p class="meta">${escapeHtml(`${t.oogst} · ${content.programme} · ${content.network}`)}<br>${escapeHtml(`${t.version(content.number)} · ${t.published} ${formatPublished(content.publishedAt, language)}`)}</p>`,
    `<p class="lead">${escapeHtml(t.intro)}</p>`,
    previewPath
      ? ''
      : `<p class="downloads">${p.download}: <a href="${base}/oogst.pdf${suffix}">${p.pdf}</a> <a href="${base}/oogst.docx${suffix}">${p.docx}</a></p>`,
    `<h2>${escapeHtml(t.counting)}</h2><p>${escapeHtml(t.countingIntro)}</p>`,
    `<h3>${escapeHtml(t.byTheme)}</h3>`,
    stackedBarChart(
      p.chartThemes,
      counts.byTheme.map((r) => ({ label: r.theme, cells: r.cells, total: r.total })),
      language,
    ),
    htmlTable(
      t.byTheme,
      [t.theme, ...kinds, t.total],
      counts.byTheme.map((r) => [r.theme, ...r.cells.map((c) => String(c.count)), String(r.total)]),
      [t.totals, ...counts.totals.cells.map((c) => String(c.count)), String(counts.totals.total)],
      isNumeric,
      p.scroll,
    ),
    `<h3>${escapeHtml(t.bySize)}</h3>`,
    htmlTable(
      t.bySize,
      [t.sizeClass, t.municipalities, ...kinds, t.total],
      counts.bySizeClass.map((r) => [sizeLabel(r.sizeClass, language), num(r.organisations), ...r.cells.map((c) => num(c.count)), num(r.total)]),
      null,
      isNumeric,
      p.scroll,
    ),
    `<h3>${escapeHtml(t.byRound)}</h3>`,
    htmlTable(
      t.byRound,
      [t.round, t.municipalities, ...kinds, t.total],
      counts.byRound.map((r) => [content.roundLabels[r.roundId] ?? '—', num(r.organisations), ...r.cells.map((c) => num(c.count)), num(r.total)]),
      null,
      isNumeric,
      p.scroll,
    ),
    ...figureSections(content, language).map((s) => sectionHtml(s, p.scroll)),
    `<h2>${escapeHtml(t.patterns)}</h2>`,
    content.patterns.length
      ? `<p>${escapeHtml(t.patternsIntro)}</p><ul class="patterns">${content.patterns
          .map(
            (pt) =>
              `<li><strong>${escapeHtml(pt.label)}</strong>: ${escapeHtml(`${pt.organisations} ${t.municipalities.toLowerCase()}, ${pt.findings} ${t.findings.toLowerCase()}`)}<br><span class="src">${escapeHtml(patternWhere(pt, language))}</span></li>`,
          )
          .join('')}</ul>`
      : `<p>${escapeHtml(t.noPatterns)}</p>`,
    `<h2>${escapeHtml(t.telling)}</h2>`,
    content.quotes.length
      ? `<p>${escapeHtml(t.tellingIntro)}</p>${content.quotes.map((q) => `<blockquote><p>${escapeHtml(q.text)}</p><p class="src">${escapeHtml(`${q.theme} · ${findingKindLabels[q.kind][language]}`)}</p></blockquote>`).join('')}`
      : `<p>${escapeHtml(t.noQuotes)}</p>`,
    ...[signalsSection(content, language)].filter((s): s is ExtraSection => s !== null).map((s) => sectionHtml(s, p.scroll)),
    content.narrative.trim() ? `<h2>${escapeHtml(t.narrative)}</h2>${renderMarkdown(content.narrative, { outlineFrom: 3 })}` : '',
  ].join('\n');
  const home = previewPath ?? base;
  return layout(language, content.title, body, language === 'en' ? home : `${home}?taal=en`, Boolean(previewPath));
}

export function notFoundPage(language: Language): string {
  const p = PAGE_TEXT[language];
  return layout(language, p.notFoundTitle, `<h1>${p.notFoundTitle}</h1><p>${p.notFound}</p>`, language === 'en' ? '?taal=nl' : '?taal=en');
}

/** What /oogst/<slug> says once its public version was withdrawn (HTTP 410). */
export function withdrawnPage(language: Language): string {
  const p = PAGE_TEXT[language];
  return layout(language, p.withdrawnTitle, `<h1>${p.withdrawnTitle}</h1><p>${p.withdrawn}</p>`, language === 'en' ? '?taal=nl' : '?taal=en');
}
