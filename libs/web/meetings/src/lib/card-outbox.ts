import { MEETING_QUESTION_KINDS, type MeetingQuestionKind } from '@kijkje/domain';
import { isOutboxItem, OUTBOX_PREFIX, type OutboxItem, type OutboxPlace } from '@kijkje/web/ui';

/**
 * A card typed at a theme table while the phone had no connection: kept in the browser's outbox
 * (the one the findings board uses, REL-08) until the server has it, also across a reload.
 */
export interface CardEntry extends OutboxItem {
  tableId: string;
  kind: MeetingQuestionKind;
  text: string;
}

/** One outbox per person and table: a shared phone never posts one person's card as another's. */
export function cardOutboxKey(userId: string, tableId: string): string {
  return `${OUTBOX_PREFIX}.${userId}.tafel.${tableId}`;
}

function isCardEntry(value: unknown): value is CardEntry {
  if (!isOutboxItem(value)) return false;
  const entry = value as Partial<CardEntry>;
  return typeof entry.tableId === 'string' && typeof entry.text === 'string' && MEETING_QUESTION_KINDS.includes(entry.kind as MeetingQuestionKind);
}

export function cardOutbox(userId: string, tableId: string): OutboxPlace<CardEntry> {
  return { key: cardOutboxKey(userId, tableId), isEntry: isCardEntry };
}
