import data from './data/gemeenten-2025.json';

/** The twelve provinces, spelled as CBS writes them. */
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
export type Province = (typeof PROVINCES)[number];

export interface Municipality {
  /** CBS code, e.g. 'GM0344'. */
  cbsCode: string;
  /** Official name as CBS writes it, e.g. "'s-Gravenhage". */
  name: string;
  province: Province;
  /** Inhabitants on `populationReferenceDate` (see `source` for precision). */
  population: number;
}

export interface MunicipalityList {
  /** Date of the municipal division, ISO yyyy-mm-dd. */
  referenceDate: string;
  /** Date of the population figures, ISO yyyy-mm-dd. */
  populationReferenceDate: string;
  source: string;
  items: Municipality[];
}

/** Every Dutch municipality on the reference date, with its CBS code, province and population. */
export const municipalityList: MunicipalityList = data as MunicipalityList;

/** Common names people type that are not the official name. */
const ALIASES: Record<string, readonly string[]> = {
  GM0518: ['Den Haag', 'The Hague'],
  GM0796: ['Den Bosch'],
};

const byCode = new Map(municipalityList.items.map((m) => [m.cbsCode, m]));

/** Lowercase, without accents, spaces or punctuation: "'s-Hertogenbosch" → 'shertogenbosch'. */
function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

const collator = new Intl.Collator('nl');
const index = municipalityList.items.map((m) => ({
  m,
  keys: [m.name, ...(ALIASES[m.cbsCode] ?? [])].map(fold),
  code: m.cbsCode.toLowerCase(),
}));

/** The municipality with this CBS code ('GM0344', case-insensitive), or null. */
export function findMunicipality(cbsCode: string): Municipality | null {
  return byCode.get(cbsCode.trim().toUpperCase()) ?? null;
}

/**
 * Case- and accent-insensitive search on name (or a common alias such as 'Den Haag') or CBS code,
 * sorted by name in Dutch collation, at most `limit` results. An empty query finds nothing.
 */
export function searchMunicipalities(query: string, limit = 50): Municipality[] {
  const q = fold(query);
  if (!q || limit <= 0) return [];
  return index
    .filter((e) => e.code.includes(q) || e.keys.some((k) => k.includes(q)))
    .map((e) => e.m)
    .sort((a, b) => collator.compare(a.name, b.name))
    .slice(0, limit);
}

export const POPULATION_CLASSES = ['XS', 'S', 'M', 'L', 'XL'] as const;
export type PopulationClass = (typeof POPULATION_CLASSES)[number];

/** Size classes to compare municipalities of similar size: XS < 20k ≤ S < 50k ≤ M < 100k ≤ L < 250k ≤ XL. */
export function populationClass(population: number): PopulationClass {
  if (population < 20_000) return 'XS';
  if (population < 50_000) return 'S';
  if (population < 100_000) return 'M';
  if (population < 250_000) return 'L';
  return 'XL';
}

const LABELS: Record<PopulationClass, { nl: string; en: string }> = {
  XS: { nl: 'minder dan 20.000 inwoners', en: 'fewer than 20,000 inhabitants' },
  S: { nl: '20.000 tot 50.000 inwoners', en: '20,000 to 50,000 inhabitants' },
  M: { nl: '50.000 tot 100.000 inwoners', en: '50,000 to 100,000 inhabitants' },
  L: { nl: '100.000 tot 250.000 inwoners', en: '100,000 to 250,000 inhabitants' },
  XL: { nl: '250.000 inwoners of meer', en: '250,000 inhabitants or more' },
};

export function populationClassLabel(cls: PopulationClass, language: 'nl' | 'en'): string {
  return LABELS[cls][language];
}
