import type { Bilingual } from '../messages';
import { MEETING_QUESTION_KINDS, type MeetingQuestionKind } from '../meetings/meeting-cards';
import type { AnonymisationNames } from './anonymisation-names';
import { findRemainingNames } from './anonymise';
import { compareDutch, groupingKey, mostCommonSpelling, tidy } from './collation';
import type { KindCount } from './counts';
import type { FindingKind } from './harvest-finding';
import { hiddenGroups, MIN_GROUP_ORGANISATIONS, suppression, type CountSuppression } from './small-groups';

/**
 * "Uit de werkbijeenkomsten": what the theme tables of the counted meetings (harvest-meetings-scope.ts)
 * marked, as counts only.
 *
 * - A yield counts under the question it answers (wat gaat goed, zorgpunt, eigen
 *   verantwoordelijkheid); a card marked as recommendation counts as a recommendation (once, also
 *   when it is a yield too), so that every marked card counts once. A card merged into another is
 *   its duplicate and does not count (isTableYield).
 * - Per topic: the tables of all counted meetings with the same name (as typed, case and spaces
 *   aside) count together. A table whose name holds a municipality, person or place counts with
 *   the "other tables": the name cannot be edited once the meeting is held, and a harvest names nobody.
 * - The small-group rule of the harvest counts: a topic whose tables held people of fewer than
 *   MIN_GROUP_ORGANISATIONS organisations is hidden (a person without an organisation counts as
 *   one), and so, while the hidden ones together stay below that, the smallest shown ones
 *   (hiddenGroups). Below that number overall, only the number of meetings is shown.
 * - No text: a card is a note of one person at a table of a handful, with no release step of its
 *   own; its words reach readers through the meeting's report, which the coordinator wrote from
 *   them, anonymised and decided word by word. Participants are counted, never named: a person at
 *   two meetings counts once.
 */

/** The columns of the section: the three questions, then the recommendations. */
export const MEETING_YIELD_KINDS = [...MEETING_QUESTION_KINDS, 'RECOMMENDATION'] as const satisfies readonly FindingKind[];

/** A table of a counted meeting. */
export interface MeetingTableFacts {
  id: string;
  name: string;
}

/** Someone at a counted meeting: seated (or registered without a table, tableId null), table host or card author. */
export interface MeetingParticipant {
  tableId: string | null;
  /** Any key of the person, only compared. */
  person: string;
  /** Their organisation in the network, or the person's own key when they belong to none. */
  unit: string;
}

/** How many cards of a table, not merged, were marked for one question, as recommendation or yield. */
export interface MeetingYieldCount {
  tableId: string;
  kind: MeetingQuestionKind;
  recommendation: boolean;
  count: number;
}

export interface HarvestMeetingFacts {
  meetings: number;
  tables: readonly MeetingTableFacts[];
  participants: readonly MeetingParticipant[];
  yields: readonly MeetingYieldCount[];
}

export type HarvestMeetingsState = 'NONE' | 'SUPPRESSED' | 'SHOWN';

export interface HarvestMeetingTopic {
  /** The table name as most spelled; null for the other tables (their names hold a name). */
  topic: string | null;
  tables: number;
  /** Null where hidden. */
  participants: number | null;
  /** One cell per kind, in MEETING_YIELD_KINDS order; counts null where hidden. */
  cells: { kind: FindingKind; count: number | null }[];
  total: number | null;
  suppressed: CountSuppression | null;
}

export interface HarvestMeetings {
  state: HarvestMeetingsState;
  /** The number of meetings counted; shown in every state (it points at nobody). */
  meetings: number;
  /** Null unless SHOWN. */
  tables: number | null;
  participants: number | null;
  /** Per kind over all tables; empty unless SHOWN. */
  cells: KindCount[];
  total: number | null;
  topics: HarvestMeetingTopic[];
}

export const harvestMeetingsMessages: Readonly<Record<HarvestMeetingsState, Bilingual>> = {
  NONE: {
    nl: 'Er telt (nog) geen werkbijeenkomst mee: alleen bijeenkomsten met een gepubliceerd verslag tellen.',
    en: 'No work meeting counts (yet): only meetings with a published report count.',
  },
  SUPPRESSED: {
    nl: `Niet getoond: de deelnemers kwamen van minder dan ${MIN_GROUP_ORGANISATIONS} organisaties, dus de aantallen zouden naar een gemeente of persoon wijzen.`,
    en: `Not shown: the participants came from fewer than ${MIN_GROUP_ORGANISATIONS} organisations, so the numbers would point at a municipality or a person.`,
  },
  SHOWN: {
    nl: 'De opbrengsten en aanbevelingen die de tafelvoorzitters markeerden, geteld per vraag en per thematafel.',
    en: 'The yields and recommendations the table hosts marked, counted per question and per theme table.',
  },
};

