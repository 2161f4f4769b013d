import type { DocSection, KijkjeDocument } from '@kijkje/api/documents';
import { FINDING_KINDS, findingKindLabels, frozenCounts, otherRoundsLabel, type CountSuppression, type Language } from '@kijkje/domain';
import { populationClassLabel, type PopulationClass } from '@kijkje/reference-data';
import type { HarvestContent } from '../harvest-content';
import { figureSections, signalsSection, type ExtraSection } from './harvest-section-tables';

export const HARVEST_TEXT = {
  nl: {
    oogst: 'Oogst',
    version: (n: number) => `Versie ${n}`,
    published: 'Gepubliceerd op',
    visibilityPublic: 'Openbaar',
    visibilityNetwork: 'Alleen voor het netwerk',
    intro:
      'Tellen én vertellen: wat de rondes samen zagen, in aantallen en in verhalen. Alle gemeenten en personen zijn geanonimiseerd; alleen bevindingen die de gastgemeente vrijgaf, tellen mee.',
    counting: 'Tellen',
    countingIntro: 'Het aantal vrijgegeven bevindingen per thema en soort, per grootteklasse van gemeenten en per ronde.',
    byTheme: 'Bevindingen per thema en soort',
    bySize: 'Bevindingen per grootteklasse',
    byRound: 'Bevindingen per ronde',
    theme: 'Thema',
    sizeClass: 'Grootteklasse',
    round: 'Ronde',
    municipalities: 'Gemeenten',
    total: 'Totaal',
    hidden: 'verborgen',
    chartThemes: 'Totaal aantal bevindingen per thema',
    patterns: 'Patronen',
    patternsIntro: 'Thema’s en labels die bij ten minste drie gemeenten terugkomen.',
    noPatterns: 'Er zijn (nog) geen patronen: niets kwam bij drie of meer gemeenten terug.',
    pattern: 'Patroon',
    findings: 'Bevindingen',
    where: 'Waar',
    telling: 'Vertellen',
    tellingIntro: 'Uitspraken uit vrijgegeven bevindingen, geanonimiseerd.',
    noQuotes: 'Er zijn geen citaten gekozen.',
    narrative: 'Verhaal',
    totals: 'Totaal',
    footer: (title: string) => `Oogst: ${title}`,
  },
  en: {
    oogst: 'Harvest',
    version: (n: number) => `Version ${n}`,
    published: 'Published on',
    visibilityPublic: 'Public',
    visibilityNetwork: 'For the network only',
    intro:
      'Counting and telling: what the rounds saw together, in numbers and in stories. All municipalities and people are anonymised; only findings the host released are included.',
    counting: 'Counting',
    countingIntro: 'The number of released findings by theme and kind, by size class of municipality, and by round.',
    byTheme: 'Findings by theme and kind',
    bySize: 'Findings by size class',
    byRound: 'Findings by round',
    theme: 'Theme',
    sizeClass: 'Size class',
    round: 'Round',
    municipalities: 'Municipalities',
    total: 'Total',
    hidden: 'hidden',
    chartThemes: 'Total findings per theme',
    patterns: 'Patterns',
    patternsIntro: 'Themes and tags that recur in at least three municipalities.',
    noPatterns: 'There are no patterns (yet): nothing recurred in three or more municipalities.',
    pattern: 'Pattern',
    findings: 'Findings',
    where: 'Where',
    telling: 'Telling',
    tellingIntro: 'Words from released findings, anonymised.',
    noQuotes: 'No quotes were chosen.',
    narrative: 'Narrative',
    totals: 'Total',
    footer: (title: string) => `Harvest: ${title}`,
  },
};

export function formatPublished(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(new Date(iso));
}

export const sizeLabel = (cls: string, language: Language) => `${cls} (${populationClassLabel(cls as PopulationClass, language)})`;
const cell = (n: number | null, language: Language) => (n === null ? HARVEST_TEXT[language].hidden : String(n));

/** Each reason a row of a counts table is hidden, once, in the order they first occur. */
export function hiddenRowNotes(rows: readonly { suppressed: CountSuppression | null }[], language: Language): string[] {
  return [...new Set(rows.flatMap((r) => (r.suppressed ? [r.suppressed.text[language]] : [])))];
}

/** Where a pattern occurs, in words: per size class and per round, anonymised. */
export function patternWhere(p: HarvestContent['patterns'][number], language: Language): string {
  const sizes = p.sizeClasses.filter((s) => s.organisations !== null && s.organisations > 0).map((s) => `${s.sizeClass}: ${s.organisations}`);
  const rounds = [
    ...p.rounds.map((r) => `${r.label}: ${r.organisations}`),
    ...(p.otherRounds ? [`${(p.otherRounds.label ?? otherRoundsLabel)[language]}: ${p.otherRounds.organisations}`] : []),
  ];
  return [...sizes, ...rounds].join(' · ');
}

