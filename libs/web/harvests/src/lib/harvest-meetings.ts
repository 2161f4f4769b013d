import { MEETING_YIELD_KINDS } from '@kijkje/domain';
import type { HarvestMeetingsFieldsFragment } from '@kijkje/web/data-access';

/** The columns of the work meetings' table: the three questions, then the recommendations (as libs/domain counts them). */
export const MEETING_COLUMNS = MEETING_YIELD_KINDS;

export interface MeetingTableRow {
  key: string;
  /** The topic; null for the other tables (their names held a name), 'total' for the row of totals. */
  topic: string | null | { total: true };
  tables: number | null;
  participants: number | null;
  /** One per MEETING_COLUMNS; null where hidden. */
  values: (number | null)[];
  total: number | null;
  suppressed: { nl: string; en: string } | null;
}

const valuesOf = (cells: readonly { kind: string; count?: number | null }[], hidden: boolean) =>
  MEETING_COLUMNS.map((kind) => (hidden ? null : (cells.find((c) => c.kind === kind)?.count ?? 0)));

/** The rows of the table: one per topic as the API gives them, then the totals; empty unless the figures are shown. */
export function meetingRows(meetings: HarvestMeetingsFieldsFragment): MeetingTableRow[] {
  if (meetings.state !== 'SHOWN') return [];
  return [
    ...meetings.topics.map((t, i) => ({
      key: t.topic ?? `other-${i}`,
      topic: t.topic ?? null,
      tables: t.tables,
      participants: t.participants ?? null,
      values: valuesOf(t.cells, t.total === null || t.total === undefined),
      total: t.total ?? null,
      suppressed: t.suppressed ?? null,
    })),
    {
      key: 'total',
      topic: { total: true },
      tables: meetings.tables ?? null,
      participants: meetings.participants ?? null,
      values: valuesOf(meetings.cells, false),
      total: meetings.total ?? null,
      suppressed: null,
    },
  ];
}

/** The chosen meetings after ticking one on or off, in the order they were ticked. */
export function toggleMeeting(chosen: readonly string[], id: string, on: boolean): string[] {
  const without = chosen.filter((c) => c !== id);
  return on ? [...without, id] : without;
}
