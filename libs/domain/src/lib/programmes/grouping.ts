import type { Bilingual } from '../messages';
import { ROUND_MAX_ORGANISATIONS, ROUND_MIN_ORGANISATIONS } from '../limits';
import type { OrganisationPair } from './pairs';
import { byCodeUnit as compare, pairKey, pairSet } from './pairs';
import { explainRound, listOf } from './grouping-explain';
import { pairWeights, search, worstConflicted } from './grouping-search';
import { SIZE_CLASSES, type SizeClass } from './size-classes';

export { SIZE_CLASSES, classRange, type SizeClass } from './size-classes';
export { GROUPING_WEIGHTS, largestGroupable, roundSizes } from './grouping-search';

export interface GroupingApplication {
  id: string;
  organisationId: string;
  themes: readonly string[];
  populationClass: SizeClass;
  province: string;
}

export interface GroupingInput {
  applications: readonly GroupingApplication[];
  /** Hard: never in the same round. */
  conflicts?: readonly OrganisationPair[];
  /** Soft: were in a round together before; better avoided. */
  earlierPairings?: readonly OrganisationPair[];
  /** Optional display names for the texts; the organisation id is used otherwise. */
  organisationNames?: Readonly<Record<string, string>>;
}

/** Why a suggested round fits together. */
export type RoundReason =
  | { code: 'SHARED_THEMES'; themes: { theme: string; count: number }[]; text: Bilingual }
  | { code: 'COMPARABLE_SIZE'; classes: SizeClass[]; text: Bilingual }
  | { code: 'PROVINCES'; provinces: string[]; text: Bilingual };

/** A soft rule the suggestion could not keep, with the round (1-based) it concerns. */
export type SoftRule =
  | { rule: 'EARLIER_PAIRING'; round: number; organisationIds: [string, string]; text: Bilingual }
  | { rule: 'MIXED_SIZE_CLASSES'; round: number; classes: SizeClass[]; text: Bilingual }
  | { rule: 'SAME_PROVINCE'; round: number; province: string; organisationIds: string[]; text: Bilingual }
  | { rule: 'NO_SHARED_THEME'; round: number; text: Bilingual };

export type UnplacedCode = 'DUPLICATE_APPLICATION' | 'HARD_CONFLICT' | 'TOO_FEW_FOR_A_ROUND' | 'SIZES_DO_NOT_FIT';

export interface UnplacedReason {
  code: UnplacedCode;
  /** For HARD_CONFLICT: the organisations it may not be grouped with (among the applicants). */
  conflictsWith?: string[];
  text: Bilingual;
}

export interface SuggestedRound {
  /** 1-based number of the round in this suggestion. */
  round: number;
  organisationIds: string[];
  applicationIds: string[];
  reasons: RoundReason[];
}

export interface GroupingSuggestion {
  rounds: SuggestedRound[];
  unplaced: { organisationId: string; applicationId: string; reason: UnplacedReason }[];
  givenUp: SoftRule[];
}

/**
 * A suggested grouping of the applications into rounds of 4–5 organisations, explained in Dutch
 * and English. Hard conflicts are never broken: an organisation is left unplaced instead. When the
 * count does not split into 4s and 5s (1–3, 6, 7, 11) the organisations that fit worst are left
 * unplaced; the coordinator decides. Soft preferences: shared themes, comparable size classes,
 * different provinces, no earlier pairings. Deterministic: the input order does not matter.
 * Greedy construction, then local search (swaps and moves) with a bounded number of passes.
 */
