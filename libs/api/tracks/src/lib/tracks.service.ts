import { Injectable } from '@nestjs/common';
import { activeFacilitator, badUserInput, conflict, type RequestContext } from '@kijkje/api/core';
import {
  dutchToday,
  facilitatorRemovable,
  meetingSpan,
  sessionFits,
  sessionViolationMessages,
  stepAuditAction,
  trackStep,
  trackStepMessages,
  type Bilingual,
  type SessionViolation,
} from '@kijkje/domain';
import * as p from './participants.queries';
import { TrackAccess } from './track-access.service';
import { TrackCohortService } from './track-cohort.service';
import type { AddTrackSessionInput, TrackFacilitatorInput, TrackFieldsInput, TrackStepInput, UpdateTrackInput } from './track.inputs';
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
 */
@Injectable()
export class TracksService {
  constructor(
    private readonly access: TrackAccess,
    private readonly cohort: TrackCohortService,
  ) {}

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
    await this.cohort.promote(ctx, t.networkId, t.track.id, input.capacity);
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
    await this.access.record(ctx, t.networkId, stepAuditAction('track', next.to), t.track.id, { from: t.track.status });
    return t.track.id;
  }

  async assignFacilitator(ctx: RequestContext, input: TrackFacilitatorInput): Promise<string> {
    const t = await this.access.requireTo(ctx, input.trackId, (r) => r.manage, true);
    if (!(await activeFacilitator(ctx.em, t.networkId, input.userId)))
      throw field('userId', { nl: 'Deze persoon is geen begeleider in het netwerk.', en: 'This person is not a facilitator in the network.' });
    if (await q.insertFacilitator(ctx.em, t.networkId, t.track.id, input.userId, ctx.userId)) {
      await q.touchTrack(ctx.em, t.networkId, t.track.id);
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
    await this.access.record(ctx, t.networkId, 'track.facilitator_removed', t.track.id, { userId: input.userId });
    return t.track.id;
  }

  async addSession(ctx: RequestContext, input: AddTrackSessionInput): Promise<string> {
    const t = await this.access.requireTo(ctx, input.trackId, (r) => r.schedule, true);
    const span = meetingSpan({ day: input.day, startTime: input.startTime, endTime: input.endTime }, { today: dutchToday(), previousDay: null });
    if ('violations' in span)
      throw badUserInput(
        span.violations.map((v) => ({
          field: v.field,
          messages:
            v.code === 'DAY_IN_PAST'
              ? { nl: 'Kies een dag vanaf vandaag.', en: 'Choose a day from today on.' }
              : { nl: 'Deze tijd klopt niet (de eindtijd ligt na de begintijd).', en: 'This time is not valid (the end comes after the start).' },
        })),
      );
    const existing = await q.sessionsOf(ctx.em, t.networkId, t.track.id);
    const [problem] = sessionFits(existing, { kind: input.kind, startsAt: span.startsAt });
    if (problem) throw field(SESSION_FIELD[problem], sessionViolationMessages[problem]);
    await q.insertSession(ctx.em, t.networkId, t.track.id, {
      kind: input.kind,
      title: input.title.trim(),
      startsAt: span.startsAt,
      endsAt: span.endsAt,
      place: (input.place ?? '').trim(),
    });
    await q.touchTrack(ctx.em, t.networkId, t.track.id);
    await this.access.record(ctx, t.networkId, 'track.session_added', t.track.id, { kind: input.kind });
    return t.track.id;
  }

  async removeSession(ctx: RequestContext, sessionId: string): Promise<string> {
    const networkId = await this.access.network(ctx);
    const session = await q.sessionById(ctx.em, networkId, sessionId);
    if (!session) return this.access.notVisible(ctx, 'trackSession', sessionId);
    const t = await this.access.requireTo(ctx, session.trackId, (r) => r.schedule, true);
    if (await q.sessionHasFeedback(ctx.em, networkId, sessionId))
      throw field('sessionId', {
        nl: 'Bij deze bijeenkomst is al feedback gegeven; ze blijft in het programma.',
        en: 'Feedback was given for this session; it stays in the schedule.',
      });
    await q.deleteSession(ctx.em, networkId, sessionId);
    await q.touchTrack(ctx.em, networkId, t.track.id);
    await this.access.record(ctx, networkId, 'track.session_removed', t.track.id, { kind: session.kind });
    return t.track.id;
  }
}
