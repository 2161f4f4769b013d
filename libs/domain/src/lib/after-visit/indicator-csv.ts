import type { Bilingual } from '../messages';
import { checkIndicatorInput, indicatorViolationMessages, type IndicatorValue } from './indicators';

/**
 * Reading a CSV export of CBS StatLine or waarstaatjegemeente.nl: which column is which (by its
 * header, case-insensitively, Dutch or English), and each row checked. The parsing itself (quotes,
 * BOM) is the API's; these rules are the ones people meet.
 */
/** Characters of a file; within the API's request limit (100 kB) even with the quotes a JSON body escapes. */
export const INDICATOR_CSV_MAX_BYTES = 60_000;
export const INDICATOR_CSV_MAX_ROWS = 2_000;
/** Source of imported rows without a source column. */
export const INDICATOR_CSV_DEFAULT_SOURCE = 'CSV-import';

export type IndicatorColumn = 'code' | 'label' | 'organisation' | 'period' | 'value' | 'unit' | 'source';

const ALIASES: Readonly<Record<IndicatorColumn, readonly string[]>> = {
  code: ['code', 'indicatorcode', 'indicator code', 'indicator_code', 'indicator'],
  label: ['label', 'naam', 'indicatornaam', 'omschrijving', 'titel', 'onderwerp', 'name', 'title'],
  organisation: ['gemeentecode', 'gemeente', 'regiocode', 'regio', "regio's", 'regios', 'wijkenenbuurten', 'gebied', 'municipality', 'organisatie'],
  period: ['period', 'periode', 'perioden', 'jaar', 'year'],
  value: ['value', 'waarde', 'aantal'],
  unit: ['unit', 'eenheid'],
  source: ['source', 'bron'],
};

const REQUIRED: readonly IndicatorColumn[] = ['code', 'period', 'value'];

export type IndicatorColumnMapping = Partial<Record<IndicatorColumn, number>>;

function normaliseHeader(h: string): string {
  return h
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ');
}

/** The separator of a CSV by its header line: a semicolon when it has more of those than commas. */
export function detectCsvDelimiter(text: string): ';' | ',' {
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  return (first.match(/;/g)?.length ?? 0) >= (first.match(/,/g)?.length ?? 0) && first.includes(';') ? ';' : ',';
}

/** Which column holds what; the first matching header wins. Missing required columns are named. */
export function mapIndicatorColumns(header: readonly string[]): { mapping: IndicatorColumnMapping; missing: IndicatorColumn[] } {
  const names = header.map(normaliseHeader);
  const mapping: IndicatorColumnMapping = {};
  const taken = new Set<number>();
  for (const column of Object.keys(ALIASES) as IndicatorColumn[]) {
    for (const alias of ALIASES[column]) {
      const i = names.findIndex((n, idx) => n === alias && !taken.has(idx));
      if (i >= 0) {
        mapping[column] = i;
        taken.add(i);
        break;
      }
    }
  }
  return { mapping, missing: REQUIRED.filter((c) => mapping[c] === undefined) };
}

export const indicatorCsvMessages = {
  missingColumns: (missing: readonly IndicatorColumn[]): Bilingual => ({
    nl: `Het bestand mist de kolom(men): ${missing.join(', ')}. Verwacht zijn onder meer code/indicator, periode/perioden en waarde/value.`,
    en: `The file lacks the column(s): ${missing.join(', ')}. Expected are among others code/indicator, period/perioden and value/waarde.`,
  }),
  tooLarge: {
    nl: `Het bestand is te groot: hoogstens ${INDICATOR_CSV_MAX_BYTES / 1000} kB en ${INDICATOR_CSV_MAX_ROWS} regels. Kies in StatLine minder perioden of onderwerpen.`,
    en: `The file is too large: at most ${INDICATOR_CSV_MAX_BYTES / 1000} kB and ${INDICATOR_CSV_MAX_ROWS} rows. Choose fewer periods or topics in StatLine.`,
  } satisfies Bilingual,
  unreadable: {
    nl: 'Het bestand is geen leesbare CSV (een kopregel en daaronder de cijfers).',
    en: 'The file is not a readable CSV (a header row with the figures below it).',
  } satisfies Bilingual,
  empty: { nl: 'Het bestand bevat geen cijfers.', en: 'The file contains no figures.' } satisfies Bilingual,
  otherOrganisation: (given: string): Bilingual => ({
    nl: `"${given}" is niet de gekozen gemeente; alleen cijfers van de gastgemeente kunnen worden ingelezen.`,
    en: `"${given}" is not the chosen municipality; only figures of the host municipality can be imported.`,
  }),
  outsideNetwork: (given: string): Bilingual => ({
    nl: `"${given}" is geen gemeente van dit netwerk.`,
    en: `"${given}" is not a municipality of this network.`,
  }),
  duplicate: (code: string, period: string): Bilingual => ({
    nl: `${code} over ${period} staat al eerder in het bestand.`,
    en: `${code} for ${period} already appears earlier in the file.`,
  }),
};

export interface IndicatorRowError {
  /** Line number in the file (the header is line 1). */
  line: number;
  field: string;
  message: Bilingual;
}

export type IndicatorCsvRow =
  | { kind: 'value'; line: number; organisation: string | null; value: IndicatorValue }
  | { kind: 'empty'; line: number }
  | { kind: 'error'; errors: IndicatorRowError[] };

/** StatLine writes '.' (no figure), 'x' (secret) or nothing where there is no value: such rows are skipped. */
const NO_VALUE = new Set(['', '.', '-', 'x', '?']);

/** One record of the file checked; `line` counts the header as 1. */
export function checkIndicatorCsvRow(
  record: readonly string[],
  mapping: IndicatorColumnMapping,
  line: number,
  defaultSource = INDICATOR_CSV_DEFAULT_SOURCE,
): IndicatorCsvRow {
  const cell = (c: IndicatorColumn) => (mapping[c] === undefined ? '' : (record[mapping[c]!] ?? '').trim());
  if (NO_VALUE.has(cell('value').toLowerCase())) return { kind: 'empty', line };
  const code = cell('code');
  const checked = checkIndicatorInput({
    code,
    label: cell('label') || code,
    period: cell('period'),
    value: cell('value'),
    unit: cell('unit'),
    source: cell('source') || defaultSource,
  });
  if (!checked.value) return { kind: 'error', errors: checked.violations.map((v) => ({ line, field: v.field, message: indicatorViolationMessages[v.code] })) };
  const organisation = cell('organisation');
  return { kind: 'value', line, organisation: organisation || null, value: checked.value };
}

/** A municipality as the file names it, for matching: 'GM0344  ' → 'GM0344', names lower-cased. */
export function organisationKey(raw: string): string {
  const s = raw.trim();
  return /^gm\d{4}$/i.test(s) ? s.toUpperCase() : s.toLowerCase();
}
