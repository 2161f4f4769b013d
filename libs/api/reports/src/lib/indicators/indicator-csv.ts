import {
  INDICATOR_CSV_MAX_BYTES,
  INDICATOR_CSV_MAX_ROWS,
  checkIndicatorCsvRow,
  detectCsvDelimiter,
  indicatorCsvMessages,
  mapIndicatorColumns,
  organisationKey,
  type IndicatorRowError,
  type IndicatorValue,
} from '@kijkje/domain';
import { parse } from 'csv-parse/sync';
import type { NetworkOrganisation } from './indicators.queries';

export interface ParsedIndicatorCsv {
  values: IndicatorValue[];
  skipped: number;
  errors: { line: number; field: string; nl: string; en: string }[];
}

const flat = (e: IndicatorRowError) => ({ line: e.line, field: e.field, nl: e.message.nl, en: e.message.en });
const whole = (message: { nl: string; en: string }): ParsedIndicatorCsv => ({ values: [], skipped: 0, errors: [{ line: 0, field: 'csv', ...message }] });

/**
 * A CBS StatLine or waarstaatjegemeente.nl export read with csv-parse (quotes, BOM, separator by
 * the header line); the column mapping and each row's check are libs/domain's. Rows about another
 * municipality than the host are refused, naming whether it is in the network at all.
 */
export function parseIndicatorCsv(text: string, organisations: readonly NetworkOrganisation[], hostId: string): ParsedIndicatorCsv {
  if ([...text].length > INDICATOR_CSV_MAX_BYTES) return whole(indicatorCsvMessages.tooLarge);
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      delimiter: detectCsvDelimiter(text),
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      info: false,
      to: INDICATOR_CSV_MAX_ROWS + 2,
    }) as string[][];
  } catch {
    return whole(indicatorCsvMessages.unreadable);
  }
  if (records.length < 2) return whole(records.length === 0 ? indicatorCsvMessages.unreadable : indicatorCsvMessages.empty);
  if (records.length > INDICATOR_CSV_MAX_ROWS + 1) return whole(indicatorCsvMessages.tooLarge);
  const { mapping, missing } = mapIndicatorColumns(records[0]);
  if (missing.length > 0) return whole(indicatorCsvMessages.missingColumns(missing));
  const byKey = new Map<string, NetworkOrganisation>();
  for (const o of organisations) {
    byKey.set(organisationKey(o.name), o);
    if (o.cbsCode) byKey.set(organisationKey(o.cbsCode), o);
  }
  const out: ParsedIndicatorCsv = { values: [], skipped: 0, errors: [] };
  const seen = new Set<string>();
  records.slice(1).forEach((record, i) => {
    // Lines as the file numbers them, for files without line breaks inside quoted fields.
    const row = checkIndicatorCsvRow(record, mapping, i + 2);
    if (row.kind === 'empty') out.skipped++;
    else if (row.kind === 'error') out.errors.push(...row.errors.map(flat));
    else {
      if (row.organisation !== null) {
        const org = byKey.get(organisationKey(row.organisation));
        if (!org) return void out.errors.push(flat({ line: row.line, field: 'organisation', message: indicatorCsvMessages.outsideNetwork(row.organisation) }));
        if (org.id !== hostId)
          return void out.errors.push(flat({ line: row.line, field: 'organisation', message: indicatorCsvMessages.otherOrganisation(row.organisation) }));
      }
      const key = `${row.value.code}\u0000${row.value.period}`;
      if (seen.has(key))
        return void out.errors.push(flat({ line: row.line, field: 'period', message: indicatorCsvMessages.duplicate(row.value.code, row.value.period) }));
      seen.add(key);
      out.values.push(row.value);
    }
  });
  return out;
}
