import type { Bilingual } from '../messages';
import { hiddenGroups, MIN_GROUP_ORGANISATIONS, suppression, type CountSuppression } from '../harvests/small-groups';
import { SIZE_CLASSES, type SizeClass } from '../programmes/size-classes';
import type { VisitRelation } from '../visits/finding-policy';

/**
 * Indicators (cijfers): figures about the host organisation from CBS StatLine, waarstaatjegemeente.nl
 * or entered by hand, to tell with real numbers how things changed since the visit. Public statistics
 * about a municipality: no personal data.
 */
export const INDICATOR_CODE_MAX = 40;
export const INDICATOR_LABEL_MAX = 200;
export const INDICATOR_UNIT_MAX = 40;
export const INDICATOR_SOURCE_MAX = 100;
/** Beyond this a figure is a typing error, not a municipal statistic. */
export const INDICATOR_VALUE_LIMIT = 1e12;
export const INDICATOR_SOURCES = ['CBS StatLine', 'waarstaatjegemeente.nl', 'handmatig'] as const;
export const INDICATOR_MANUAL_SOURCE = 'handmatig';

const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.\-/]*$/;

export interface IndicatorInput {
  code: string;
  label: string;
  period: string;
  value: number | string;
  unit: string;
  source: string;
}

/** A checked figure: code trimmed, period normalised ('2024', '2024-Q2', '2024-03'), value a number. */
export interface IndicatorValue {
  code: string;
  label: string;
  period: string;
  value: number;
  unit: string;
  source: string;
}

export type IndicatorField = keyof IndicatorInput;

export type IndicatorViolationCode =
  | 'CODE_REQUIRED'
  | 'CODE_INVALID'
  | 'LABEL_REQUIRED'
  | 'LABEL_TOO_LONG'
  | 'PERIOD_INVALID'
  | 'VALUE_INVALID'
  | 'VALUE_OUT_OF_RANGE'
  | 'UNIT_TOO_LONG'
  | 'SOURCE_REQUIRED'
  | 'SOURCE_TOO_LONG';

export interface IndicatorViolation {
  field: IndicatorField;
  code: IndicatorViolationCode;
}

export const indicatorViolationMessages: Readonly<Record<IndicatorViolationCode, Bilingual>> = {
  CODE_REQUIRED: { nl: 'Vul de code van de indicator in.', en: 'Fill in the indicator code.' },
  CODE_INVALID: {
    nl: `Een code bestaat uit letters, cijfers, punt, streep of liggend streepje (hoogstens ${INDICATOR_CODE_MAX} tekens).`,
    en: `A code consists of letters, digits, dot, dash or underscore (at most ${INDICATOR_CODE_MAX} characters).`,
  },
  LABEL_REQUIRED: { nl: 'Geef de indicator een naam.', en: 'Give the indicator a name.' },
  LABEL_TOO_LONG: { nl: `Hoogstens ${INDICATOR_LABEL_MAX} tekens.`, en: `At most ${INDICATOR_LABEL_MAX} characters.` },
  PERIOD_INVALID: {
    nl: 'Gebruik een periode als 2024, 2024-Q2, 2024KW02, 2024MM03 of 2024JJ00.',
    en: 'Use a period such as 2024, 2024-Q2, 2024KW02, 2024MM03 or 2024JJ00.',
  },
  VALUE_INVALID: { nl: 'Vul een getal in, bijvoorbeeld 12,5.', en: 'Fill in a number, for example 12.5.' },
  VALUE_OUT_OF_RANGE: { nl: 'Dit getal is te groot voor een indicator.', en: 'This number is too large for an indicator.' },
  UNIT_TOO_LONG: { nl: `De eenheid heeft hoogstens ${INDICATOR_UNIT_MAX} tekens.`, en: `The unit has at most ${INDICATOR_UNIT_MAX} characters.` },
  SOURCE_REQUIRED: { nl: 'Vermeld de bron, bijvoorbeeld CBS StatLine.', en: 'State the source, for example CBS StatLine.' },
  SOURCE_TOO_LONG: { nl: `De bron heeft hoogstens ${INDICATOR_SOURCE_MAX} tekens.`, en: `The source has at most ${INDICATOR_SOURCE_MAX} characters.` },
};

