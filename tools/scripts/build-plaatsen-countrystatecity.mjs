// Rebuilds libs/reference-data/src/data/plaatsen-countrystatecity.json from the npm package
// @countrystatecity/countries (data ODbL 1.0), which is not a dependency of the project: unpack it first, e.g.
//   npm pack @countrystatecity/countries@1.0.9 && mkdir csc && tar xzf countrystatecity-countries-1.0.9.tgz -C csc
//   node tools/scripts/build-plaatsen-countrystatecity.mjs csc/package/dist/data/Netherlands-NL 2026-08-10
// Keeps only the names (a note in brackets dropped: "Slotervaart (former borough)"), deduplicated and
// sorted, without those the GeoNames file already has: it adds villages of Noord-Holland and districts
// of Amsterdam that GeoNames' lists lack. Under the ODbL this derived list is itself ODbL 1.0.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDataFile, sortedNames, writePlaceList } from './place-list.mjs';

const [dir, referenceDate] = process.argv.slice(2);
if (!dir || !/^\d{4}-\d{2}-\d{2}$/u.test(referenceDate ?? ''))
  throw new Error('usage: build-plaatsen-countrystatecity.mjs <dist/data/Netherlands-NL> <reference date yyyy-mm-dd>');

const cities = [];
const walk = (at) => {
  for (const entry of readdirSync(at, { withFileTypes: true })) {
    if (entry.isDirectory()) walk(join(at, entry.name));
    else if (entry.name === 'cities.json') cities.push(...JSON.parse(readFileSync(join(at, entry.name), 'utf8')));
  }
};
walk(dir);
const known = new Set([...readDataFile('woonplaatsen-geonames.json').names, ...readDataFile('gemeenten-2025.json').items.map((m) => m.name)]);
const names = sortedNames(
  cities
    .filter((c) => c.country_code === 'NL')
    .map((c) => c.name.replace(/\s*\([^)]*\)\s*$/u, '').trim())
    // "Gemeente Delfzijl" names a municipality, which the CBS lists already hold.
    .filter((name) => !/^Gemeente /u.test(name) && !known.has(name)),
);
writePlaceList('plaatsen-countrystatecity.json', {
  referenceDate,
  source:
    'The countries-states-cities database (https://github.com/dr5hn/countries-states-cities-database, ODbL 1.0) as shipped in ' +
    `the npm package @countrystatecity/countries 1.0.9 (published ${referenceDate}): the Dutch cities it lists that ` +
    'woonplaatsen-geonames.json and the CBS municipalities do not, mostly villages of Noord-Holland and districts of Amsterdam. ' +
    'NOT the full BAG register of woonplaatsen.',
  license: 'ODbL 1.0 (Open Database License), derived from the countries-states-cities database by dr5hn',
  names,
});
console.log(`${names.length} names`);
