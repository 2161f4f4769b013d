import { Injectable } from '@nestjs/common';
import { activeFacilitator, badUserInput, conflict, type RequestContext } from '@kijkje/api/core';
import { TrackSessionMeetings } from '@kijkje/api/meetings';
import {
  appointmentMoved,
  dutchDay,
  dutchToday,
  facilitatorRemovable,
  meetingSpan,
  meetingTimeMessage,
  sessionFits,
  sessionRemovalMessages,
  sessionRemovalProblem,
  sessionViolationMessages,
  stepAuditAction,
  trackStep,
  trackStepMessages,
  type Bilingual,
  type SessionViolation,
} from '@kijkje/domain';
import { TrackSessionMails } from './calendar/track-session-mails';
import * as p from './participants.queries';
import { TrackAccess, type TrackContext } from './track-access.service';
import { TrackCohortService } from './track-cohort.service';
import type { AddTrackSessionInput, TrackFacilitatorInput, TrackFieldsInput, TrackStepInput, UpdateTrackInput, UpdateTrackSessionInput } from './track.inputs';
import * as q from './tracks.queries';

const field = (name: string, messages: Bilingual) => badUserInput([{ field: name, messages }]);

/** A second kick-off or closing is the wrong kind of session; anything else out of order is on the wrong day. */
const SESSION_FIELD: Record<SessionViolation, 'kind' | 'day'> = {
  SECOND_KICK_OFF: 'kind',
  SECOND_CLOSING: 'kind',
  KICK_OFF_NOT_FIRST: 'day',
  CLOSING_NOT_LAST: 'day',
  BEFORE_KICK_OFF: 'day',
  AFTER_CLOSING: 'day',
};

/**
 * A learning track's frame: the coordinator creates it, sets its capacity and facilitators and
 * moves it through its steps; the organisers (coordinator and facilitators) keep its schedule.
 * Whoever holds its sessions hears of every change by mail, with the calendar file (TrackSessionMails).
 * A session may be held with theme tables: a meeting for the track's audience alone, which follows
 * the session and the cohort (TrackSessionMeetings).
 */
@Injectable()
export class TracksService {
  constructor(
    private readonly access: TrackAccess,
    private readonly cohort: TrackCohortService,
    private readonly calendar: TrackSessionMails,
    private readonly sessionMeetings: TrackSessionMeetings,
  ) {}

  /** The track as its mails name it, with the status it has now. */
  private named(t: TrackContext, status = t.track.status) {
    return { id: t.track.id, title: t.track.title, status };
  }

  async create(ctx: RequestContext, input: TrackFieldsInput): Promise<string> {
    const networkId = await this.access.manageNetwork(ctx);
    const id = await q.insertTrack(ctx.em, networkId, ctx.userId, this.fields(input));
    await this.access.record(ctx, networkId, 'track.created', id);
    return id;
  }

  private fields(input: TrackFieldsInput): q.TrackFields {
    return { title: input.title.trim(), description: (input.description ?? '').trim(), capacity: input.capacity };
  }

  async update(ctx: RequestContext, input: UpdateTrackInput): Promise<string> {
    const t = await this.access.requireTo(ctx, input.id, (r) => r.manage, true);
    if (t.track.version !== input.version) throw conflict(t.track.version);
    if (!(await q.updateTrack(ctx.em, t.networkId, t.track.id, input.version, this.fields(input)))) throw conflict(t.track.version);
    // More places go to those waiting, oldest first; fewer places take nobody's away.
    const promoted = await this.cohort.promote(ctx, t.networkId, t.track.id, input.capacity);
    await this.sessionMeetings.cohortChanged(ctx, t.networkId, t.track.id);
    await this.calendar.changed(ctx, t.networkId, { ...this.named(t), title: input.title.trim() }, 'HOLDERS', { userIds: promoted });
    await this.access.record(ctx, t.networkId, 'track.updated', t.track.id);
    return t.track.id;
  }

