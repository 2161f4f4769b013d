import { Injectable } from '@nestjs/common';
import { LIVE_RECHECK, badUserInput, conflict, type RequestContext } from '@kijkje/api/core';
import { mayHostTable, tableCapacityAllows } from '@kijkje/domain';
import { MeetingMails } from '../calendar/meeting-mails';
import * as q from '../meetings.queries';
import { plenaryTopic, tableTopic } from '../meeting-topics';
import { MeetingsService } from '../meetings.service';
import type { AddMeetingTableInput } from '../meetings.types';
import type { UpdateMeetingTableInput } from './meeting-tables.types';
import { hostCandidate, updateTable } from './meeting-tables.queries';

/** A table's host (null: none) and the table's name. */
type HostOf = { userId: string | null; table: string };

const NOT_A_MEMBER = { nl: 'De tafelvoorzitter is geen lid van het netwerk.', en: 'The table host is not a member of the network.' };
const NOT_FACILITATING = {
  nl: 'Deze begeleider begeleidt deze bijeenkomst niet en kan haar niet openen: een begeleider is alleen tafelvoorzitter bij een bijeenkomst die hij of zij begeleidt.',
  en: 'This facilitator does not facilitate this meeting and cannot open it: a facilitator hosts a table only at a meeting they facilitate.',
};

const NOT_OF_TRACK = {
  nl: 'De tafelvoorzitter hoort niet bij deze leergang: een tafel van een sessie heeft een begeleider, een deelnemer of een coördinator als voorzitter.',
  en: 'The table host is not part of this learning track: a session’s table is hosted by a facilitator, a participant or a coordinator.',
};

/**
 * The theme tables of a meeting, for its organisers: add, edit (name, host, seats) and remove.
 * A table whose host changes or that goes away tells its live screens to check again who may
 * still follow it (the former host no longer may, unless seated there), and the rest to reload.
 * The host asked to host a table is told so, naming it, with the meeting for their calendar; one
 * taken off it is told too, with its cancellation unless they still hold the meeting (MeetingMails).
 */
@Injectable()
export class MeetingTablesService {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly mails: MeetingMails,
  ) {}

  /** Tells the hosts of a table that changed hands: `from` taken off it, `to` asked to host it; with the meeting as it now is. */
  private async hostsChanged(ctx: RequestContext, s: { meeting: q.MeetingRow }, change: { from?: HostOf; to?: HostOf }): Promise<void> {
    if (!change.from?.userId && !change.to?.userId) return;
    const meeting = (await q.meetingById(ctx.em, s.meeting.networkId, s.meeting.id))!;
    if (change.from?.userId)
      await this.mails.roleChanged(ctx, meeting, { role: 'TABLE_HOST', kind: 'REMOVED', userId: change.from.userId, tables: [change.from.table] });
    if (change.to?.userId)
      await this.mails.roleChanged(ctx, meeting, { role: 'TABLE_HOST', kind: 'ASSIGNED', userId: change.to.userId, tables: [change.to.table] });
  }

  /** Refuses a host who could not read the meeting (mayHostTable): their invitation would lead to a page they cannot open. */
  private async checkHost(ctx: RequestContext, meeting: q.MeetingRow, hostUserId: string | null): Promise<void> {
    if (!hostUserId) return;
    const candidate = await hostCandidate(ctx.em, meeting.networkId, meeting.id, hostUserId);
    if (mayHostTable(candidate)) return;
    const messages =
      candidate.role === null ? NOT_A_MEMBER : candidate.track ? NOT_OF_TRACK : candidate.role === 'FACILITATOR' ? NOT_FACILITATING : NOT_A_MEMBER;
    throw badUserInput([{ field: 'hostUserId', messages }]);
  }

  async add(ctx: RequestContext, input: AddMeetingTableInput): Promise<string> {
    const s = await this.meetings.organiser(ctx, input.meetingId);
    const hostUserId = input.hostUserId ?? null;
    await this.checkHost(ctx, s.meeting, hostUserId);
    await q.insertTable(ctx.em, s.meeting.networkId, s.meeting.id, { name: input.name.trim(), hostUserId, capacity: input.capacity });
    await q.touchMeeting(ctx.em, s.meeting.networkId, s.meeting.id);
    await this.meetings.record(ctx, s.meeting.networkId, 'meeting.table_added', s.meeting.id, { name: input.name.trim() });
    await this.hostsChanged(ctx, s, { to: { userId: hostUserId, table: input.name.trim() } });
    await this.meetings.publish(ctx, s.meeting.networkId, plenaryTopic(s.meeting.id), 'REFRESH');
    return s.meeting.id;
  }

  async update(ctx: RequestContext, input: UpdateMeetingTableInput): Promise<string> {
    const t = await this.meetings.tableStanding(ctx, input.tableId);
    const s = await this.meetings.organiser(ctx, t.meeting.id);
    const table = (await q.tableById(ctx.em, s.meeting.networkId, input.tableId))!;
    if (table.version !== input.version) throw conflict(table.version);
    const hostUserId = input.hostUserId ?? null;
    await this.checkHost(ctx, s.meeting, hostUserId);
    if (!tableCapacityAllows(input.capacity, table.occupied))
      throw badUserInput([
        {
          field: 'capacity',
          messages: {
            nl: `Er zitten al ${table.occupied} mensen aan deze tafel. Kies minstens ${table.occupied} plaatsen.`,
            en: `${table.occupied} people are seated at this table already. Choose at least ${table.occupied} places.`,
          },
        },
      ]);
    const fields = { name: input.name.trim(), hostUserId, capacity: input.capacity };
    if (!(await updateTable(ctx.em, s.meeting.networkId, table.id, input.version, fields))) throw conflict(table.version);
    await q.touchMeeting(ctx.em, s.meeting.networkId, s.meeting.id);
    await this.meetings.record(ctx, s.meeting.networkId, 'meeting.table_updated', s.meeting.id, {
      tableId: table.id,
      ...(hostUserId !== table.hostUserId ? { hostChanged: true } : {}),
    });
    if (hostUserId !== table.hostUserId)
      await this.hostsChanged(ctx, s, { from: { userId: table.hostUserId, table: table.name }, to: { userId: hostUserId, table: fields.name } });
    const topic = tableTopic(table.id);
    // First who may still follow (a former host may not), then what changed for those who stay.
    if (hostUserId !== table.hostUserId) await this.meetings.publish(ctx, s.meeting.networkId, topic, LIVE_RECHECK);
    await this.meetings.publish(ctx, s.meeting.networkId, topic, 'TABLE');
    await this.meetings.publish(ctx, s.meeting.networkId, plenaryTopic(s.meeting.id), 'REFRESH');
    return s.meeting.id;
  }

  async remove(ctx: RequestContext, tableId: string): Promise<string> {
    const t = await this.meetings.tableStanding(ctx, tableId);
    const s = await this.meetings.organiser(ctx, t.meeting.id);
    await q.deleteTable(ctx.em, s.meeting.networkId, tableId);
    await q.touchMeeting(ctx.em, s.meeting.networkId, s.meeting.id);
    await this.meetings.record(ctx, s.meeting.networkId, 'meeting.table_removed', s.meeting.id, { tableId });
    await this.hostsChanged(ctx, s, { from: { userId: t.table.hostUserId, table: t.table.name } });
    // The table's screens end: nobody may follow a table that is gone.
    await this.meetings.publish(ctx, s.meeting.networkId, tableTopic(tableId), LIVE_RECHECK);
    await this.meetings.publish(ctx, s.meeting.networkId, plenaryTopic(s.meeting.id), 'REFRESH');
    return s.meeting.id;
  }
}
