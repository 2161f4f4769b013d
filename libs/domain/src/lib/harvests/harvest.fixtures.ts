import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SizeClass } from '../programmes/grouping';
import { SIZE_CLASSES } from '../programmes/grouping';
import type { AnonymisationNames, NamedOrganisation } from './anonymisation-names';
import type { FindingKind, HarvestFinding } from './harvest-finding';
import { FINDING_KINDS } from './harvest-finding';

/** Test fixtures for the harvest specs (not exported from the library). */

interface ReferenceMunicipality {
  cbsCode: string;
  name: string;
}

/**
 * Every Dutch municipality of 2025, read from reference-data's file rather than imported: the
 * domain library may not depend on another library, its tests may read its data.
 */
export const MUNICIPALITIES: readonly NamedOrganisation[] = (
  JSON.parse(readFileSync(join(__dirname, '../../../../reference-data/src/data/gemeenten-2025.json'), 'utf8')) as {
    items: ReferenceMunicipality[];
  }
).items.map((m) => ({ id: m.cbsCode, name: m.name }));

export const PERSONS: readonly string[] = [
  'Jan de Vries',
  'Fatima el Amrani',
  'Pieter van den Berg',
  'Anne-Marie Jansen',
  'Mehmet Yılmaz',
  'Eva Sánchez',
  'Kees Bakker',
  'Sanne Visser',
  'Lotte van der Meer',
  'Bram Smit',
  'Noor Bos',
  'Daan Mulder',
  'Emma de Jong',
  'Thijs Dekker',
  'Sophie ter Horst',
  'Jan Pieter Hendriks',
  'Ingrid Jansen-de Wit',
];

export const PLACES: readonly string[] = ['Kanaleneiland', 'Overvecht', 'Wijkteam Noord', "'t Zand", 'De Meern', 'Volendam'];

export const NETWORK_NAMES: AnonymisationNames = { organisations: MUNICIPALITIES, persons: PERSONS, places: PLACES };

/** The municipality of the reference list with this name. */
export function municipality(name: string): NamedOrganisation {
  const found = MUNICIPALITIES.find((m) => m.name === name);
  if (!found) throw new Error(`no municipality ${name}`);
  return found;
}

let sequence = 0;

/** A released finding with defaults; ids are unique per call. */
export function finding(overrides: Partial<HarvestFinding> = {}): HarvestFinding {
  sequence++;
  return {
    id: `finding-${String(sequence).padStart(4, '0')}`,
    kind: 'CONCERN' as FindingKind,
    theme: 'Wmo',
    tags: [],
    text: 'Een bevinding.',
    organisationId: 'org-1',
    roundId: 'round-1',
    sizeClass: 'M' as SizeClass,
    ...overrides,
  };
}

export const THEMES = ['Wmo', 'Jeugd', 'Participatie', 'Armoede', 'Financiële beheersbaarheid'];

/** Released findings of up to 12 municipalities in up to 4 rounds; a municipality keeps one size class. */
export const findingsArb: fc.Arbitrary<HarvestFinding[]> = fc
  .array(
    fc.record({
      kind: fc.constantFrom(...FINDING_KINDS),
      theme: fc.constantFrom(...THEMES),
      tags: fc.subarray(['wachtlijsten', 'Wachtlijsten ', 'regie', 'mantelzorg', '#regie']),
      organisation: fc.integer({ min: 1, max: 12 }),
      round: fc.integer({ min: 1, max: 4 }),
    }),
    { maxLength: 60 },
  )
  .map((rows) =>
    rows.map((r, i) => ({
      id: `f-${i}`,
      kind: r.kind,
      theme: r.theme,
      tags: r.tags,
      text: '',
      organisationId: `org-${r.organisation}`,
      roundId: `round-${r.round}`,
      sizeClass: SIZE_CLASSES[r.organisation % SIZE_CLASSES.length],
    })),
  );
