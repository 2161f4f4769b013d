import { Injectable } from '@nestjs/common';
import { AccessService, AuditService, LiveEvents, badUserInput, conflict, type RequestContext } from '@kijkje/api/core';
import type { AuditAction } from '@kijkje/domain';
import {
  dutchToday,
  dutchWallClock,
  meetingAudience,
  meetingMoved,
  meetingRights,
  meetingSpan,
  meetingTimeMessage,
  meetingTransition,
  meetingTransitionAllowed,
  meetingWaitlist,
  promoteRegistrations,
  registrationOnArrival,
  tableRights,
  trackSessionMeetingMessages,
  type MeetingRights,
  type TableRights,
} from '@kijkje/domain';
import { callerStanding, callerTrackStandings, facilitatedByCaller } from './facilitators/caller-standing';
import * as q from './meetings.queries';
import { MeetingMails, type RegistrationChange } from './calendar/meeting-mails';
import { plenaryTopic } from './meeting-topics';
import type { AddMeetingItemInput, MeetingFieldsInput, MeetingStepInput, UpdateMeetingInput } from './meetings.types';

export interface MeetingStanding {
  meeting: q.MeetingRow;
  rights: MeetingRights;
  registrations: q.RegistrationRow[];
  mine: q.RegistrationRow | null;
  /** The caller is one of the facilitators assigned to the meeting (of a track session's: of its track): they organise it. */
  facilitator: boolean;
}

export interface TableStanding extends MeetingStanding {
  table: q.TableRow;
  tableRights: TableRights;
}

export const NOT_ORGANISER = { nl: 'Alleen de organisatoren van deze bijeenkomst kunnen dit doen.', en: 'Only the organisers of this meeting can do this.' };
const NOT_OPEN = { nl: 'Aanmelden kan alleen zolang de bijeenkomst open staat.', en: 'Registration is only possible while the meeting is open.' };

/**
 * Work meetings: the organisers plan them, members register and sit at theme tables, each table
 * posts cards to the three questions and its host marks yields. Every decision on who may do
 * what is meetingRights / tableRights in libs/domain; a denial of something unseen reads as not-found.
 */
@Injectable()
export class MeetingsService {
  constructor(
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly live: LiveEvents,
    private readonly mails: MeetingMails,
  ) {}

  list(ctx: RequestContext, networkId: string): Promise<q.MeetingRow[]> {
    return q.meetingsOf(ctx.em, networkId);
  }

  async networkOf(ctx: RequestContext): Promise<string> {
    return this.access.inNetwork(ctx, 'meeting.read');
  }

  /**
   * The meetings of these the caller may read (meetingRights), in their order: a facilitator's are
   * those they run, a track session's those of the tracks they run or take part in.
   */
  async readable<T extends q.MeetingRow>(ctx: RequestContext, networkId: string, meetings: T[]): Promise<T[]> {
    const theirs = await facilitatedByCaller(
      ctx,
      networkId,
      meetings.map((m) => m.id),
    );
    const tracks = await callerTrackStandings(ctx, networkId, meetings);
    return meetings.filter((m) => meetingRights(callerStanding(ctx, m, theirs.has(m.id), null, tracks), m.status).read);
  }

  /** The meeting as the caller stands to it; not-found when they may not read it. */
  async standing(ctx: RequestContext, meetingId: string, lock = false): Promise<MeetingStanding> {
    const networkId = await this.networkOf(ctx);
    const meeting = await q.meetingById(ctx.em, networkId, meetingId, lock);
    if (!meeting) return this.access.notVisible(ctx, 'meeting', meetingId);
    // A track session's meeting is run by the track's facilitators; the network's by those assigned to it.
    const tracks = await callerTrackStandings(ctx, networkId, [meeting]);
    const facilitator = meeting.trackId
      ? (tracks.get(meeting.trackId)?.facilitator ?? false)
      : (await facilitatedByCaller(ctx, networkId, [meetingId])).has(meetingId);
    const registrations = await q.registrationsOf(ctx.em, networkId, meetingId);
    const mine = registrations.find((r) => r.userId === ctx.userId) ?? null;
    const rights = meetingRights(callerStanding(ctx, meeting, facilitator, mine?.status ?? null, tracks), meeting.status);
    if (!rights.read) return this.access.notVisible(ctx, 'meeting', meetingId);
    return { meeting, rights, registrations, mine, facilitator };
  }

