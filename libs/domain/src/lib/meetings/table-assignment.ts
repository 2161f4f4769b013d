/**
 * Theme tables (thematafels): a registered participant may choose a table with room; those
 * without a choice are assigned so that the tables fill evenly (fewest occupants first, ties by the
 * table's order), never beyond a table's capacity.
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
 * registration time). Returns participant id → table id; participants for whom no table has room
 * are left out. Deterministic: same input, same seats.
 */
export function assignTables(participantIds: readonly string[], tables: readonly MeetingTableSeats[]): Map<string, string> {
  const seats = tables.map((t, order) => ({ id: t.id, capacity: Math.max(0, Math.floor(t.capacity)), occupied: t.occupied, order }));
  const result = new Map<string, string>();
  for (const participant of participantIds) {
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

/**
 * Whether a table's capacity may be set to `capacity`: never below the people already seated there
 * (they keep their seats; the organiser moves someone first).
 */
export function tableCapacityAllows(capacity: number, occupied: number): boolean {
  return Math.floor(capacity) >= occupied;
}
