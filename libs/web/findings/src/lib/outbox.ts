import type { FindingKind } from '@kijkje/web/data-access';
import { isOutboxItem, OUTBOX_PREFIX, type OutboxItem, type OutboxPlace } from '@kijkje/web/ui';

/**
 * A finding typed while the connection is down (REL-08), in the browser's outbox until the server
 * has it (the outbox itself is shared: @kijkje/web/ui).
 */
export interface OutboxEntry extends OutboxItem {
  visitId: string;
  kind: FindingKind;
  theme: string;
  text: string;
  evidence: { source: string; quote: string; indicator: string };
  tags: string[];
  submit: boolean;
}

/** One outbox per person and visit: a shared computer never sends one person's text as another's. */
export function outboxKey(userId: string, visitId: string): string {
  return `${OUTBOX_PREFIX}.${userId}.${visitId}`;
}

function isEntry(value: unknown): value is OutboxEntry {
  if (!isOutboxItem(value)) return false;
  const entry = value as Partial<OutboxEntry>;
  return typeof entry.visitId === 'string' && typeof entry.text === 'string' && typeof entry.theme === 'string';
}

export function findingsOutbox(userId: string, visitId: string): OutboxPlace<OutboxEntry> {
  return { key: outboxKey(userId, visitId), isEntry };
}
