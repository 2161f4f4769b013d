import type { Bilingual } from '../messages';

/**
 * The fewest municipalities a shown group may have. With one or two, "by size class" or "by round"
 * points at a municipality everybody in the network can name ("the one XL municipality").
 */
export const MIN_GROUP_ORGANISATIONS = 3;

export const SUPPRESSION_CODES = ['SMALL_GROUP', 'PROTECTS_SMALL_GROUP'] as const;
export type SuppressionCode = (typeof SUPPRESSION_CODES)[number];

export interface CountSuppression {
  code: SuppressionCode;
  text: Bilingual;
}

export const suppressionMessages: Readonly<Record<SuppressionCode, Bilingual>> = {
  SMALL_GROUP: {
    nl: `Niet getoond: deze groep heeft minder dan ${MIN_GROUP_ORGANISATIONS} gemeenten, dus het getal zou naar één gemeente wijzen.`,
    en: `Not shown: this group has fewer than ${MIN_GROUP_ORGANISATIONS} municipalities, so the number would point at one municipality.`,
  },
  PROTECTS_SMALL_GROUP: {
    nl: 'Niet getoond: anders is een verborgen kleine groep uit de totalen terug te rekenen.',
    en: 'Not shown: otherwise a hidden small group could be worked out from the totals.',
  },
};

export function suppression(code: SuppressionCode): CountSuppression {
  return { code, text: { ...suppressionMessages[code] } };
}

/** Why a harvest's totals are hidden: all its counted findings come from one or two municipalities. */
export const fewMunicipalitiesSuppression = (): CountSuppression => ({
  code: 'SMALL_GROUP',
  text: {
    nl: `Niet getoond: de getelde bevindingen komen van minder dan ${MIN_GROUP_ORGANISATIONS} gemeenten, dus de totalen zouden naar één gemeente wijzen.`,
    en: `Not shown: the counted findings come from fewer than ${MIN_GROUP_ORGANISATIONS} municipalities, so the totals would point at one municipality.`,
  },
});

export interface OrganisationGroup {
  key: string;
  organisations: ReadonlySet<string>;
}

/**
 * The groups to hide, and why. A group with 1 … min − 1 municipalities is hidden (SMALL_GROUP);
 * groups the caller cannot show anyway count as hidden too (`alsoHide`). Hiding alone is not
 * enough when the totals are shown: total minus the visible groups gives the hidden one back. So
 * while the hidden groups together have fewer than `min` municipalities, the smallest visible
 * groups are hidden as well (PROTECTS_SMALL_GROUP), until they do or nothing is left to hide.
 * Empty groups are never hidden: a zero points at nobody.
 */
export function hiddenGroups(
  groups: readonly OrganisationGroup[],
  min: number = MIN_GROUP_ORGANISATIONS,
  alsoHide: ReadonlySet<string> = new Set(),
): Map<string, SuppressionCode> {
  const hidden = new Map<string, SuppressionCode>();
  const together = new Set<string>();
  const hide = (group: OrganisationGroup, code: SuppressionCode): void => {
    hidden.set(group.key, code);
    for (const id of group.organisations) together.add(id);
  };
  const nonEmpty = groups.filter((g) => g.organisations.size > 0);
  for (const group of nonEmpty) if (group.organisations.size < min || alsoHide.has(group.key)) hide(group, 'SMALL_GROUP');
  if (hidden.size === 0) return hidden;
  const visible = nonEmpty
    .map((group, order) => ({ group, order }))
    .filter(({ group }) => !hidden.has(group.key))
    .sort((a, b) => a.group.organisations.size - b.group.organisations.size || a.order - b.order);
  for (const { group } of visible) {
    if (together.size >= min) break;
    hide(group, 'PROTECTS_SMALL_GROUP');
  }
  return hidden;
}