/** Why a topic is hidden: its tables' people came from too few organisations. */
export const fewOrganisationsSuppression = (): CountSuppression => ({
  code: 'SMALL_GROUP',
  text: {
    nl: `Niet getoond: aan deze tafels zaten deelnemers van minder dan ${MIN_GROUP_ORGANISATIONS} organisaties, dus het getal zou naar een gemeente of persoon wijzen.`,
    en: `Not shown: the people at these tables came from fewer than ${MIN_GROUP_ORGANISATIONS} organisations, so the number would point at a municipality or a person.`,
  },
});

/** The label of the tables whose names hold a name, counted together. */
export const otherTablesLabel: Bilingual = { nl: 'Overige tafels', en: 'Other tables' };

const OTHER = '\u0000other';

interface Topic {
  key: string;
  spellings: Map<string, number>;
  tables: Set<string>;
  people: Set<string>;
  units: Set<string>;
  byKind: Map<FindingKind, number>;
}

/** The section's figures from the counted meetings' facts; `names` decides which table names name someone. */
export function harvestMeetings(facts: HarvestMeetingFacts, names: AnonymisationNames): HarvestMeetings {
  const allUnits = new Set(facts.participants.map((p) => p.unit));
  if (facts.meetings === 0) return { ...empty('NONE'), meetings: 0 };
  if (allUnits.size < MIN_GROUP_ORGANISATIONS) return { ...empty('SUPPRESSED'), meetings: facts.meetings };

  const topicOfTable = new Map<string, Topic>();
  const topics = new Map<string, Topic>();
  for (const table of facts.tables) {
    const named = findRemainingNames(table.name, names).length > 0;
    const key = named ? OTHER : groupingKey(table.name);
    let topic = topics.get(key);
    if (!topic) {
      topic = { key, spellings: new Map(), tables: new Set(), people: new Set(), units: new Set(), byKind: new Map() };
      topics.set(key, topic);
    }
    const spelling = tidy(table.name);
    topic.spellings.set(spelling, (topic.spellings.get(spelling) ?? 0) + 1);
    topic.tables.add(table.id);
    topicOfTable.set(table.id, topic);
  }
  for (const p of facts.participants) {
    const topic = p.tableId === null ? undefined : topicOfTable.get(p.tableId);
    topic?.people.add(p.person);
    topic?.units.add(p.unit);
  }
  const byKind = new Map<FindingKind, number>();
  for (const y of facts.yields) {
    const topic = topicOfTable.get(y.tableId);
    if (!topic || y.count <= 0) continue;
    const kind: FindingKind = y.recommendation ? 'RECOMMENDATION' : y.kind;
    topic.byKind.set(kind, (topic.byKind.get(kind) ?? 0) + y.count);
    byKind.set(kind, (byKind.get(kind) ?? 0) + y.count);
  }

  const ordered = [...topics.values()].sort((a, b) => (a.key === OTHER ? 1 : b.key === OTHER ? -1 : compareDutch(label(a)!, label(b)!)));
  const hidden = hiddenGroups(ordered.map((t) => ({ key: t.key, organisations: t.units })));
  const rows = ordered.map((t): HarvestMeetingTopic => {
    const total = sum(t.byKind);
    // Yields whose people are all gone (erased) point at nobody known, yet are hidden as a small group.
    const code = hidden.get(t.key) ?? (t.units.size === 0 && total > 0 ? 'SMALL_GROUP' : undefined);
    const base = { topic: label(t), tables: t.tables.size };
    if (code)
      return {
        ...base,
        participants: null,
        cells: MEETING_YIELD_KINDS.map((kind) => ({ kind, count: null })),
        total: null,
        suppressed: code === 'SMALL_GROUP' ? fewOrganisationsSuppression() : suppression(code),
      };
    return { ...base, participants: t.people.size, cells: cellsOf(t.byKind), total, suppressed: null };
  });
  return {
    state: 'SHOWN',
    meetings: facts.meetings,
    tables: facts.tables.length,
    participants: new Set(facts.participants.map((p) => p.person)).size,
    cells: cellsOf(byKind),
    total: sum(byKind),
    topics: rows,
  };
}

function empty(state: HarvestMeetingsState): Omit<HarvestMeetings, 'meetings'> {
  return { state, tables: null, participants: null, cells: [], total: null, topics: [] };
}

function label(topic: Topic): string | null {
  return topic.key === OTHER ? null : mostCommonSpelling(topic.spellings);
}

function cellsOf(byKind: ReadonlyMap<FindingKind, number>): KindCount[] {
  return MEETING_YIELD_KINDS.map((kind) => ({ kind, count: byKind.get(kind) ?? 0 }));
}

function sum(byKind: ReadonlyMap<FindingKind, number>): number {
  let total = 0;
  for (const n of byKind.values()) total += n;
  return total;
}
