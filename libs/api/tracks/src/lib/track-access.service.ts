import { Injectable } from '@nestjs/common';
import { AccessService, AuditService, type Bilingual, type RequestContext } from '@kijkje/api/core';
import { can, caseRights, trackRights, type AuditAction, type CaseRights, type CaseViewer, type TrackRights, type TrackStanding } from '@kijkje/domain';
import * as p from './participants.queries';
import * as q from './tracks.queries';

/** A track as the caller stands to it. */
export interface TrackContext {
  networkId: string;
  track: q.TrackStandingRow;
  standing: TrackStanding;
  rights: TrackRights;
}

/** A case as the caller stands to it, with the track's cohort (the case's owner and the viewer among them). */
export interface CaseContext {
  t: TrackContext;
  owner: p.ParticipantRow;
  cohort: p.ParticipantRow[];
  viewer: CaseViewer;
  rights: CaseRights;
}

const NOT_YOURS: Bilingual = { nl: 'Dit kunt u bij deze leergang niet doen.', en: 'You cannot do this in this track.' };

/**
 * How the caller stands to learning tracks and cases, and the rights that follow from libs/domain
 * (trackRights, caseRights). A track or case the caller may not see reads as not found, audited.
 */
@Injectable()
export class TrackAccess {
  constructor(
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  network(ctx: RequestContext): Promise<string> {
    return this.access.inNetwork(ctx, 'track.read');
  }

  /** Creating a track is the coordinators' (track.manage). */
  manageNetwork(ctx: RequestContext): Promise<string> {
    return this.access.inNetwork(ctx, 'track.manage');
  }

  /** The track with the caller's assignment as it counts: only a facilitator still runs a track (a closed one keeps a former facilitator's assignment). */
  private asCaller(ctx: RequestContext, track: q.TrackStandingRow): q.TrackStandingRow {
    return track.isFacilitator && ctx.membership?.role !== 'FACILITATOR' ? { ...track, isFacilitator: false } : track;
  }

  private standingOf(ctx: RequestContext, track: q.TrackStandingRow): TrackStanding {
    return {
      coordinator: ctx.membership?.role === 'COORDINATOR',
      facilitator: track.isFacilitator,
      mayApply: can(ctx.actor!, 'track.apply'),
      participation: track.myStatus,
    };
  }

  /** The network's tracks the caller may read, newest first. */
  async list(ctx: RequestContext): Promise<q.TrackStandingRow[]> {
    const networkId = await this.network(ctx);
    const all = (await q.tracksOf(ctx.em, networkId, ctx.userId!)).map((track) => this.asCaller(ctx, track));
    return all.filter((track) => trackRights(this.standingOf(ctx, track), track.status).read);
  }

  /** The track, if the caller may read it; otherwise not-found. `lock` takes its row for the rest of the transaction. */
  async require(ctx: RequestContext, trackId: string, lock = false): Promise<TrackContext> {
    const networkId = await this.network(ctx);
    const found = await q.trackById(ctx.em, networkId, ctx.userId!, trackId, lock);
    if (!found) return this.access.notVisible(ctx, 'track', trackId);
    const track = this.asCaller(ctx, found);
    const standing = this.standingOf(ctx, track);
    const rights = trackRights(standing, track.status);
    if (!rights.read) return this.access.notVisible(ctx, 'track', trackId);
    return { networkId, track, standing, rights };
  }

  /** The track, where the caller may do what `allowed` says; a step that is not theirs on a track they see is FORBIDDEN. */
  async requireTo(ctx: RequestContext, trackId: string, allowed: (r: TrackRights) => boolean, lock = false): Promise<TrackContext> {
    const t = await this.require(ctx, trackId, lock);
    if (!allowed(t.rights)) return this.access.notAllowed(ctx, 'track', trackId, NOT_YOURS);
    return t;
  }

  /**
   * An application of a track whose cohort the caller sees (its organisers), for a step `allowed`
   * gives them; to anyone else the application does not exist.
   */
  async application(ctx: RequestContext, participantId: string, allowed: (r: TrackRights) => boolean): Promise<{ t: TrackContext; row: p.ParticipantRow }> {
    const networkId = await this.network(ctx);
    const row = await p.participantById(ctx.em, networkId, participantId, true);
    if (!row) return this.access.notVisible(ctx, 'trackParticipant', participantId);
    const t = await this.require(ctx, row.trackId, true);
    if (!t.rights.seeCohort) return this.access.notVisible(ctx, 'trackParticipant', participantId);
    if (!allowed(t.rights)) return this.access.notAllowed(ctx, 'track', t.track.id, NOT_YOURS);
    return { t, row };
  }

  /** A participant's case, if the caller may read it (caseVisibleTo); otherwise not-found. */
  async caseOf(ctx: RequestContext, participantId: string): Promise<CaseContext> {
    const networkId = await this.network(ctx);
    const found = await p.participantById(ctx.em, networkId, participantId);
    if (!found) return this.access.notVisible(ctx, 'trackCase', participantId);
    const t = await this.require(ctx, found.trackId);
    const cohort = await p.participantsOf(ctx.em, networkId, found.trackId);
    const owner = cohort.find((c) => c.id === participantId)!;
    const me = cohort.find((c) => c.userId === ctx.userId) ?? null;
    const viewer: CaseViewer = {
      userId: ctx.userId!,
      coordinator: t.standing.coordinator,
      facilitator: t.standing.facilitator,
      participation: me?.status ?? null,
      feedbackGroup: me?.feedbackGroup ?? null,
    };
    const rights = caseRights(viewer, this.facts(owner), t.track.status);
    if (!rights.read) return this.access.notVisible(ctx, 'trackCase', participantId);
    return { t, owner, cohort, viewer, rights };
  }

  private facts(owner: p.ParticipantRow) {
    return { ownerId: owner.userId, ownerStatus: owner.status, ownerGroup: owner.feedbackGroup, sharedWithGroup: owner.caseSharedWithGroup };
  }

  notAllowed(ctx: RequestContext, targetType: string, targetId: string, messages: Bilingual = NOT_YOURS): Promise<never> {
    return this.access.notAllowed(ctx, targetType, targetId, messages);
  }

  notVisible(ctx: RequestContext, targetType: string, targetId: string): Promise<never> {
    return this.access.notVisible(ctx, targetType, targetId);
  }

  /** An audit row about a track. */
  async record(ctx: RequestContext, networkId: string, action: AuditAction, trackId: string, data?: Record<string, unknown>): Promise<void> {
    await this.audit.record(ctx.em, { networkId, actorUserId: ctx.userId, action, targetType: 'track', targetId: trackId, data, ip: ctx.ip });
  }
}