/** The published version as a document: title page, tellen, patronen, vertellen and the narrative. */
export function harvestDocument(content: HarvestContent, language: Language): KijkjeDocument {
  const t = HARVEST_TEXT[language];
  const kinds = FINDING_KINDS.map((k) => findingKindLabels[k][language]);
  const counts = frozenCounts(content.counts, content.patterns);
  const sections: DocSection[] = [
    {
      heading: t.counting,
      blocks: [{ kind: 'paragraph', runs: [{ text: t.countingIntro }] }],
      subsections: [
        {
          heading: t.byTheme,
          blocks: [
            // A hidden theme (too few municipalities) has no bar; the table says "verborgen" and why, for hidden totals too.
            {
              kind: 'barChart',
              caption: t.chartThemes,
              rows: counts.byTheme.flatMap((r) => (r.total === null ? [] : [{ label: r.theme, value: r.total }])),
            },
            {
              kind: 'table',
              header: [t.theme, ...kinds, t.total],
              rows: [
                ...counts.byTheme.map((r) => [r.theme, ...r.cells.map((c) => cell(c.count, language)), cell(r.total, language)]),
                [t.totals, ...counts.totals.cells.map((c) => cell(c.count, language)), cell(counts.totals.total, language)],
              ],
            },
            ...hiddenRowNotes([...counts.byTheme, counts.totals], language).map((note) => ({
              kind: 'paragraph' as const,
              runs: [{ text: note, italic: true }],
            })),
          ],
        },
        {
          heading: t.bySize,
          blocks: [
            {
              kind: 'table',
              header: [t.sizeClass, t.municipalities, ...kinds, t.total],
              rows: counts.bySizeClass.map((r) => [
                sizeLabel(r.sizeClass, language),
                cell(r.organisations, language),
                ...r.cells.map((c) => cell(c.count, language)),
                cell(r.total, language),
              ]),
            },
          ],
        },
        {
          heading: t.byRound,
          blocks: [
            {
              kind: 'table',
              header: [t.round, t.municipalities, ...kinds, t.total],
              rows: counts.byRound.map((r) => [
                content.roundLabels[r.roundId] ?? '—',
                cell(r.organisations, language),
                ...r.cells.map((c) => cell(c.count, language)),
                cell(r.total, language),
              ]),
            },
          ],
        },
      ],
    },
    ...figureSections(content, language).map(docSection),
    {
      heading: t.patterns,
      blocks: content.patterns.length
        ? [
            { kind: 'paragraph', runs: [{ text: t.patternsIntro }] },
            {
              kind: 'table',
              header: [t.pattern, t.municipalities, t.findings, t.where],
              rows: content.patterns.map((p) => [p.label, String(p.organisations), String(p.findings), patternWhere(p, language)]),
            },
          ]
        : [{ kind: 'paragraph', runs: [{ text: t.noPatterns }] }],
    },
    {
      heading: t.telling,
      blocks: content.quotes.length
        ? [
            { kind: 'paragraph', runs: [{ text: t.tellingIntro }] },
            ...content.quotes.flatMap((q) => [
              { kind: 'quote' as const, runs: [{ text: q.text }] },
              { kind: 'paragraph' as const, runs: [{ text: `${q.theme} · ${findingKindLabels[q.kind][language]}`, italic: true }] },
            ]),
          ]
        : [{ kind: 'paragraph', runs: [{ text: t.noQuotes }] }],
    },
  ];
  const signals = signalsSection(content, language);
  if (signals) sections.push(docSection(signals));
  if (content.narrative.trim()) sections.push({ heading: t.narrative, blocks: [{ kind: 'markdown', source: content.narrative }] });
  return {
    language,
    title: content.title,
    subtitle: `${t.oogst} · ${content.programme}`,
    titlePageLines: [
      content.network,
      `${t.version(content.number)} · ${t.published} ${formatPublished(content.publishedAt, language)}`,
      content.visibility === 'PUBLIC' ? t.visibilityPublic : t.visibilityNetwork,
      t.intro,
    ],
    footerLabel: t.footer(content.title),
    sections,
  };
}

/** An extra part as a section of the files: its introduction, its captioned tables, its notes. */
function docSection(section: ExtraSection): DocSection {
  return {
    heading: section.heading,
    blocks: [
      { kind: 'paragraph', runs: [{ text: section.intro }] },
      ...section.tables.map((table) => ({ kind: 'dataTable' as const, caption: table.caption, header: table.header, rows: table.rows })),
      ...section.notes.map((note) => ({ kind: 'paragraph' as const, runs: [{ text: note, italic: true }] })),
    ],
  };
}
