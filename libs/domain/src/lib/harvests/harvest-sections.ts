import type { Bilingual } from '../messages';

/**
 * What a coordinator may add to a harvest besides its own programme's counts, patterns and quotes:
 * other programmes of the network to compare with (e.g. 2025 beside 2026), the cijfers (indicators
 * by size class) and the counts of the round evaluations. All optional, all frozen at publication.
 */

/** A comparison of more programmes than this does not fit a table anyone can read on a phone. */
export const MAX_COMPARED_PROGRAMMES = 4;

export const HARVEST_PROGRAMME_PROBLEMS = ['UNKNOWN', 'OWN_PROGRAMME', 'DUPLICATE', 'TOO_MANY'] as const;
export type HarvestProgrammeProblem = (typeof HARVEST_PROGRAMME_PROBLEMS)[number];

export const harvestProgrammeMessages: Readonly<Record<HarvestProgrammeProblem, Bilingual>> = {
  // One message for "does not exist" and "is of another network": a denial never says which.
  UNKNOWN: {
    nl: 'Kies programma’s van dit netwerk om mee te vergelijken.',
    en: 'Choose programmes of this network to compare with.',
  },
  OWN_PROGRAMME: {
    nl: 'Het programma van de oogst zelf staat al in de vergelijking; kies een ander programma.',
    en: 'The harvest’s own programme is already in the comparison; choose another programme.',
  },
  DUPLICATE: {
    nl: 'Kies elk programma maar één keer.',
    en: 'Choose each programme only once.',
  },
  TOO_MANY: {
    nl: `Vergelijk met hoogstens ${MAX_COMPARED_PROGRAMMES} andere programma’s.`,
    en: `Compare with at most ${MAX_COMPARED_PROGRAMMES} other programmes.`,
  },
};

/**
 * Why these programmes cannot be compared with the harvest's own, or null when they can. `inNetwork`
 * holds those of the requested ids that are programmes of the harvest's network (the caller looks
 * them up inside the network, so another network's programme is simply not in it).
 */
export function comparedProgrammesProblem(
  harvestProgrammeId: string,
  requested: readonly string[],
  inNetwork: ReadonlySet<string>,
): HarvestProgrammeProblem | null {
  if (requested.some((id) => !inNetwork.has(id))) return 'UNKNOWN';
  if (requested.includes(harvestProgrammeId)) return 'OWN_PROGRAMME';
  if (new Set(requested).size !== requested.length) return 'DUPLICATE';
  if (requested.length > MAX_COMPARED_PROGRAMMES) return 'TOO_MANY';
  return null;
}