  async step(ctx: RequestContext, input: TrackStepInput): Promise<string> {
    const t = await this.access.requireTo(ctx, input.id, (r) => r.manage, true);
    if (t.track.version !== input.version) throw conflict(t.track.version);
    const facilitators = (await q.facilitatorsOf(ctx.em, t.networkId, t.track.id)).length;
    const accepted = (await p.participantsOf(ctx.em, t.networkId, t.track.id)).filter((x) => x.status === 'ACCEPTED').length;
    const next = trackStep(t.track.status, input.step, { facilitators, accepted });
    if ('violation' in next) throw field('step', trackStepMessages[next.violation]);
    if (!(await q.setTrackStatus(ctx.em, t.networkId, t.track.id, input.version, next.to))) throw conflict(t.track.version);
    if (next.to === 'CLOSED') await this.calendar.changed(ctx, t.networkId, this.named(t, next.to), 'TRACK_CLOSED');
    await this.access.record(ctx, t.networkId, stepAuditAction('track', next.to), t.track.id, { from: t.track.status });
    return t.track.id;
  }

  async assignFacilitator(ctx: RequestContext, input: TrackFacilitatorInput): Promise<string> {
    const t = await this.access.requireTo(ctx, input.trackId, (r) => r.manage, true);
    if (!(await activeFacilitator(ctx.em, t.networkId, input.userId)))
      throw field('userId', { nl: 'Deze persoon is geen begeleider in het netwerk.', en: 'This person is not a facilitator in the network.' });
    if (await q.insertFacilitator(ctx.em, t.networkId, t.track.id, input.userId, ctx.userId)) {
      await q.touchTrack(ctx.em, t.networkId, t.track.id);
      await this.calendar.changed(ctx, t.networkId, this.named(t), 'HOLDERS', { userIds: [input.userId] });
      await this.access.record(ctx, t.networkId, 'track.facilitator_assigned', t.track.id, { userId: input.userId });
    }
    return t.track.id;
  }

  async removeFacilitator(ctx: RequestContext, input: TrackFacilitatorInput): Promise<string> {
    const t = await this.access.requireTo(ctx, input.trackId, (r) => r.manage, true);
    const facilitators = await q.facilitatorsOf(ctx.em, t.networkId, t.track.id);
    if (!facilitators.some((f) => f.userId === input.userId))
      throw field('userId', { nl: 'Deze persoon begeleidt deze leergang niet.', en: 'This person does not facilitate this track.' });
    if (!facilitatorRemovable(t.track.status, facilitators.length - 1))
      throw field('userId', {
        nl: 'Een open leergang houdt ten minste één begeleider. Wijs eerst een andere begeleider toe.',
        en: 'An open track keeps at least one facilitator. Assign another facilitator first.',
      });
    await q.deleteFacilitator(ctx.em, t.networkId, t.track.id, input.userId);
    await q.touchTrack(ctx.em, t.networkId, t.track.id);
    // Taken off the track, they no longer run its sessions' tables either: their hosted tables wait for another host, their live screens end.
    await this.sessionMeetings.cohortChanged(ctx, t.networkId, t.track.id, true);
    await this.calendar.changed(ctx, t.networkId, this.named(t), 'HOLDERS', { userIds: [input.userId] });
    await this.access.record(ctx, t.networkId, 'track.facilitator_removed', t.track.id, { userId: input.userId });
    return t.track.id;
  }

  async addSession(ctx: RequestContext, input: AddTrackSessionInput): Promise<string> {
    const t = await this.access.requireTo(ctx, input.trackId, (r) => r.schedule, true);
    const span = this.span(input, null);
    const existing = await q.sessionsOf(ctx.em, t.networkId, t.track.id);
    const [problem] = sessionFits(existing, { kind: input.kind, startsAt: span.startsAt });
    if (problem) throw field(SESSION_FIELD[problem], sessionViolationMessages[problem]);
    const sessionId = await q.insertSession(ctx.em, t.networkId, t.track.id, {
      kind: input.kind,
      title: input.title.trim(),
      startsAt: span.startsAt,
      endsAt: span.endsAt,
      place: (input.place ?? '').trim(),
    });
    await q.touchTrack(ctx.em, t.networkId, t.track.id);
    await this.calendar.changed(ctx, t.networkId, this.named(t), 'ADDED', { sessionIds: [sessionId] });
    await this.access.record(ctx, t.networkId, 'track.session_added', t.track.id, { kind: input.kind });
    return t.track.id;
  }