  async tableStanding(ctx: RequestContext, tableId: string, lock = false): Promise<TableStanding> {
    const networkId = await this.networkOf(ctx);
    const table = await q.tableById(ctx.em, networkId, tableId);
    if (!table) return this.access.notVisible(ctx, 'meetingTable', tableId);
    const s = await this.standing(ctx, table.meetingId, lock);
    const rights = tableRights(
      { tableHost: table.hostUserId === ctx.userId, seatedHere: s.mine?.status === 'REGISTERED' && s.mine.tableId === table.id },
      s.meeting.status,
    );
    return { ...s, table, tableRights: rights };
  }

  /** The meeting, locked, for one of its organisers (edit rights); FORBIDDEN for anyone else who sees it. */
  async organiser(ctx: RequestContext, meetingId: string): Promise<MeetingStanding> {
    const s = await this.standing(ctx, meetingId, true);
    if (!s.rights.edit) return this.access.notAllowed(ctx, 'meeting', meetingId, NOT_ORGANISER);
    return s;
  }

  /** An audit row about a meeting. */
  async record(ctx: RequestContext, networkId: string, action: AuditAction, meetingId: string, data?: Record<string, unknown>): Promise<void> {
    await this.audit.record(ctx.em, { networkId, actorUserId: ctx.userId, action, targetType: 'meeting', targetId: meetingId, data, ip: ctx.ip });
  }

  /** A live event for the screens following a topic, sent when the transaction commits. */
  async publish(ctx: RequestContext, networkId: string, topic: string, kind: string, id = ''): Promise<void> {
    await this.live.publish(ctx.em, { networkId, topic, kind, id });
  }

  private async fields(ctx: RequestContext, networkId: string, input: MeetingFieldsInput, previous: q.MeetingRow | null): Promise<q.MeetingFields> {
    const span = meetingSpan(
      { day: input.day, startTime: input.startTime, endTime: input.endTime },
      { today: dutchToday(), previousDay: previous ? dutchWallClock(previous.startsAt).day : null },
    );
    if ('violations' in span) throw badUserInput(span.violations.map((v) => ({ field: v.field, messages: meetingTimeMessage(v) })));
    const hostOrganisationId = input.hostOrganisationId ?? null;
    if (hostOrganisationId && !(await q.organisationExists(ctx.em, networkId, hostOrganisationId)))
      throw badUserInput([
        { field: 'hostOrganisationId', messages: { nl: 'Deze organisatie hoort niet bij het netwerk.', en: 'This organisation is not part of the network.' } },
      ]);
    return {
      title: input.title.trim(),
      description: (input.description ?? '').trim(),
      hostOrganisationId,
      hostMayEdit: input.hostMayEdit,
      startsAt: span.startsAt,
      endsAt: span.endsAt,
      place: (input.place ?? '').trim(),
      onlineLink: (input.onlineLink ?? '').trim(),
      capacity: input.capacity,
    };
  }

  async create(ctx: RequestContext, input: MeetingFieldsInput): Promise<string> {
    const networkId = await this.access.inNetwork(ctx, 'meeting.manage');
    const id = await q.insertMeeting(ctx.em, networkId, ctx.userId, await this.fields(ctx, networkId, input, null));
    await this.record(ctx, networkId, 'meeting.created', id);
    return id;
  }