/**
 * A period as people and StatLine write it, normalised: '2024' and '2024JJ00' → '2024';
 * '2024-Q2', '2024Q2', '2024KW02' → '2024-Q2'; '2024MM03' and '2024-03' → '2024-03'. Null when unreadable.
 * StatLine marks provisional figures with '*'; the mark is dropped.
 */
export function normalisePeriod(raw: string): string | null {
  const s = raw.trim().toUpperCase().replace(/\*+$/, '');
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})(?:JJ00)?$/.exec(s))) return year(m[1]);
  if ((m = /^(\d{4})-?(?:Q|KW0?)([1-4])$/.exec(s))) return year(m[1]) && `${m[1]}-Q${m[2]}`;
  if ((m = /^(\d{4})(?:MM|-)(\d{2})$/.exec(s))) {
    const month = Number(m[2]);
    return year(m[1]) && month >= 1 && month <= 12 ? `${m[1]}-${m[2]}` : null;
  }
  return null;
}

function year(y: string): string | null {
  const n = Number(y);
  return n >= 1900 && n <= 2100 ? y : null;
}

/** The first day of a normalised period (YYYY-MM-DD). */
export function periodStart(period: string): string {
  const q = /^(\d{4})-Q([1-4])$/.exec(period);
  if (q) return `${q[1]}-${String((Number(q[2]) - 1) * 3 + 1).padStart(2, '0')}-01`;
  if (/^\d{4}-\d{2}$/.test(period)) return `${period}-01`;
  return `${period}-01-01`;
}

/**
 * A number as written in a Dutch or an English export: '12,5', '1.234,5', '-3', '1234.5', '1 234'.
 * With a comma, the comma is the decimal sign and dots group thousands; without one a dot is the
 * decimal sign. Null when it is not a number.
 */
export function parseIndicatorNumber(raw: string | number): number | null {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  let s = raw.trim().replace(/[\s\u00a0]/g, '');
  if (s.includes(',')) {
    if (!/^[-+]?(\d{1,3}(\.\d{3})+|\d+),\d+$/.test(s) && !/^[-+]?\d+,\d*$/.test(s)) return null;
    s = s.replace(/\./g, '').replace(',', '.');
  }
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

/** The checked figure, or what is wrong with it per field. */
export function checkIndicatorInput(input: IndicatorInput): { value: IndicatorValue; violations: [] } | { value: null; violations: IndicatorViolation[] } {
  const v: IndicatorViolation[] = [];
  const code = input.code.trim();
  if (!code) v.push({ field: 'code', code: 'CODE_REQUIRED' });
  else if (code.length > INDICATOR_CODE_MAX || !CODE_PATTERN.test(code)) v.push({ field: 'code', code: 'CODE_INVALID' });
  const label = input.label.trim();
  if (!label) v.push({ field: 'label', code: 'LABEL_REQUIRED' });
  else if (label.length > INDICATOR_LABEL_MAX) v.push({ field: 'label', code: 'LABEL_TOO_LONG' });
  const period = normalisePeriod(input.period);
  if (!period) v.push({ field: 'period', code: 'PERIOD_INVALID' });
  const value = parseIndicatorNumber(input.value);
  if (value === null) v.push({ field: 'value', code: 'VALUE_INVALID' });
  else if (Math.abs(value) >= INDICATOR_VALUE_LIMIT) v.push({ field: 'value', code: 'VALUE_OUT_OF_RANGE' });
  const unit = input.unit.trim();
  if (unit.length > INDICATOR_UNIT_MAX) v.push({ field: 'unit', code: 'UNIT_TOO_LONG' });
  const source = input.source.trim();
  if (!source) v.push({ field: 'source', code: 'SOURCE_REQUIRED' });
  else if (source.length > INDICATOR_SOURCE_MAX) v.push({ field: 'source', code: 'SOURCE_TOO_LONG' });
  if (v.length > 0 || period === null || value === null) return { value: null, violations: v };
  return { value: { code, label, period, value, unit, source }, violations: [] };
}

export interface IndicatorRights {
  read: boolean;
  write: boolean;
}

/**
 * The network's coordinator and the host organisation's members enter figures for it; whoever may
 * read its action plan or progress reviews reads them, and the coordinator always does.
 */
export function indicatorRights(relations: Iterable<VisitRelation>, readsPlanOrReview: boolean): IndicatorRights {
  const r = new Set(relations);
  const write = r.has('host') || r.has('coordinator');
  return { read: write || readsPlanOrReview, write };
}

export const indicatorNotFound: Bilingual = {
  nl: 'Deze indicator is er niet (meer) voor deze periode.',
  en: 'This indicator does not exist (any more) for this period.',
};

export interface PeriodValue {
  period: string;
  value: number;
}

export interface IndicatorPair {
  code: string;
  label: string;
  unit: string;
  /** The figure of the visit's period, or the newest before it. */
  then: PeriodValue | null;
  /** The newest figure after `then` (after the visit when there is no `then`). */
  now: PeriodValue | null;
  change: number | null;
}

/**
 * Then vs now per code: 'then' is the value whose period began on or before the visit day (the
 * latest such); 'now' the newest value after it. Label and unit come from the newest value.
 */
export function pairIndicators(values: readonly IndicatorValue[], visitDay: string | null): IndicatorPair[] {
  const byCode = new Map<string, IndicatorValue[]>();
  for (const v of values) byCode.set(v.code, [...(byCode.get(v.code) ?? []), v]);
  return [...byCode.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, list]) => {
      const sorted = [...list].sort((a, b) => periodStart(a.period).localeCompare(periodStart(b.period)) || a.period.localeCompare(b.period));
      const newest = sorted[sorted.length - 1];
      const before = visitDay ? sorted.filter((v) => periodStart(v.period) <= visitDay) : [];
      const thenV = before.length ? before[before.length - 1] : null;
      const nowV = newest !== thenV ? newest : null;
      const then = thenV && { period: thenV.period, value: thenV.value };
      const now = nowV && { period: nowV.period, value: nowV.value };
      return { code, label: newest.label, unit: newest.unit, then, now, change: then && now ? round(now.value - then.value) : null };
    });
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

