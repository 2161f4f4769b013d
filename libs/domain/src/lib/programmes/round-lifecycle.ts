import type { Bilingual } from '../messages';
import { ROUND_MAX_ORGANISATIONS, ROUND_MIN_ORGANISATIONS } from '../limits';
import type { OrganisationPair } from './pairs';
import { orderedPair, pairSet, pairKey } from './pairs';

export const ROUND_STATUSES = ['COMPOSING', 'PREPARING', 'VISITING', 'REPORTING', 'CLOSED'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

/** COMPOSING → PREPARING → VISITING → REPORTING → CLOSED; nothing goes back. */
export const roundTransitions: Readonly<Record<RoundStatus, readonly RoundStatus[]>> = {
  COMPOSING: ['PREPARING'],
  PREPARING: ['VISITING'],
  VISITING: ['REPORTING'],
  REPORTING: ['CLOSED'],
  CLOSED: [],
};

export type RoundStartViolation =
  | { code: 'TOO_FEW'; count: number }
  | { code: 'TOO_MANY'; count: number }
  | { code: 'DUPLICATE_ORGANISATION'; organisationId: string }
  | { code: 'UNRESOLVED_CONFLICT'; pair: [string, string] };

export type RoundTransitionViolation = { code: 'TRANSITION_NOT_ALLOWED' } | RoundStartViolation;

/**
 * May a round leave COMPOSING with these organisations? It needs ROUND_MIN_ORGANISATIONS to
 * ROUND_MAX_ORGANISATIONS different organisations and no two of them in a (hard) conflict.
 * Violations: size first, then duplicates, then conflicts by pair (smaller id first), sorted.
 */
export function checkRoundStart(input: { organisationIds: readonly string[]; conflicts: readonly OrganisationPair[] }): RoundStartViolation[] {
  const violations: RoundStartViolation[] = [];
  const unique = [...new Set(input.organisationIds)].sort();
  if (unique.length < ROUND_MIN_ORGANISATIONS) violations.push({ code: 'TOO_FEW', count: unique.length });
  if (unique.length > ROUND_MAX_ORGANISATIONS) violations.push({ code: 'TOO_MANY', count: unique.length });
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const id of input.organisationIds) (seen.has(id) ? duplicates : seen).add(id);
  for (const id of [...duplicates].sort()) violations.push({ code: 'DUPLICATE_ORGANISATION', organisationId: id });
  const conflicts = pairSet(input.conflicts);
  for (let i = 0; i < unique.length; i++)
    for (let j = i + 1; j < unique.length; j++)
      if (conflicts.has(pairKey(unique[i], unique[j]))) violations.push({ code: 'UNRESOLVED_CONFLICT', pair: orderedPair(unique[i], unique[j]) });
  return violations;
}

/** Violations of a round status change; leaving COMPOSING also runs checkRoundStart. */
export function canTransitionRound(
  from: RoundStatus,
  to: RoundStatus,
  facts?: { organisationIds: readonly string[]; conflicts: readonly OrganisationPair[] },
): RoundTransitionViolation[] {
  if (!roundTransitions[from].includes(to)) return [{ code: 'TRANSITION_NOT_ALLOWED' }];
  if (from === 'COMPOSING') return checkRoundStart(facts ?? { organisationIds: [], conflicts: [] });
  return [];
}

/** What a coordinator reads when a round cannot go on: Dutch first. Organisation ids stand in for names. */
export function roundViolationMessage(violation: RoundTransitionViolation, nameOf: (organisationId: string) => string = (id) => id): Bilingual {
  switch (violation.code) {
    case 'TRANSITION_NOT_ALLOWED':
      return {
        nl: 'Deze stap is niet mogelijk. Een ronde gaat van samenstellen naar voorbereiden, bezoeken, rapporteren en afsluiten.',
        en: 'This step is not possible. A round goes from composing to preparing, visiting, reporting and closing.',
      };
    case 'TOO_FEW':
      return {
        nl: `Een ronde heeft minstens ${ROUND_MIN_ORGANISATIONS} gemeenten nodig; deze ronde heeft er ${violation.count}.`,
        en: `A round needs at least ${ROUND_MIN_ORGANISATIONS} municipalities; this round has ${violation.count}.`,
      };
    case 'TOO_MANY':
      return {
        nl: `Een ronde heeft hoogstens ${ROUND_MAX_ORGANISATIONS} gemeenten; deze ronde heeft er ${violation.count}.`,
        en: `A round has at most ${ROUND_MAX_ORGANISATIONS} municipalities; this round has ${violation.count}.`,
      };
    case 'DUPLICATE_ORGANISATION':
      return {
        nl: `${nameOf(violation.organisationId)} staat meer dan één keer in deze ronde.`,
        en: `${nameOf(violation.organisationId)} is in this round more than once.`,
      };
    case 'UNRESOLVED_CONFLICT': {
      const [a, b] = violation.pair.map(nameOf);
      return {
        nl: `${a} en ${b} mogen niet samen in een ronde. Verplaats een van beide.`,
        en: `${a} and ${b} may not be in the same round. Move one of them.`,
      };
    }
  }
}
