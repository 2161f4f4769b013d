import type { Bilingual } from '../messages';
import { defaultFramework } from '../programmes/programme-lifecycle';
import type { FindingKind } from '../visits/finding-policy';
import type { TableReadLevel } from './meeting-policy';

/**
 * The three questions every theme table answers: the theme questions of the preparation
 * framework, stored with the finding kinds they belong to (so yields can join a harvest).
 */
export const MEETING_QUESTION_KINDS = ['STRENGTH', 'CONCERN', 'OWN_RESPONSIBILITY'] as const satisfies readonly FindingKind[];
export type MeetingQuestionKind = (typeof MEETING_QUESTION_KINDS)[number];

const FRAMEWORK_KEY: Readonly<Record<MeetingQuestionKind, string>> = {
  STRENGTH: 'WHAT_GOES_WELL',
  CONCERN: 'WHAT_WORRIES_YOU',
  OWN_RESPONSIBILITY: 'OWN_RESPONSIBILITY',
};

/** The question texts, taken from the framework's theme questions. */
export const meetingQuestions: Readonly<Record<MeetingQuestionKind, Bilingual>> = (() => {
  const questions = defaultFramework(['tafel']).themes[0].questions;
  const byKey = new Map(questions.map((q) => [q.key, q.question]));
  return Object.fromEntries(MEETING_QUESTION_KINDS.map((kind) => [kind, byKey.get(FRAMEWORK_KEY[kind]) as Bilingual])) as Record<
    MeetingQuestionKind,
    Bilingual
  >;
})();

export function isMeetingQuestionKind(value: unknown): value is MeetingQuestionKind {
  return typeof value === 'string' && (MEETING_QUESTION_KINDS as readonly string[]).includes(value);
}

/** Cards are short: a thought on a sticky note, readable on a beamer. */
export const CARD_TEXT_MAX = 280;
export const CLUSTER_LABEL_MAX = 60;

export type CardTextViolation = 'EMPTY' | 'TOO_LONG';

/** The card text as stored (trimmed), or why it cannot be. Length counts characters, not UTF-16 units. */
export function checkCardText(text: string): { text: string } | { violation: CardTextViolation } {
  const trimmed = text.trim();
  if (trimmed === '') return { violation: 'EMPTY' };
  if ([...trimmed].length > CARD_TEXT_MAX) return { violation: 'TOO_LONG' };
  return { text: trimmed };
}

export const cardTextMessages: Readonly<Record<CardTextViolation, Bilingual>> = {
  EMPTY: { nl: 'Schrijf iets op het kaartje.', en: 'Write something on the card.' },
  TOO_LONG: {
    nl: `Een kaartje is kort: hoogstens ${CARD_TEXT_MAX} tekens.`,
    en: `A card is short: at most ${CARD_TEXT_MAX} characters.`,
  },
};

export interface MeetingCard {
  id: string;
  tableId: string;
  kind: MeetingQuestionKind;
  text: string;
  authorId: string;
  authorName: string;
  cluster: string | null;
  mergedIntoId: string | null;
  isYield: boolean;
  isRecommendation: boolean;
  createdAt: Date;
}

/** What a reader gets of a card: the author only at the card's own table. */
export type MeetingCardView = Omit<MeetingCard, 'authorId' | 'authorName'> & { authorName: string | null; mine: boolean };

/** A yield is a card the table host marked as yield or recommendation, and that was not merged into another. */
export function isTableYield(card: Pick<MeetingCard, 'isYield' | 'isRecommendation' | 'mergedIntoId'>): boolean {
  return card.mergedIntoId === null && (card.isYield || card.isRecommendation);
}

/**
 * The cards a reader may see at the given level, in posting order: all cards with authors for the
 * own table (`full`), only yields without authors for everybody else (`yields`).
 */
export function cardsFor(cards: readonly MeetingCard[], level: TableReadLevel, viewerId: string): MeetingCardView[] {
  return [...cards]
    .filter((c) => level === 'full' || isTableYield(c))
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1))
    .map(({ authorId, authorName, ...rest }) => ({
      ...rest,
      authorName: level === 'full' ? authorName : null,
      mine: level === 'full' && authorId === viewerId,
    }));
}

export type MergeViolation = 'SAME_CARD' | 'OTHER_TABLE' | 'ALREADY_MERGED';

/**
 * Merging duplicates: `source` is folded into `target` (it stays, hidden under the target). The
 * target must be a card of the same table that is not itself merged; the source may not be merged
 * already. Cards merged into the source follow it to the target (no chains).
 * Returns the ids to point at the target, or why not.
 */
export function planMerge(
  cards: readonly Pick<MeetingCard, 'id' | 'tableId' | 'mergedIntoId'>[],
  sourceId: string,
  targetId: string,
): { move: string[] } | { violation: MergeViolation } {
  if (sourceId === targetId) return { violation: 'SAME_CARD' };
  const source = cards.find((c) => c.id === sourceId);
  const target = cards.find((c) => c.id === targetId);
  if (!source || !target || source.tableId !== target.tableId) return { violation: 'OTHER_TABLE' };
  if (source.mergedIntoId !== null || target.mergedIntoId !== null) return { violation: 'ALREADY_MERGED' };
  return { move: [sourceId, ...cards.filter((c) => c.mergedIntoId === sourceId).map((c) => c.id)] };
}

export const mergeMessages: Readonly<Record<MergeViolation, Bilingual>> = {
  SAME_CARD: { nl: 'Een kaartje kan niet met zichzelf worden samengevoegd.', en: 'A card cannot be merged with itself.' },
  OTHER_TABLE: { nl: 'Alleen kaartjes van dezelfde tafel kunnen worden samengevoegd.', en: 'Only cards of the same table can be merged.' },
  ALREADY_MERGED: { nl: 'Dit kaartje is al samengevoegd.', en: 'This card has already been merged.' },
};

export const clusterLabelTooLong: Bilingual = {
  nl: `Een clusternaam heeft hoogstens ${CLUSTER_LABEL_MAX} tekens.`,
  en: `A cluster name has at most ${CLUSTER_LABEL_MAX} characters.`,
};

/** A cluster label as stored: trimmed, empty means no cluster; null when too long. */
export function clusterLabel(label: string | null): { cluster: string | null } | { violation: 'TOO_LONG' } {
  const trimmed = (label ?? '').trim();
  if (trimmed === '') return { cluster: null };
  if ([...trimmed].length > CLUSTER_LABEL_MAX) return { violation: 'TOO_LONG' };
  return { cluster: trimmed };
}

export interface PlenaryTable {
  tableId: string;
  yields: MeetingCardView[];
}

/** The plenary (beamer) view: per table, in the tables' order, its yields only, never an author. */
export function plenaryView(tableIds: readonly string[], cards: readonly MeetingCard[]): PlenaryTable[] {
  return tableIds.map((tableId) => ({
    tableId,
    yields: cardsFor(
      cards.filter((c) => c.tableId === tableId),
      'yields',
      '',
    ),
  }));
}
