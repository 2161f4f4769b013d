import {
  evaluationScaleLabels,
  evaluationStateMessages,
  FINDING_KINDS,
  findingKindLabels,
  frozenComparisonThemes,
  harvestMeetingsMessages,
  MEETING_YIELD_KINDS,
  otherTablesLabel,
  systemIssueCategoryLabels,
  type Language,
} from '@kijkje/domain';
import type { HarvestContent } from '../harvest-content';
import { populationClassLabel, type PopulationClass } from '@kijkje/reference-data';
import { comparisonThemeNotes } from '../sections/harvest-sections.mapper';
import { patternComparisonSection } from './harvest-pattern-comparison.section';
import { SECTION_TEXT } from './harvest-sections.text';

/** A table of figures: its caption, the header row, and rows whose first cell names the row. */
export interface SectionTable {
  caption: string;
  header: string[];
  rows: string[][];
}

/** One extra part of a published harvest, as both the public page and the files show it. */
export interface ExtraSection {
  key: 'comparison' | 'patterns' | 'indicators' | 'evaluation' | 'meetings' | 'signals';
  heading: string;
  intro: string;
  tables: SectionTable[];
  /** Sentences after the tables: why something is not shown, or a figure that needs no table. */
  notes: string[];
}

const sizeLabel = (cls: string, language: Language) => `${cls} (${populationClassLabel(cls as PopulationClass, language)})`;
const number = (n: number, language: Language) => new Intl.NumberFormat(language === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 2 }).format(n);

/** The comparison (with its patterns across the programmes), cijfers, evaluation and work meeting parts of a version: those it has, in this order. */
export function figureSections(content: HarvestContent, language: Language): ExtraSection[] {
  return [
    comparisonSection(content, language),
    patternComparisonSection(content, language, (n) => number(n, language)),
    indicatorsSection(content, language),
    evaluationSection(content, language),
    meetingsSection(content, language),
  ].filter((s): s is ExtraSection => s !== null);
}

function comparisonSection(content: HarvestContent, language: Language): ExtraSection | null {
  const c = content.comparison;
  if (!c) return null;
  const t = SECTION_TEXT[language];
  const cell = (n: number | null) => (n === null ? t.hidden : number(n, language));
  const kinds = FINDING_KINDS.map((k) => findingKindLabels[k][language]);
  const themes = frozenComparisonThemes(c);
  return {
    key: 'comparison',
    heading: t.comparison,
    intro: t.comparisonIntro,
    tables: [
      {
        caption: t.comparisonTotals,
        header: [t.programme, t.municipalities, ...kinds, t.total],
        rows: c.programmes.map((p) => [
          p.name,
          cell(p.organisations),
          ...FINDING_KINDS.map((kind) => cell(p.totals?.find((k) => k.kind === kind)?.count ?? null)),
          cell(p.total),
        ]),
      },
      {
        caption: t.comparisonThemes,
        header: [t.theme, ...c.programmes.map((p) => p.name)],
        rows: themes.map((theme) => [theme.theme, ...theme.perOrganisation.map(cell)]),
      },
    ],
    notes: [
      ...c.programmes.filter((p) => p.suppressed).map((p) => `${p.name}: ${p.suppressed!.text[language]}`),
      ...comparisonThemeNotes(themes).map((note) => note[language]),
    ],
  };
}

function indicatorsSection(content: HarvestContent, language: Language): ExtraSection | null {
  const rows = content.indicators;
  if (!rows) return null;
  const t = SECTION_TEXT[language];
  const cell = (n: number | null) => (n === null ? t.hidden : number(n, language));
  return {
    key: 'indicators',
    heading: t.indicators,
    intro: t.indicatorsIntro,
    tables: rows.length
      ? [
          {
            caption: t.indicatorsCaption,
            header: [t.indicator, t.sizeClass, t.municipalities, t.median, t.mean],
            rows: rows.map((r) => [r.unit ? `${r.label} (${r.unit})` : r.label, sizeLabel(r.sizeClass, language), cell(r.count), cell(r.median), cell(r.mean)]),
          },
        ]
      : [],
    notes: rows.length ? [...new Set(rows.filter((r) => r.suppressed).map((r) => r.suppressed!.text[language]))] : [t.noIndicators],
  };
}

