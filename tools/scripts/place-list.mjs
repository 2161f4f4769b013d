// Shared by the scripts that rebuild the place lists in libs/reference-data/src/data.
import { readFileSync, writeFileSync } from 'node:fs';

const dataFile = (file) => new URL(`../../libs/reference-data/src/data/${file}`, import.meta.url);

/** Dutch collation, without duplicates or empty names. */
export function sortedNames(names) {
  const collator = new Intl.Collator('nl');
  return [...new Set(names)].filter(Boolean).sort(collator.compare);
}

/** A data file of the reference data, as parsed JSON. */
export function readDataFile(file) {
  return JSON.parse(readFileSync(dataFile(file), 'utf8'));
}

/** Writes a place list with its provenance: one name per line, so that a rebuild diffs by name. */
export function writePlaceList(file, { referenceDate, source, license, names }) {
  writeFileSync(dataFile(file), JSON.stringify({ referenceDate, source, license, names }, null, 0).replace(/","/g, '",\n"') + '\n');
}
