import { Injectable } from '@nestjs/common';
import { AccessService, badUserInput, type RequestContext } from '@kijkje/api/core';
import { assignTables, byRegistration, tableHasRoom, tableOfGroup, tablesWorking } from '@kijkje/domain';
import * as q from '../meetings.queries';
import { feedbackGroupsOf } from '../track-sessions/track-session-meetings.queries';
import { MeetingsService, NOT_ORGANISER } from '../meetings.service';
import type { ChooseMeetingTableInput } from '../meetings.types';

/**
 * Who sits at which theme table: a registered participant chooses a table with room, and the
 * organisers seat everyone without one, evenly (assignTables in libs/domain). At a track session's
 * meeting the registered participants are the track's cohort, and whoever is in a feedback group
 * sits at the table named after it first, while it has room (tableOfGroup).
 */
@Injectable()
export class MeetingSeatingService {
  constructor(
    private readonly access: AccessService,
    private readonly meetings: MeetingsService,
  ) {}

  async chooseTable(ctx: RequestContext, input: ChooseMeetingTableInput): Promise<string> {
    const s = await this.meetings.standing(ctx, input.meetingId, true);
    const table = await q.tableById(ctx.em, s.meeting.networkId, input.tableId);
    if (!table || table.meetingId !== s.meeting.id) return this.access.notVisible(ctx, 'meetingTable', input.tableId);
    if (s.mine?.status !== 'REGISTERED' || !(s.meeting.status === 'OPEN' || tablesWorking(s.meeting.status)))
      return this.access.notAllowed(ctx, 'meeting', s.meeting.id, {
        nl: 'Kies een tafel nadat u bent aangemeld.',
        en: 'Choose a table once you are registered.',
      });
    if (s.mine.tableId !== table.id && !tableHasRoom(table))
      throw badUserInput([
        { field: 'tableId', messages: { nl: 'Deze tafel is vol. Kies een andere tafel.', en: 'This table is full. Choose another table.' } },
      ]);
    await q.setRegistration(ctx.em, s.meeting.networkId, [s.mine.id], { tableId: table.id });
    await this.meetings.record(ctx, s.meeting.networkId, 'meeting.table_chosen', s.meeting.id, { tableId: table.id });
    return s.meeting.id;
  }

  async assign(ctx: RequestContext, meetingId: string): Promise<string> {
    const s = await this.meetings.standing(ctx, meetingId, true);
    if (!s.rights.assignTables) return this.access.notAllowed(ctx, 'meeting', meetingId, NOT_ORGANISER);
    const tables = await q.tablesOf(ctx.em, s.meeting.networkId, meetingId);
    const waiting = s.registrations.filter((r) => r.status === 'REGISTERED' && !r.tableId).sort(byRegistration);
    const seats = assignTables(
      waiting.map((r) => r.id),
      tables,
      await this.groupTables(ctx, s.meeting, waiting, tables),
    );
    for (const table of tables) {
      const ids = [...seats].filter(([, t]) => t === table.id).map(([r]) => r);
      await q.setRegistration(ctx.em, s.meeting.networkId, ids, { tableId: table.id });
    }
    await this.meetings.record(ctx, s.meeting.networkId, 'meeting.tables_assigned', meetingId, { seated: seats.size, unseated: waiting.length - seats.size });
    return meetingId;
  }

  /** At a track session's meeting: registration → the table named after the person's feedback group. None at the network's meetings. */
  private async groupTables(ctx: RequestContext, meeting: q.MeetingRow, waiting: q.RegistrationRow[], tables: q.TableRow[]): Promise<Map<string, string>> {
    if (!meeting.trackId) return new Map();
    const groups = await feedbackGroupsOf(ctx.em, meeting.networkId, meeting.trackId);
    const preferred = new Map<string, string>();
    for (const r of waiting) {
      const table = tableOfGroup(groups.get(r.userId) ?? null, tables);
      if (table) preferred.set(r.id, table);
    }
    return preferred;
  }
}
