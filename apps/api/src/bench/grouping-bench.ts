import { suggestGrouping, type GroupingApplication, type SizeClass } from '@kijkje/domain';

const PROVINCES = [
  'Groningen',
  'Fryslân',
  'Drenthe',
  'Overijssel',
  'Flevoland',
  'Gelderland',
  'Utrecht',
  'Noord-Holland',
  'Zuid-Holland',
  'Zeeland',
  'Noord-Brabant',
  'Limburg',
];
const THEMES = ['Wmo', 'Jeugd', 'Participatie', 'Informatievoorziening', 'Financiële beheersbaarheid'];
const CLASSES: SizeClass[] = ['XS', 'S', 'M', 'L', 'XL'];

/** A deterministic pseudo-random sequence, so that every run measures the same input. */
function lcg(seed: number) {
  let x = seed;
  return () => (x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

function input(n: number) {
  const rnd = lcg(n);
  const applications: GroupingApplication[] = Array.from({ length: n }, (_, i) => ({
    id: `a${i}`,
    organisationId: `o${i}`,
    themes: THEMES.filter(() => rnd() < 0.4),
    populationClass: CLASSES[Math.floor(rnd() * CLASSES.length)],
    province: PROVINCES[Math.floor(rnd() * PROVINCES.length)],
  }));
  const pair = (): [string, string] => [`o${Math.floor(rnd() * n)}`, `o${Math.floor(rnd() * n)}`];
  const conflicts = Array.from({ length: Math.floor(n / 8) }, pair).filter(([a, b]) => a !== b);
  const earlierPairings = Array.from({ length: Math.floor(n / 2) }, pair).filter(([a, b]) => a !== b);
  return { applications, conflicts, earlierPairings };
}

/** Suggested grouping (issue 3): median and worst of repeated runs for 100 and 500 applications. */
const rows = [100, 500].map((n) => {
  const data = input(n);
  suggestGrouping(data); // warm-up
  const times: number[] = [];
  let placed = 0;
  for (let i = 0; i < 10; i++) {
    const t0 = performance.now();
    const result = suggestGrouping(data);
    times.push(performance.now() - t0);
    placed = result.rounds.reduce((sum, r) => sum + r.organisationIds.length, 0);
  }
  times.sort((a, b) => a - b);
  return { case: `suggested grouping, ${n} applications`, placed, 'median ms': times[5].toFixed(1), 'max ms': times[9].toFixed(1) };
});
console.table(rows);
