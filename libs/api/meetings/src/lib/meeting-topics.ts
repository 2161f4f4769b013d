/** The live topic of one theme table: its cards, for those at the table. */
export const tableTopic = (tableId: string) => `meeting-table:${tableId}`;
/** The live topic of a meeting's plenary view: its tables' yields only. */
export const plenaryTopic = (meetingId: string) => `meeting-plenary:${meetingId}`;
