import { HARVEST_VISIBILITIES, MEETING_REPORT_TEXT_MAX, TABLE_CAPACITY_MAX } from '@kijkje/domain';
import { isUuid, type MutationSpec } from '../bad-input';
import type { MeetingsWorld } from './meetings-world';

/** The report, a table's host and the series (issue 17). */
export function meetingReportMutations(w: MeetingsWorld): MutationSpec[] {
  const versionIn = (table: 'meeting' | 'meeting_table' | 'meeting_report', key: string) => async (input: Record<string, unknown>) => {
    if (!isUuid(input[key])) return 1;
    const column = table === 'meeting_report' ? 'meeting_id' : 'id';
    const [row] = await w.probe.query<{ version: number }>(`SELECT version FROM ${table} WHERE ${column} = $1`, [input[key]]);
    return row?.version ?? 1;
  };
  const report = `{ meetingId version serving }`;
  const held = { name: 'meetingId', kind: 'uuid', required: true, real: () => [w.heldMeetingId] } as const;
  const reportVersion = { name: 'version', kind: 'version', required: true, live: versionIn('meeting_report', 'meetingId') } as const;
  return [
    {
      name: 'updateMeetingTable',
      doc: `mutation($input: UpdateMeetingTableInput!) { updateMeetingTable(input: $input) { id version } }`,
      arg: 'input',
      actor: 'coordinator',
      fields: [
        { name: 'tableId', kind: 'uuid', required: true, real: () => [w.tableId] },
        { name: 'version', kind: 'version', required: true, live: versionIn('meeting_table', 'tableId') },
        { name: 'name', kind: 'text', required: true, max: 120 },
        { name: 'hostUserId', kind: 'uuid', required: false, real: () => [w.host.id, w.participant.id] },
        { name: 'capacity', kind: 'int', required: true, min: 1, max: TABLE_CAPACITY_MAX },
      ],
      base: () => ({ tableId: w.tableId, version: 1, name: 'Wmo & Jeugd', hostUserId: w.host.id, capacity: 20 }),
    },
    {
      name: 'setNextMeeting',
      doc: `mutation($input: SetNextMeetingInput!) { setNextMeeting(input: $input) { id version } }`,
      arg: 'input',
      actor: 'coordinator',
      fields: [
        { name: 'meetingId', kind: 'uuid', required: true, real: () => [w.heldMeetingId, w.meetingId] },
        { name: 'version', kind: 'version', required: true, live: versionIn('meeting', 'meetingId') },
        { name: 'nextMeetingId', kind: 'uuid', required: false, real: () => [w.nextMeetingId, w.meetingId] },
      ],
      base: () => ({ meetingId: w.heldMeetingId, version: 99, nextMeetingId: w.nextMeetingId }),
    },
    {
      name: 'startMeetingReport',
      doc: `mutation($meetingId: ID!) { startMeetingReport(meetingId: $meetingId) ${report} }`,
      arg: 'meetingId',
      actor: 'coordinator',
      fields: [{ ...held, real: () => [w.heldMeetingId, w.meetingId] }],
      base: () => ({ meetingId: w.heldMeetingId }),
    },
    {
      name: 'updateMeetingReport',
      doc: `mutation($input: UpdateMeetingReportInput!) { updateMeetingReport(input: $input) ${report} }`,
      arg: 'input',
      actor: 'coordinator',
      fields: [
        held,
        reportVersion,
        { name: 'text', kind: 'markdown', required: false, max: MEETING_REPORT_TEXT_MAX },
        { name: 'visibility', kind: 'enum', values: HARVEST_VISIBILITIES, required: false },
      ],
      base: () => ({ meetingId: w.heldMeetingId, version: 1, text: '## Wmo\n\nKorte lijnen.', visibility: 'NETWORK' }),
    },
    {
      name: 'decideMeetingReportWord',
      doc: `mutation($input: DecideMeetingReportWordInput!) { decideMeetingReportWord(input: $input) ${report} }`,
      arg: 'input',
      actor: 'coordinator',
      fields: [
        held,
        reportVersion,
        { name: 'word', kind: 'text', required: true, max: 100 },
        { name: 'decision', kind: 'enum', values: ['KEEP', 'REPLACE'], required: true },
        { name: 'replacement', kind: 'enum', values: ['PERSON', 'PLACE'], required: false },
      ],
      base: () => ({ meetingId: w.heldMeetingId, version: 1, word: 'Pietersen', decision: 'REPLACE', replacement: 'PERSON' }),
    },
    {
      name: 'publishMeetingReport',
      doc: `mutation($input: PublishMeetingReportInput!) { publishMeetingReport(input: $input) ${report} }`,
      arg: 'input',
      actor: 'coordinator',
      fields: [held, reportVersion],
      base: () => ({ meetingId: w.heldMeetingId, version: 99 }),
    },
    {
      name: 'withdrawMeetingReport',
      doc: `mutation($input: WithdrawMeetingReportInput!) { withdrawMeetingReport(input: $input) ${report} }`,
      arg: 'input',
      actor: 'coordinator',
      fields: [
        { name: 'meetingId', kind: 'uuid', required: true, real: () => [w.publishedMeetingId] },
        { name: 'number', kind: 'version', required: true },
        { name: 'reason', kind: 'text', required: true, max: 1000 },
      ],
      base: () => ({ meetingId: w.publishedMeetingId, number: 1, reason: 'Er stond nog een naam in.' }),
    },
  ];
}
