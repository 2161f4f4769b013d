import { Injectable } from '@nestjs/common';
import { AuditService, LIVE_RECHECK, type RequestContext } from '@kijkje/api/core';
import { registrationOpen, type AuditAction } from '@kijkje/domain';
import { MeetingMails } from '../calendar/meeting-mails';
import { plenaryTopic, tableTopic } from '../meeting-topics';
import * as q from '../meetings.queries';
import { MeetingsService } from '../meetings.service';
import { releaseHostedTables } from '../tables/meeting-tables.queries';

/** What of one person's part in a meeting ends. */
export interface Departure {
  /** They were taken off as one of its facilitators (the caller removed the assignment). */
  facilitator: boolean;
  /** They no longer host its tables. */
  tables: boolean;
  /** Their registration (a place, or one on the waitlist) to cancel; null: none. */
  registration: q.RegistrationRow | null;
}

/** Who made the change, and why, for the audit. */
export interface DepartureCause {
  actorUserId: string | null;
  data?: Record<string, unknown>;
}

/**
 * A person leaves (part of) a meeting: taken off as its facilitator by the coordinator, or because
 * their standing in the network changed (their role, or their membership ended). The tables they
 * hosted keep their cards and wait for another host; a place they gave up goes to the oldest
 * waiting registration while registration is open. Audited; they are told by mail as when an
 * organiser takes them off, one mail for all of it, with the cancellation once they hold the meeting
 * in no way (MeetingMails); the screens on the meeting and its tables check again who may still follow them.
 */
@Injectable()
export class MeetingDepartures {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly mails: MeetingMails,
    private readonly audit: AuditService,
  ) {}

  async leave(ctx: RequestContext, meeting: q.MeetingRow, userId: string, d: Departure, cause: DepartureCause): Promise<void> {
    const networkId = meeting.networkId;
    const tables = d.tables ? await releaseHostedTables(ctx.em, networkId, meeting.id, userId) : [];
    if (d.registration) await q.setRegistration(ctx.em, networkId, [d.registration.id], { status: 'CANCELLED', tableId: null });
    if (tables.length) await q.touchMeeting(ctx.em, networkId, meeting.id);
    const released = tables.length ? { tables: tables.map((t) => t.id) } : {};
    const record = (action: AuditAction, data: Record<string, unknown>) =>
      this.audit.record(ctx.em, {
        networkId,
        actorUserId: cause.actorUserId,
        action,
        targetType: 'meeting',
        targetId: meeting.id,
        data: { userId, ...data, ...cause.data },
        ip: ctx.ip,
      });
    if (d.facilitator) await record('meeting.facilitator_removed', released);
    else if (tables.length) await record('meeting.table_hosts_released', released);
    if (d.registration) await record('meeting.registration_cancelled', { from: d.registration.status });

    // Told as the meeting now is, in one mail: no longer running it (naming the tables that went with
    // it), or hosting its tables, and the place given up with it; or only the place.
    const now = tables.length ? (await q.meetingById(ctx.em, networkId, meeting.id))! : meeting;
    const names = tables.map((t) => t.name);
    const place = d.registration && d.registration.status !== 'CANCELLED' ? d.registration.status : null;
    if (d.facilitator) await this.mails.roleChanged(ctx, now, { role: 'FACILITATOR', kind: 'REMOVED', userId, tables: names, place });
    else if (tables.length) await this.mails.roleChanged(ctx, now, { role: 'TABLE_HOST', kind: 'REMOVED', userId, tables: names, place });
    else if (d.registration) await this.mails.registrationsChanged(ctx, now, [{ userId, from: d.registration.status, to: 'CANCELLED' }]);
    if (d.registration && registrationOpen(now.status)) await this.meetings.promote(ctx, now);

    // First who may still follow the plenary and the tables they left, then what changed for those who stay.
    await this.meetings.publish(ctx, networkId, plenaryTopic(meeting.id), LIVE_RECHECK);
    const left = [...tables.map((t) => t.id), ...(d.registration?.tableId ? [d.registration.tableId] : [])];
    for (const tableId of new Set(left)) {
      await this.meetings.publish(ctx, networkId, tableTopic(tableId), LIVE_RECHECK);
      await this.meetings.publish(ctx, networkId, tableTopic(tableId), 'TABLE');
    }
    if (tables.length || d.registration) await this.meetings.publish(ctx, networkId, plenaryTopic(meeting.id), 'REFRESH');
  }
}