export interface SizedIndicatorValue {
  organisationId: string;
  sizeClass: SizeClass;
  code: string;
  value: number;
}

export interface IndicatorAggregate {
  code: string;
  sizeClass: SizeClass;
  /** Organisations with a figure; null when suppressed. */
  count: number | null;
  median: number | null;
  mean: number | null;
  suppressed: CountSuppression | null;
}

/**
 * Per code and size class, the median and mean over the organisations with a figure (one figure per
 * organisation: give each its newest). A group with fewer than MIN_GROUP_ORGANISATIONS organisations,
 * or one whose showing would let a hidden one be worked out, shows no numbers, only why. Smallest class first.
 */
export function aggregateIndicatorsBySizeClass(values: readonly SizedIndicatorValue[], min = MIN_GROUP_ORGANISATIONS): IndicatorAggregate[] {
  const codes = [...new Set(values.map((v) => v.code))].sort();
  const out: IndicatorAggregate[] = [];
  for (const code of codes) {
    const groups = new Map<SizeClass, Map<string, number>>();
    for (const v of values.filter((x) => x.code === code)) {
      const g = groups.get(v.sizeClass) ?? new Map<string, number>();
      g.set(v.organisationId, v.value);
      groups.set(v.sizeClass, g);
    }
    const keys = SIZE_CLASSES.filter((c) => groups.has(c));
    const hidden = hiddenGroups(
      keys.map((key) => ({ key, organisations: new Set(groups.get(key)!.keys()) })),
      min,
    );
    for (const sizeClass of keys) {
      const nums = [...groups.get(sizeClass)!.values()];
      const code2 = hidden.get(sizeClass);
      out.push(
        code2
          ? { code, sizeClass, count: null, median: null, mean: null, suppressed: suppression(code2) }
          : { code, sizeClass, count: nums.length, median: median(nums), mean: round(nums.reduce((a, b) => a + b, 0) / nums.length), suppressed: null },
      );
    }
  }
  return out;
}

export function median(nums: readonly number[]): number {
  const s = [...nums].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : round((s[mid - 1] + s[mid]) / 2);
}

export const indicatorStepNotYours: Bilingual = {
  nl: 'U kunt deze cijfers lezen, maar alleen de gastgemeente en de coördinator voeren ze in.',
  en: 'You can read these figures, but only the host and the coordinator enter them.',
};