  /** Another title, day, time or place for a session; a new time or place is an update in every calendar that has it. */
  async updateSession(ctx: RequestContext, input: UpdateTrackSessionInput): Promise<string> {
    const networkId = await this.access.network(ctx);
    const session = await q.sessionById(ctx.em, networkId, input.sessionId);
    if (!session) return this.access.notVisible(ctx, 'trackSession', input.sessionId);
    const t = await this.access.requireTo(ctx, session.trackId, (r) => r.schedule, true);
    if (session.version !== input.version) throw conflict(session.version);
    const span = this.span(input, dutchDay(session.startsAt));
    const others = (await q.sessionsOf(ctx.em, networkId, t.track.id)).filter((s) => s.id !== session.id);
    const [problem] = sessionFits(others, { kind: session.kind, startsAt: span.startsAt });
    if (problem) throw field(SESSION_FIELD[problem], sessionViolationMessages[problem]);
    const after = { title: input.title.trim(), startsAt: span.startsAt, endsAt: span.endsAt, place: (input.place ?? '').trim() };
    if (!(await q.updateSession(ctx.em, networkId, session.id, input.version, after))) throw conflict(session.version);
    await q.touchTrack(ctx.em, networkId, t.track.id);
    await this.sessionMeetings.sessionChanged(ctx, networkId, session.id);
    const moved = appointmentMoved(session, after);
    if (moved) await this.calendar.changed(ctx, networkId, this.named(t), 'MOVED', { sessionIds: [session.id] });
    await this.access.record(ctx, networkId, 'track.session_updated', t.track.id, { kind: session.kind, moved });
    return t.track.id;
  }

  /** A session's instants in Dutch time, or the field messages why not; a day before today only when it is the session's own (`previousDay`). */
  private span(input: { day: string; startTime: string; endTime: string }, previousDay: string | null): { startsAt: Date; endsAt: Date } {
    const span = meetingSpan({ day: input.day, startTime: input.startTime, endTime: input.endTime }, { today: dutchToday(), previousDay });
    if ('violations' in span) throw badUserInput(span.violations.map((v) => ({ field: v.field, messages: meetingTimeMessage(v) })));
    return span;
  }

  async removeSession(ctx: RequestContext, sessionId: string): Promise<string> {
    const networkId = await this.access.network(ctx);
    const session = await q.sessionById(ctx.em, networkId, sessionId);
    if (!session) return this.access.notVisible(ctx, 'trackSession', sessionId);
    const t = await this.access.requireTo(ctx, session.trackId, (r) => r.schedule, true);
    const problem = sessionRemovalProblem({ feedback: await q.sessionHasFeedback(ctx.em, networkId, sessionId), heldWithTables: session.meetingId !== null });
    if (problem) throw field('sessionId', sessionRemovalMessages[problem]);
    // Told before it goes: what each calendar was sent of it goes with it.
    await this.calendar.changed(ctx, networkId, this.named(t), 'REMOVED', { sessionIds: [sessionId] });
    await q.deleteSession(ctx.em, networkId, sessionId);
    await q.touchTrack(ctx.em, networkId, t.track.id);
    await this.access.record(ctx, networkId, 'track.session_removed', t.track.id, { kind: session.kind });
    return t.track.id;
  }

  /**
   * Holds the session with theme tables: its meeting, for the track's audience alone, made once
   * (asked again, the same meeting). Who keeps the schedule (trackRights.schedule) may. Its
   * facilitators and cohort are told then, once, and led to the tables (TrackSessionMails).
   */
  async holdWithTables(ctx: RequestContext, sessionId: string): Promise<string> {
    const networkId = await this.access.network(ctx);
    const session = await q.sessionById(ctx.em, networkId, sessionId);
    if (!session) return this.access.notVisible(ctx, 'trackSession', sessionId);
    // The track's row locked: two organisers holding the same session at once make one meeting.
    const t = await this.access.requireTo(ctx, session.trackId, (r) => r.schedule, true);
    if (!(await this.sessionMeetings.meetingOf(ctx, networkId, session.id))) {
      await this.sessionMeetings.hold(ctx, networkId, t.track.id, session.id);
      await q.touchTrack(ctx.em, networkId, t.track.id);
      await this.calendar.heldWithTables(ctx, networkId, this.named(t), session.id);
      await this.access.record(ctx, networkId, 'track.session_updated', t.track.id, { kind: session.kind, heldWithTables: true });
    }
    return t.track.id;
  }
}