function evaluationSection(content: HarvestContent, language: Language): ExtraSection | null {
  const e = content.evaluation;
  if (!e) return null;
  const t = SECTION_TEXT[language];
  const base = { key: 'evaluation' as const, heading: t.evaluation, intro: t.evaluationIntro };
  if (e.state !== 'SHOWN') return { ...base, tables: [], notes: [evaluationStateMessages[e.state][language]] };
  const cell = (n: number | null) => (n === null ? t.hidden : number(n, language));
  return {
    ...base,
    tables: [
      {
        caption: t.evaluationCaption,
        header: [t.question, t.answers, t.average, ...[1, 2, 3, 4, 5].map(t.score)],
        rows: e.questions.map((q) => [
          evaluationScaleLabels[q.scale][language],
          cell(q.count),
          cell(q.average),
          ...[0, 1, 2, 3, 4].map((i) => cell(q.distribution?.[i] ?? null)),
        ]),
      },
    ],
    notes: [
      t.respondents(e.respondents ?? 0),
      ...(e.recommend ? [t.recommend(e.recommend.yes, e.recommend.no)] : []),
      ...new Set(e.questions.filter((q) => q.suppressed).map((q) => q.suppressed!.text[language])),
    ],
  };
}

/** Uit de werkbijeenkomsten: yields per question and recommendations, per topic, counts only. */
function meetingsSection(content: HarvestContent, language: Language): ExtraSection | null {
  const m = content.meetings;
  if (!m) return null;
  const t = SECTION_TEXT[language];
  const base = { key: 'meetings' as const, heading: t.meetings, intro: t.meetingsIntro };
  if (m.state !== 'SHOWN') return { ...base, tables: [], notes: [t.meetingsCounted(m.meetings), harvestMeetingsMessages[m.state][language]] };
  const cell = (n: number | null) => (n === null ? t.hidden : number(n, language));
  const kinds = MEETING_YIELD_KINDS.map((k) => t.meetingKinds[k]);
  return {
    ...base,
    tables: [
      {
        caption: t.meetingsCaption,
        header: [t.topic, t.tablesCount, t.participants, ...kinds, t.total],
        rows: [
          ...m.topics.map((r) => [
            r.topic ?? otherTablesLabel[language],
            cell(r.tables),
            cell(r.participants),
            ...MEETING_YIELD_KINDS.map((kind) => cell(r.cells.find((c) => c.kind === kind)?.count ?? null)),
            cell(r.total),
          ]),
          [
            t.total,
            cell(m.tables),
            cell(m.participants),
            ...MEETING_YIELD_KINDS.map((kind) => cell(m.cells.find((c) => c.kind === kind)?.count ?? 0)),
            cell(m.total),
          ],
        ],
      },
    ],
    notes: [t.meetingsCounted(m.meetings), ...new Set(m.topics.filter((r) => r.suppressed).map((r) => r.suppressed!.text[language]))],
  };
}

/** The systeemsignalen as frozen with the version: counts only (their texts stay in the network's own screens and CSV). */
export function signalsSection(content: HarvestContent, language: Language): ExtraSection | null {
  const rows = content.systemSignals;
  if (!rows?.length) return null;
  const t = SECTION_TEXT[language];
  return {
    key: 'signals',
    heading: t.signals,
    intro: t.signalsIntro,
    tables: [
      {
        caption: t.signalsCaption,
        header: [t.theme, t.category, t.count],
        rows: rows.map((r) => [r.theme, systemIssueCategoryLabels[r.category][language], r.count === null ? t.hidden : String(r.count)]),
      },
    ],
    notes: [...new Set(rows.filter((r) => r.suppression).map((r) => r.suppression!.text[language]))],
  };
}
