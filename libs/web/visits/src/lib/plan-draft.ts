import { checkDrafts, sortDrafts, toDraft, toInput, type AgendaDraft } from './agenda';

/** What the plan step edits: the date, the place and the programme of the day. */
export interface PlanDraft {
  startsOn: string;
  location: string;
  items: AgendaDraft[];
}

interface PlanSource {
  startsOn?: string | null;
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
  const order = sortDrafts(plan.items.filter((item) => !leaveOut.has(item.key)));
  return { order, input: { startsOn: plan.startsOn || null, location: plan.location.trim() || undefined, agenda: order.map(toInput) } };
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
  const order = sortDrafts(plan.items);
  return Object.fromEntries(Object.entries(checkDrafts(order)).map(([path, key]) => [localPath(path, order), key]));
}

/** The keys of the items that cannot be sent yet. */
export function incompleteItems(checks: Record<string, string>): Set<string> {
  return new Set(Object.keys(checks).map((path) => path.split('.')[0]));
}

/** Filled in: a date, a place and at least one item on the programme. */
export function planFilled(plan: PlanDraft): boolean {
  return plan.startsOn !== '' && plan.location.trim() !== '' && plan.items.length > 0;
}