  async update(ctx: RequestContext, input: UpdateMeetingInput): Promise<string> {
    const s = await this.organiser(ctx, input.id);
    if (meetingAudience(s.meeting) === 'TRACK') return this.access.notAllowed(ctx, 'meeting', input.id, trackSessionMeetingMessages.FOLLOWS_SESSION);
    if (s.meeting.version !== input.version) throw conflict(s.meeting.version);
    const fields = await this.fields(ctx, s.meeting.networkId, input, s.meeting);
    // Only the coordinator decides whether the host organisation may edit.
    if (ctx.membership?.role !== 'COORDINATOR') fields.hostMayEdit = s.meeting.hostMayEdit;
    if (!(await q.updateMeeting(ctx.em, s.meeting.networkId, s.meeting.id, input.version, fields))) throw conflict(s.meeting.version);
    const updated = (await q.meetingById(ctx.em, s.meeting.networkId, s.meeting.id))!;
    const promoted = await this.promote(ctx, updated);
    // Those just promoted have the new time and place in their invitation already.
    if (meetingMoved(s.meeting, updated))
      await this.mails.moved(
        ctx,
        updated,
        promoted.map((p) => p.userId),
      );
    await this.record(ctx, s.meeting.networkId, 'meeting.updated', s.meeting.id);
    await this.publish(ctx, s.meeting.networkId, plenaryTopic(s.meeting.id), 'REFRESH');
    return s.meeting.id;
  }

  async step(ctx: RequestContext, input: MeetingStepInput): Promise<string> {
    const s = await this.standing(ctx, input.id, true);
    const organiser = s.rights.edit || s.rights.assignTables;
    if (!organiser) return this.access.notAllowed(ctx, 'meeting', input.id, NOT_ORGANISER);
    if (s.meeting.version !== input.version) throw conflict(s.meeting.version);
    const transition = ({ OPEN: 'open', HOLD: 'hold', CANCEL: 'cancel' } as const)[input.step];
    if (!meetingTransitionAllowed(meetingAudience(s.meeting), transition))
      throw badUserInput([{ field: 'step', messages: trackSessionMeetingMessages.NOT_CANCELLED }]);
    const to = meetingTransition(s.meeting.status, transition);
    if (!to) throw badUserInput([{ field: 'step', messages: { nl: 'Deze stap kan nu niet.', en: 'This step is not possible now.' } }]);
    if (!(await q.setMeetingStatus(ctx.em, s.meeting.networkId, s.meeting.id, input.version, to))) throw conflict(s.meeting.version);
    const action = ({ OPEN: 'meeting.open', HOLD: 'meeting.held', CANCEL: 'meeting.cancelled' } as const)[input.step];
    await this.record(ctx, s.meeting.networkId, action, s.meeting.id, { from: s.meeting.status, to });
    await this.publish(ctx, s.meeting.networkId, plenaryTopic(s.meeting.id), 'REFRESH');
    // Announced, the meeting goes into its table hosts' calendars; cancelled, out of everyone's.
    if (to === 'OPEN') await this.mails.announced(ctx, (await q.meetingById(ctx.em, s.meeting.networkId, s.meeting.id))!);
    if (to === 'CANCELLED') await this.mails.cancelled(ctx, (await q.meetingById(ctx.em, s.meeting.networkId, s.meeting.id))!);
    return s.meeting.id;
  }

  async addItem(ctx: RequestContext, input: AddMeetingItemInput): Promise<string> {
    const s = await this.organiser(ctx, input.meetingId);
    await q.insertItem(ctx.em, s.meeting.networkId, s.meeting.id, { atTime: input.atTime, speaker: (input.speaker ?? '').trim(), talk: input.talk.trim() });
    await q.touchMeeting(ctx.em, s.meeting.networkId, s.meeting.id);
    await this.record(ctx, s.meeting.networkId, 'meeting.item_added', s.meeting.id);
    return s.meeting.id;
  }

