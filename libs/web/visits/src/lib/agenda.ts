import { sortTimedAgenda } from '@kijkje/domain';

/** Conversation partners the host can tick for an agenda item; other names go in free text. */
export const PARTNERS = ['WETHOUDER', 'WIJKTEAM', 'KETENPARTNERS', 'INWONERS', 'RAADSLEDEN', 'MEDEWERKERS', 'MANAGEMENT', 'CONTROL'] as const;

export interface AgendaDraft {
  /** Stable per item on this screen, for React keys and element ids. */
  key: string;
  startTime: string;
  endTime: string;
  topic: string;
  partners: string[];
  /** Other conversation partners, separated by commas. */
  others: string;
}

const KNOWN = new Set<string>(PARTNERS);
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export function toDraft(item: { startTime: string; endTime: string; topic: string; partners: readonly string[] }, key: string): AgendaDraft {
  return {
    key,
    startTime: item.startTime,
    endTime: item.endTime,
    topic: item.topic,
    partners: PARTNERS.filter((p) => item.partners.includes(p)),
    others: item.partners.filter((p) => !KNOWN.has(p)).join(', '),
  };
}

export function toInput(draft: AgendaDraft) {
  const others = draft.others
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  return {
    startTime: draft.startTime,
    endTime: draft.endTime,
    topic: draft.topic.trim(),
    partners: [...draft.partners, ...others.filter((name) => !draft.partners.includes(name))],
  };
}

/** The visit's own start and end ("HH:MM"), when both are filled in. */
export type VisitClock = { startTime: string; endTime: string } | null;

/**
 * The order the server keeps (sortTimedAgenda: by start, then end time; in a visit across
 * midnight the small hours last), so that its messages about "item 2" point at the second item
 * on screen.
 */
export function sortDrafts(drafts: readonly AgendaDraft[], visit: VisitClock = null): AgendaDraft[] {
  return sortTimedAgenda(drafts, visit);
}

export function moveDraft(drafts: readonly AgendaDraft[], index: number, by: -1 | 1): AgendaDraft[] {
  const to = index + by;
  if (to < 0 || to >= drafts.length) return [...drafts];
  const next = [...drafts];
  [next[index], next[to]] = [next[to], next[index]];
  return next;
}

/** What the browser can check before sending: path ("agenda.0.topic") → translation key. */
export function checkDrafts(drafts: readonly AgendaDraft[], visit: VisitClock = null): Record<string, string> {
  const errors: Record<string, string> = {};
  // In a visit across midnight an item may cross it too; the server checks it lies inside the visit.
  const acrossMidnight = visit !== null && visit.endTime < visit.startTime;
  drafts.forEach((draft, index) => {
    if (!TIME.test(draft.startTime)) errors[`agenda.${index}.startTime`] = 'plan.timeInvalid';
    if (!TIME.test(draft.endTime)) errors[`agenda.${index}.endTime`] = 'plan.timeInvalid';
    else if (TIME.test(draft.startTime) && (acrossMidnight ? draft.endTime === draft.startTime : draft.endTime <= draft.startTime))
      errors[`agenda.${index}.endTime`] = 'plan.endBeforeStart';
    if (!draft.topic.trim()) errors[`agenda.${index}.topic`] = 'plan.topicRequired';
  });
  return errors;
}
