import { FINDING_KINDS, findingKindLabels, frozenCounts, type Language } from '@kijkje/domain';
import { renderMarkdown } from '@kijkje/markdown';
import type { HarvestContent } from '../harvest-content';
import { HARVEST_TEXT, formatPublished, hiddenRowNotes, patternWhere, sizeLabel } from '../export/harvest-document';
import { CHART_CSS, stackedBarChart } from './harvest-chart';
import { escapeHtml } from '@kijkje/api/documents';
import { PUBLIC_PAGE_TEXT, publicNotice, publicPage, publicPageCss } from '@kijkje/api/documents';
import { figureSections, signalsSection, type ExtraSection } from '../export/harvest-section-tables';
import { sectionHtml } from './harvest-page-sections';
import { htmlTable } from './html-table';

const PAGE_TEXT = {
  nl: {
    ...PUBLIC_PAGE_TEXT.nl,
    notFound: 'Deze oogst bestaat niet of is niet openbaar.',
    preview: 'Voorbeeld: zo ziet iedereen deze oogst na het publiceren. Hij is nog niet gepubliceerd.',
    withdrawnTitle: 'Oogst ingetrokken',
    withdrawn: 'Deze oogst is ingetrokken door het netwerk dat hem publiceerde en is niet meer openbaar.',
    scroll: 'Tabel, scroll opzij voor alle kolommen',
    hidden: 'verborgen',
    chartThemes: 'Bevindingen per thema, per soort',
  },
  en: {
    ...PUBLIC_PAGE_TEXT.en,
    notFound: 'This harvest does not exist or is not public.',
    preview: 'Preview: this is how everyone will see this harvest once it is published. It has not been published yet.',
    withdrawnTitle: 'Harvest withdrawn',
    withdrawn: 'This harvest was withdrawn by the network that published it and is no longer public.',
    scroll: 'Table, scroll sideways for all columns',
    hidden: 'hidden',
    chartThemes: 'Findings per theme, by kind',
  },
};

// The public frame's look, and the harvest's own: tables, quotes, patterns, and the same colours per kind of finding as the web app.
const CSS = `${publicPageCss('72rem')}
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
${CHART_CSS}`;

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
  const counts = frozenCounts(content.counts, content.patterns);
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
    // A hidden theme (too few municipalities) has no bar; the table says "verborgen", the reasons (the totals' too) under it.
    stackedBarChart(
      p.chartThemes,
      counts.byTheme.flatMap((r) =>
        r.total === null ? [] : [{ label: r.theme, cells: r.cells.map((c) => ({ kind: c.kind, count: c.count ?? 0 })), total: r.total }],
      ),
      language,
    ),
    htmlTable(
      t.byTheme,
      [t.theme, ...kinds, t.total],
      counts.byTheme.map((r) => [r.theme, ...r.cells.map((c) => num(c.count)), num(r.total)]),
      [t.totals, ...counts.totals.cells.map((c) => num(c.count)), num(counts.totals.total)],
      isNumeric,
      p.scroll,
    ),
    ...hiddenRowNotes([...counts.byTheme, counts.totals], language).map((note) => `<p class="src">${escapeHtml(note)}</p>`),
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

/** What /oogst/<slug> says once its public version was withdrawn (HTTP 410). */
export function withdrawnPage(language: Language): string {
  const p = PAGE_TEXT[language];
  return publicNotice(language, CSS, p.withdrawnTitle, p.withdrawn);
}
