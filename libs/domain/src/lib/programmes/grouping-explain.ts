import type { Bilingual } from '../messages';
import type { GroupingCandidate, RoundReason, SoftRule } from './grouping';
import { byCodeUnit as compare, orderedPair, pairKey } from './pairs';
import { SIZE_CLASSES, classRange } from './size-classes';

export function explainRound(
  round: number,
  members: GroupingCandidate[],
  earlier: Set<string>,
  nameOf: (id: string) => string,
): { reasons: RoundReason[]; givenUp: SoftRule[] } {
  const reasons: RoundReason[] = [];
  const givenUp: SoftRule[] = [];
  const size = members.length;

  // Themes chosen by at least two organisations of the round.
  const themeCounts = new Map<string, { theme: string; count: number }>();
  for (const m of members)
    for (const theme of m.themes) {
      const key = theme.toLocaleLowerCase('nl');
      const entry = themeCounts.get(key) ?? { theme, count: 0 };
      entry.count++;
      themeCounts.set(key, entry);
    }
  const shared = [...themeCounts.values()].filter((t) => t.count >= 2).sort((x, y) => y.count - x.count || compare(x.theme, y.theme));
  if (shared.length > 0) {
    const nl = shared.map((t) => `${t.theme} (${t.count === size ? `alle ${size}` : `${t.count} van de ${size}`})`);
    const en = shared.map((t) => `${t.theme} (${t.count === size ? `all ${size}` : `${t.count} of ${size}`})`);
    reasons.push({
      code: 'SHARED_THEMES',
      themes: shared,
      text: { nl: `Gedeelde thema's: ${nl.join(', ')}.`, en: `Shared themes: ${en.join(', ')}.` },
    });
  } else {
    givenUp.push({
      rule: 'NO_SHARED_THEME',
      round,
      text: {
        nl: `Ronde ${round}: geen thema dat meer dan één gemeente koos.`,
        en: `Round ${round}: no theme chosen by more than one municipality.`,
      },
    });
  }

  // Size classes.
  const classIndices = [...new Set(members.map((m) => m.classIndex))].sort((x, y) => x - y);
  const classes = classIndices.map((i) => SIZE_CLASSES[i]);
  const low = classIndices[0];
  const high = classIndices[classIndices.length - 1];
  if (high - low <= 1) {
    const range = classRange(low, high);
    reasons.push({
      code: 'COMPARABLE_SIZE',
      classes,
      text:
        low === high
          ? { nl: `Vergelijkbare omvang: alle gemeenten hebben ${range.nl}.`, en: `Comparable size: all municipalities have ${range.en}.` }
          : { nl: `Vergelijkbare omvang: gemeenten met ${range.nl}.`, en: `Comparable size: municipalities with ${range.en}.` },
    });
  } else {
    const smallest = classRange(low, low);
    const largest = classRange(high, high);
    givenUp.push({
      rule: 'MIXED_SIZE_CLASSES',
      round,
      classes,
      text: {
        nl: `Ronde ${round}: de omvang loopt uiteen (kleinste: ${smallest.nl}; grootste: ${largest.nl}).`,
        en: `Round ${round}: sizes differ (smallest: ${smallest.en}; largest: ${largest.en}).`,
      },
    });
  }

  // Provinces.
  const byProvince = new Map<string, string[]>();
  for (const m of members) {
    if (m.province === '') continue;
    byProvince.set(m.province, [...(byProvince.get(m.province) ?? []), m.app.organisationId]);
  }
  const provinces = [...byProvince.keys()].sort((x, y) => x.localeCompare(y, 'nl') || compare(x, y));
  if (provinces.length > 0) {
    const list = listOf(provinces);
    reasons.push({
      code: 'PROVINCES',
      provinces,
      text:
        provinces.length === 1
          ? { nl: `Eén provincie: ${list.nl}.`, en: `One province: ${list.en}.` }
          : { nl: `${provinces.length} provincies: ${list.nl}.`, en: `${provinces.length} provinces: ${list.en}.` },
    });
  }
  for (const province of provinces) {
    const ids = byProvince.get(province) ?? [];
    if (ids.length < 2) continue;
    givenUp.push({
      rule: 'SAME_PROVINCE',
      round,
      province,
      organisationIds: ids,
      text: {
        nl: `Ronde ${round}: ${ids.length} gemeenten uit ${province}.`,
        en: `Round ${round}: ${ids.length} municipalities from ${province}.`,
      },
    });
  }

  // Earlier pairings kept together.
  for (let i = 0; i < members.length; i++)
    for (let j = i + 1; j < members.length; j++) {
      const a = members[i].app.organisationId;
      const b = members[j].app.organisationId;
      if (!earlier.has(pairKey(a, b))) continue;
      const pair = orderedPair(a, b);
      givenUp.push({
        rule: 'EARLIER_PAIRING',
        round,
        organisationIds: pair,
        text: {
          nl: `Ronde ${round}: ${nameOf(pair[0])} en ${nameOf(pair[1])} zaten eerder al samen in een ronde; een betere indeling was er niet.`,
          en: `Round ${round}: ${nameOf(pair[0])} and ${nameOf(pair[1])} were in a round together before; there was no better grouping.`,
        },
      });
    }
  return { reasons, givenUp };
}

/** "A", "A en B", "A, B en C" (and the English equivalent). */
export function listOf(items: string[]): Bilingual {
  if (items.length <= 1) return { nl: items.join(''), en: items.join('') };
  const head = items.slice(0, -1).join(', ');
  const last = items[items.length - 1];
  return { nl: `${head} en ${last}`, en: `${head} and ${last}` };
}