  async removeItem(ctx: RequestContext, itemId: string): Promise<string> {
    const networkId = await this.networkOf(ctx);
    const meetingId = await q.itemMeeting(ctx.em, networkId, itemId);
    if (!meetingId) return this.access.notVisible(ctx, 'meetingItem', itemId);
    const s = await this.organiser(ctx, meetingId);
    await q.deleteItem(ctx.em, networkId, itemId);
    await q.touchMeeting(ctx.em, networkId, meetingId);
    await this.record(ctx, networkId, 'meeting.item_removed', meetingId, { itemId });
    return s.meeting.id;
  }

  async register(ctx: RequestContext, meetingId: string): Promise<string> {
    const s = await this.standing(ctx, meetingId, true);
    await this.noRegistrationAtTrackSession(ctx, s);
    if (!s.rights.register) {
      if (s.mine && s.mine.status !== 'CANCELLED')
        throw badUserInput([{ field: 'meetingId', messages: { nl: 'U bent al aangemeld.', en: 'You are already registered.' } }]);
      return this.access.notAllowed(ctx, 'meeting', meetingId, NOT_OPEN);
    }
    const taken = s.registrations.filter((r) => r.status === 'REGISTERED').length;
    const status = registrationOnArrival(taken, s.meeting.capacity);
    await q.upsertRegistration(ctx.em, s.meeting.networkId, meetingId, ctx.userId!, status);
    await this.record(ctx, s.meeting.networkId, 'meeting.registered', meetingId, { status });
    const position = s.registrations.filter((r) => r.status === 'WAITLISTED').length + 1;
    await this.mails.registrationsChanged(ctx, s.meeting, [{ userId: ctx.userId!, from: s.mine?.status ?? null, to: status, position }]);
    return meetingId;
  }

  async cancelRegistration(ctx: RequestContext, meetingId: string): Promise<string> {
    const s = await this.standing(ctx, meetingId, true);
    await this.noRegistrationAtTrackSession(ctx, s);
    if (!s.rights.cancelRegistration || !s.mine) return this.access.notAllowed(ctx, 'meeting', meetingId, NOT_OPEN);
    await q.setRegistration(ctx.em, s.meeting.networkId, [s.mine.id], { status: 'CANCELLED', tableId: null });
    await this.record(ctx, s.meeting.networkId, 'meeting.registration_cancelled', meetingId);
    await this.mails.registrationsChanged(ctx, s.meeting, [{ userId: s.mine.userId, from: s.mine.status, to: 'CANCELLED' }]);
    await this.promote(ctx, s.meeting);
    return meetingId;
  }

  /** At a track session's meeting the cohort has its places: nobody registers or cancels (FORBIDDEN, saying so). */
  private async noRegistrationAtTrackSession(ctx: RequestContext, s: MeetingStanding): Promise<void> {
    if (meetingAudience(s.meeting) === 'TRACK') await this.access.notAllowed(ctx, 'meeting', s.meeting.id, trackSessionMeetingMessages.NO_REGISTRATION);
  }

  /** Gives freed places to the oldest waiting registrations (first come, first served); they are told, with the invitation. */
  async promote(ctx: RequestContext, meeting: q.MeetingRow): Promise<RegistrationChange[]> {
    const regs = await q.registrationsOf(ctx.em, meeting.networkId, meeting.id);
    const promoted = promoteRegistrations(regs, meeting.capacity);
    await q.setRegistration(ctx.em, meeting.networkId, promoted, { status: 'REGISTERED' });
    if (!promoted.length) return [];
    await this.record(ctx, meeting.networkId, 'meeting.registered', meeting.id, { promoted: promoted.length });
    const changes = regs.filter((r) => promoted.includes(r.id)).map((r) => ({ userId: r.userId, from: 'WAITLISTED' as const, to: 'REGISTERED' as const }));
    await this.mails.registrationsChanged(ctx, meeting, changes);
    return changes;
  }

  waitlist(s: MeetingStanding): Map<string, number> {
    return new Map(meetingWaitlist(s.registrations).map((w) => [w.id, w.position]));
  }
}