export function suggestGrouping(input: GroupingInput): GroupingSuggestion {
  const nameOf = (id: string): string => input.organisationNames?.[id] ?? id;
  const sorted = [...input.applications].sort((a, b) => compare(a.organisationId, b.organisationId) || compare(a.id, b.id));
  const unplaced: GroupingSuggestion['unplaced'] = [];
  const candidates: GroupingCandidate[] = [];
  const seen = new Set<string>();
  for (const app of sorted) {
    if (seen.has(app.organisationId)) {
      unplaced.push({
        organisationId: app.organisationId,
        applicationId: app.id,
        reason: {
          code: 'DUPLICATE_APPLICATION',
          text: {
            nl: `${nameOf(app.organisationId)} heeft zich meer dan één keer aangemeld; alleen de eerste aanmelding is ingedeeld.`,
            en: `${nameOf(app.organisationId)} applied more than once; only the first application was grouped.`,
          },
        },
      });
      continue;
    }
    seen.add(app.organisationId);
    candidates.push({
      app,
      themes: normaliseThemes(app.themes),
      province: app.province.trim(),
      classIndex: Math.max(0, SIZE_CLASSES.indexOf(app.populationClass)),
    });
  }

  const n = candidates.length;
  const conflicts = pairSet(input.conflicts ?? []);
  const earlier = pairSet(input.earlierPairings ?? []);
  const isConflict = (i: number, j: number): boolean => conflicts.has(pairKey(candidates[i].app.organisationId, candidates[j].app.organisationId));
  const weights = pairWeights(candidates, conflicts, earlier);

  // Search; while a round still holds a hard conflict, leave one organisation out and search again.
  const forced: number[] = [];
  let active = candidates.map((_, i) => i);
  let result = search(active, weights, n, isConflict);
  for (;;) {
    const worst = worstConflicted(result.rounds, isConflict, active);
    if (worst === null) break;
    forced.push(worst);
    active = active.filter((i) => i !== worst);
    result = search(active, weights, n, isConflict);
  }

  for (const i of forced) {
    const partners = candidates.filter((_, j) => j !== i && isConflict(i, j)).map((c) => c.app.organisationId);
    const names = listOf(partners.map(nameOf));
    unplaced.push({
      organisationId: candidates[i].app.organisationId,
      applicationId: candidates[i].app.id,
      reason: {
        code: 'HARD_CONFLICT',
        conflictsWith: partners,
        text: {
          nl: `${nameOf(candidates[i].app.organisationId)} mag niet in een ronde met ${names.nl}. Er was geen indeling mogelijk zonder die uitsluiting te doorbreken. De coördinator beslist.`,
          en: `${nameOf(candidates[i].app.organisationId)} may not be in a round with ${names.en}. No grouping was possible without breaking that exclusion. The coordinator decides.`,
        },
      },
    });
  }
  const a = active.length;
  for (const i of result.bench) {
    const id = candidates[i].app.organisationId;
    const reason: UnplacedReason =
      a < ROUND_MIN_ORGANISATIONS
        ? {
            code: 'TOO_FEW_FOR_A_ROUND',
            text: {
              nl: `Er ${a === 1 ? 'is 1 gemeente' : `zijn ${a} gemeenten`} om in te delen; een ronde heeft er ${ROUND_MIN_ORGANISATIONS} of ${ROUND_MAX_ORGANISATIONS} nodig. De coördinator beslist.`,
              en: `There ${a === 1 ? 'is 1 municipality' : `are ${a} municipalities`} to group; a round needs ${ROUND_MIN_ORGANISATIONS} or ${ROUND_MAX_ORGANISATIONS}. The coordinator decides.`,
            },
          }
        : {
            code: 'SIZES_DO_NOT_FIT',
            text: {
              nl: `${a} gemeenten zijn niet allemaal te verdelen over rondes van ${ROUND_MIN_ORGANISATIONS} of ${ROUND_MAX_ORGANISATIONS}. ${nameOf(id)} paste het minst goed bij de voorgestelde rondes. De coördinator beslist.`,
              en: `${a} municipalities cannot all be divided into rounds of ${ROUND_MIN_ORGANISATIONS} or ${ROUND_MAX_ORGANISATIONS}. ${nameOf(id)} fitted the suggested rounds least well. The coordinator decides.`,
            },
          };
    unplaced.push({ organisationId: id, applicationId: candidates[i].app.id, reason });
  }
  unplaced.sort((x, y) => compare(x.organisationId, y.organisationId) || compare(x.applicationId, y.applicationId));

  const rounds = result.rounds.map((members) => [...members].sort((x, y) => x - y)).sort((x, y) => x[0] - y[0]);
  const givenUp: SoftRule[] = [];
  const suggested = rounds.map((members, index) => {
    const round = index + 1;
    const explained = explainRound(
      round,
      members.map((i) => candidates[i]),
      earlier,
      nameOf,
    );
    givenUp.push(...explained.givenUp);
    return {
      round,
      organisationIds: members.map((i) => candidates[i].app.organisationId),
      applicationIds: members.map((i) => candidates[i].app.id),
      reasons: explained.reasons,
    };
  });
  return { rounds: suggested, unplaced, givenUp };
}

/** Trimmed, non-empty, case-insensitively unique themes, first spelling kept. */
function normaliseThemes(themes: readonly string[]): string[] {
  const out: string[] = [];
  const keys = new Set<string>();
  for (const raw of themes) {
    const theme = raw.trim();
    const key = theme.toLocaleLowerCase('nl');
    if (theme !== '' && !keys.has(key)) {
      keys.add(key);
      out.push(theme);
    }
  }
  return out;
}

/** An application as the search and the explanations see it. */
export interface GroupingCandidate {
  app: GroupingApplication;
  themes: string[];
  province: string;
  classIndex: number;
}
