import type { GroupingApplication, GroupingSuggestion, SizeClass } from './grouping';

/** Test fixtures for the grouping specs (not exported from the library). */
export const PROVINCES = [
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
] as const;

export function orgId(i: number): string {
  return `org-${String(i).padStart(3, '0')}`;
}

/** Application i, with defaults that make all applications alike. */
export function app(i: number, overrides: Partial<GroupingApplication> = {}): GroupingApplication {
  return {
    id: `app-${String(i).padStart(3, '0')}`,
    organisationId: orgId(i),
    themes: ['Jeugd'],
    populationClass: 'M',
    province: PROVINCES[i % PROVINCES.length],
    ...overrides,
  };
}

export function apps(n: number, overrides: (i: number) => Partial<GroupingApplication> = () => ({})): GroupingApplication[] {
  return Array.from({ length: n }, (_, i) => app(i, overrides(i)));
}

const CLASSES: SizeClass[] = ['XS', 'S', 'M', 'L', 'XL'];
const THEMES = ['Wmo', 'Jeugd', 'Participatie', 'Informatievoorziening', 'Financiële beheersbaarheid'];

/** A varied, reproducible set of applications (a simple LCG, no Math.random). */
export function variedApps(n: number, seed = 1): GroupingApplication[] {
  let state = seed;
  const next = (max: number): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % max;
  };
  return apps(n, () => ({
    populationClass: CLASSES[next(CLASSES.length)],
    province: PROVINCES[next(PROVINCES.length)],
    themes: THEMES.filter(() => next(3) === 0),
  }));
}

/** The number of the round the organisation was placed in, if any. */
export function roundOf(result: GroupingSuggestion, organisationId: string): number | undefined {
  return result.rounds.find((r) => r.organisationIds.includes(organisationId))?.round;
}
