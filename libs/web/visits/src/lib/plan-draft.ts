import { WALL_TIME, dutchWallClock } from '@kijkje/domain';
import { checkDrafts, sortDrafts, toDraft, toInput, type AgendaDraft, type VisitClock } from './agenda';

/** What the plan step edits: the date and times, the place and the programme of the day. */
export interface PlanDraft {
  startsOn: string;
  /** "HH:MM", Dutch time; an end before the start is the next day. */
  startTime: string;
  endTime: string;
  location: string;
  items: AgendaDraft[];
}

interface PlanSource {
  startsOn?: string | null;
  startsAt?: string | null;
  endsAt?: string | null;
  location: string;
  agenda?: readonly { startTime: string; endTime: string; topic: string; partners: readonly string[] }[] | null;
}

let itemCount = 0;

/** A key for an agenda item that no other item on this screen has had. */
export function newItemKey(): string {
  itemCount += 1;
  return `item-${itemCount}`;
}

export function planFromVisit(visit: PlanSource): PlanDraft {
  return {
    startsOn: visit.startsOn ?? '',
    startTime: visit.startsAt ? dutchWallClock(new Date(visit.startsAt)).time : '',
    endTime: visit.endsAt ? dutchWallClock(new Date(visit.endsAt)).time : '',
    location: visit.location,
    items: (visit.agenda ?? []).map((item) => toDraft(item, newItemKey())),
  };
}

/**
 * The plan as it is sent: the agenda in the server's order (by start time), while the screen
 * keeps the host's order. `order` says which item each index of the server's messages is about.
 * Items in `leaveOut` (not complete yet) wait here until they are. An empty place is left out:
 * the server takes that as no place (it refuses an empty text).
 */
export function planToSend(plan: PlanDraft, leaveOut: ReadonlySet<string> = new Set()) {
  const order = sortDrafts(
    plan.items.filter((item) => !leaveOut.has(item.key)),
    visitClock(plan),
  );
  return {
    order,
    input: {
      startsOn: plan.startsOn || null,
      startTime: plan.startTime || null,
      endTime: plan.endTime || null,
      location: plan.location.trim() || undefined,
      agenda: order.map(toInput),
    },
  };
}

/** The visit's start and end when both are valid times: the agenda is ordered and checked against them. */
export function visitClock(plan: Pick<PlanDraft, 'startTime' | 'endTime'>): VisitClock {
  return WALL_TIME.test(plan.startTime) && WALL_TIME.test(plan.endTime) ? { startTime: plan.startTime, endTime: plan.endTime } : null;
}

/** A path of the server ("agenda.1.topic") as this screen names it ("item-4.topic"). */
export function localPath(path: string, order: readonly AgendaDraft[]): string {
  const match = /^agenda\.(\d+)\.(\w+)$/.exec(path);
  if (!match) return path;
  const item = order[Number(match[1])];
  return item ? `${item.key}.${match[2]}` : path;
}

/** What the browser finds before sending, by local path → translation key. */
export function planChecks(plan: PlanDraft): Record<string, string> {
  const order = sortDrafts(plan.items, visitClock(plan));
  return Object.fromEntries(Object.entries(checkDrafts(order, visitClock(plan))).map(([path, key]) => [localPath(path, order), key]));
}

/** The keys of the items that cannot be sent yet. */
export function incompleteItems(checks: Record<string, string>): Set<string> {
  return new Set(Object.keys(checks).map((path) => path.split('.')[0]));
}

/** Filled in: a date with its times, a place and at least one item on the programme. */
export function planFilled(plan: PlanDraft): boolean {
  return plan.startsOn !== '' && visitClock(plan) !== null && plan.location.trim() !== '' && plan.items.length > 0;
}
