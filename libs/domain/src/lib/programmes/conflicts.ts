import type { OrganisationPair } from './pairs';
import { pairKey, pairSet } from './pairs';

export type RoundFlagKind = 'CONFLICT' | 'EARLIER_PAIRING';

export interface RoundFlag {
  /** The smaller organisation id of the pair. */
  a: string;
  b: string;
  kind: RoundFlagKind;
}

/**
 * Live flags while composing a round by hand: every pair of organisations in the round that is a
 * hard conflict (never together) or an earlier pairing (better avoided). One flag per pair and
 * kind; sorted by pair, CONFLICT before EARLIER_PAIRING. Duplicate ids are counted once.
 */
export function conflictsInRound(
  organisationIds: readonly string[],
  conflicts: readonly OrganisationPair[],
  earlierPairings: readonly OrganisationPair[] = [],
): RoundFlag[] {
  const ids = [...new Set(organisationIds)].sort();
  const hard = pairSet(conflicts);
  const soft = pairSet(earlierPairings);
  const flags: RoundFlag[] = [];
  for (let i = 0; i < ids.length; i++)
    for (let j = i + 1; j < ids.length; j++) {
      const key = pairKey(ids[i], ids[j]);
      if (hard.has(key)) flags.push({ a: ids[i], b: ids[j], kind: 'CONFLICT' });
      if (soft.has(key)) flags.push({ a: ids[i], b: ids[j], kind: 'EARLIER_PAIRING' });
    }
  return flags;
}
