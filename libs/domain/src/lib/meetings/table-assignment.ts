/**
 * Theme tables (thematafels): a registered participant may choose a table with room; those
 * without a choice are assigned so that the tables fill evenly (fewest occupants first, ties by the
 * table's order), never beyond a table's capacity. Someone may have a preferred table (at a track
 * session's meeting: the table named after their feedback group, see tableOfGroup): they are seated
 * there first, while it has room; whoever is left over is seated evenly.
 */
export interface MeetingTableSeats {
  id: string;
  capacity: number;
  /** Participants already at the table (chosen or assigned before). */
  occupied: number;
}

/** Whether one more person fits at the table. */
export function tableHasRoom(table: MeetingTableSeats): boolean {
  return table.occupied < table.capacity;
}

/**
 * Seats for the participants without a table, in the given order (the caller passes them by
 * registration time). First everyone with a preferred table (participant id → table id in
 * `preferred`) sits there while it has room, in that order; then the rest (and those whose table
 * was full) fill the tables evenly. Returns participant id → table id; participants for whom no
 * table has room are left out. Deterministic: same input, same seats.
 */
export function assignTables(
  participantIds: readonly string[],
  tables: readonly MeetingTableSeats[],
  preferred: ReadonlyMap<string, string> = new Map(),
): Map<string, string> {
  const seats = tables.map((t, order) => ({ id: t.id, capacity: Math.max(0, Math.floor(t.capacity)), occupied: t.occupied, order }));
  const byId = new Map(seats.map((s) => [s.id, s]));
  const result = new Map<string, string>();
  for (const participant of participantIds) {
    const seat = byId.get(preferred.get(participant) ?? '');
    if (!seat || seat.occupied >= seat.capacity || result.has(participant)) continue;
    seat.occupied += 1;
    result.set(participant, seat.id);
  }
  for (const participant of participantIds) {
    if (result.has(participant)) continue;
    let best: (typeof seats)[number] | null = null;
    for (const seat of seats) {
      if (seat.occupied >= seat.capacity) continue;
      if (best === null || seat.occupied < best.occupied) best = seat;
    }
    if (best === null) break;
    best.occupied += 1;
    result.set(participant, best.id);
  }
  return result;
}

/** A name as tables and feedback groups are compared: without case or whitespace ("Groep  Noord" is "groepnoord"). */
function seatingKey(name: string): string {
  return name.replace(/\s+/gu, '').toLocaleLowerCase('nl');
}

/**
 * The table named after a feedback group (case and whitespace do not count), the first in the
 * tables' order when several are; null without a group or without such a table.
 */
export function tableOfGroup(group: string | null, tables: readonly { id: string; name: string }[]): string | null {
  const key = seatingKey(group ?? '');
  if (key === '') return null;
  return tables.find((t) => seatingKey(t.name) === key)?.id ?? null;
}

/**
 * Whether a table's capacity may be set to `capacity`: never below the people already seated there
 * (they keep their seats; the organiser moves someone first).
 */
export function tableCapacityAllows(capacity: number, occupied: number): boolean {
  return Math.floor(capacity) >= occupied;
}
