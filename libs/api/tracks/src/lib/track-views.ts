import type { RequestContext } from '@kijkje/api/core';
import {
  caseVisibleTo,
  meetingRights,
  trackSessionMeetingStanding,
  trackSessionStanding,
  trackNeedsFacilitator,
  trackWaitlist,
  type CaseViewer,
  type TrackStanding,
} from '@kijkje/domain';
import * as c from './cases.queries';
import * as p from './participants.queries';
import type { CaseContext, TrackContext } from './track-access.service';
import type { TrackCaseView, TrackSessionView, TrackSummaryView, TrackView } from './track.views';
import * as q from './tracks.queries';

const factsOf = (owner: p.ParticipantRow) => ({
  ownerId: owner.userId,
  ownerStatus: owner.status,
  ownerGroup: owner.feedbackGroup,
  sharedWithGroup: owner.caseSharedWithGroup,
});

/**
 * The schedule as the reader may see it: the meeting of a session held with theme tables only for
 * whom it is (meetingRights of a track session's meeting); to anyone else its id is nothing.
 */
export function sessionViews(standing: TrackStanding, sessions: q.SessionRow[]): TrackSessionView[] {
  const atSession = trackSessionMeetingStanding(standing.coordinator, trackSessionStanding(standing));
  return sessions.map(({ meetingId, meetingStatus, ...session }) => ({
    ...session,
    meetingId: meetingId && meetingStatus && meetingRights(atSession, meetingStatus).read ? meetingId : null,
  }));
}

export function trackSummary(track: q.TrackStandingRow): TrackSummaryView {
  return { id: track.id, title: track.title, status: track.status, capacity: track.capacity, myStatus: track.myStatus, isFacilitator: track.isFacilitator };
}

/** The track as its reader may see it: the cohort only for its organisers, other people's cases only where caseVisibleTo allows. */
export async function trackView(ctx: RequestContext, t: TrackContext): Promise<TrackView> {
  const { networkId, track, rights } = t;
  const facilitators = await q.facilitatorsOf(ctx.em, networkId, track.id);
  const sessions = await q.sessionsOf(ctx.em, networkId, track.id);
  const cohort = await p.participantsOf(ctx.em, networkId, track.id);
  const positions = trackWaitlist(cohort);
  const me = cohort.find((x) => x.userId === ctx.userId) ?? null;
  const viewer: CaseViewer = {
    userId: ctx.userId!,
    coordinator: t.standing.coordinator,
    facilitator: t.standing.facilitator,
    participation: me?.status ?? null,
    feedbackGroup: me?.feedbackGroup ?? null,
  };
  return {
    ...trackSummary(track),
    description: track.description,
    version: track.version,
    acceptedCount: cohort.filter((x) => x.status === 'ACCEPTED').length,
    waitlistCount: positions.size,
    facilitators,
    needsFacilitator: trackNeedsFacilitator(track.status, facilitators.length),
    sessions: sessionViews(t.standing, sessions),
    myApplication: me ? { id: me.id, status: me.status, waitlistPosition: positions.get(me.id) ?? null, feedbackGroup: me.feedbackGroup } : null,
    cohort: rights.seeCohort
      ? cohort.map((x) => ({
          id: x.id,
          name: x.name,
          status: x.status,
          waitlistPosition: positions.get(x.id) ?? null,
          feedbackGroup: x.feedbackGroup,
          motivation: x.motivation,
          submittedAt: x.submittedAt,
        }))
      : [],
    readableCases: cohort
      .filter((x) => x.status === 'ACCEPTED' && x.userId !== ctx.userId && caseVisibleTo(viewer, factsOf(x)))
      .map((x) => ({ participantId: x.id, name: x.name, feedbackGroup: x.feedbackGroup })),
    canManage: rights.manage,
    canSchedule: rights.schedule,
    canDecide: rights.decide,
    canFormGroups: rights.formGroups,
    canApply: rights.apply,
    canWithdraw: rights.withdraw,
    canKeepCase: rights.keepCase,
    canAddToCalendar: rights.calendar,
  };
}

/** A case as its reader may see it (caseOf decided they may). */
export async function caseView(ctx: RequestContext, k: CaseContext): Promise<TrackCaseView> {
  const { networkId, track } = k.t;
  const entries = await c.entriesOf(ctx.em, networkId, k.owner.id);
  const feedback = await c.feedbackOf(ctx.em, networkId, k.owner.id);
  const sessions = await q.sessionsOf(ctx.em, networkId, track.id);
  return {
    id: k.owner.id,
    participantId: k.owner.id,
    trackId: track.id,
    trackTitle: track.title,
    ownerName: k.owner.name,
    mine: k.owner.userId === ctx.userId,
    question: k.owner.caseQuestion,
    sharedWithGroup: k.owner.caseSharedWithGroup,
    feedbackGroup: k.owner.feedbackGroup,
    version: k.owner.caseVersion,
    entries,
    feedback: feedback.map((f) => ({ ...f, mine: f.authorId === ctx.userId })),
    sessions: sessionViews(k.t.standing, sessions),
    canEdit: k.rights.edit,
    canGiveFeedback: k.rights.giveFeedback,
    canExportPortfolio: k.rights.exportPortfolio,
  };
}
