import { Injectable } from '@nestjs/common';
import { badUserInput, conflict, type RequestContext } from '@kijkje/api/core';
import { caseEntryDay, caseEntryDayMessage, dutchToday } from '@kijkje/domain';
import * as c from './cases.queries';
import * as p from './participants.queries';
import { TrackAccess, type CaseContext } from './track-access.service';
import type { AddTrackCaseEntryInput, GiveTrackFeedbackInput, UpdateMyTrackCaseInput, UpdateTrackCaseEntryInput } from './track.inputs';
import * as q from './tracks.queries';

const NOT_YOUR_CASE = { nl: 'Alleen de deelnemer zelf schrijft in deze casus.', en: 'Only the participant writes in this case.' };

/**
 * A participant's case: their steering question, who may read it (caseVisibleTo), a log of dated
 * entries the owner edits with the version they saw, and feedback per session from whoever may
 * read it. Every answer is the case as its reader may see it; a case they may not read does not exist.
 */
@Injectable()
export class TrackCasesService {
  constructor(private readonly access: TrackAccess) {}

  read(ctx: RequestContext, participantId: string): Promise<CaseContext> {
    return this.access.caseOf(ctx, participantId);
  }

  /** The caller's own case in a track, for a step only its owner takes while the track runs. */
  private async ownCase(ctx: RequestContext, trackId: string): Promise<{ networkId: string; trackId: string; mine: p.ParticipantRow }> {
    const t = await this.access.requireTo(ctx, trackId, (r) => r.keepCase);
    const mine = (await p.participantsOf(ctx.em, t.networkId, t.track.id)).find((x) => x.userId === ctx.userId)!;
    return { networkId: t.networkId, trackId: t.track.id, mine };
  }

  async updateMine(ctx: RequestContext, input: UpdateMyTrackCaseInput): Promise<string> {
    const own = await this.ownCase(ctx, input.trackId);
    const locked = (await p.participantById(ctx.em, own.networkId, own.mine.id, true))!;
    if (locked.caseVersion !== input.version) throw conflict(locked.caseVersion);
    const changed = { question: input.question.trim(), sharedWithGroup: input.sharedWithGroup };
    if (!(await c.updateCase(ctx.em, own.networkId, own.mine.id, input.version, changed))) throw conflict(locked.caseVersion);
    await this.access.record(ctx, own.networkId, 'track.case_updated', own.trackId, { sharedWithGroup: input.sharedWithGroup });
    return own.mine.id;
  }

  async addEntry(ctx: RequestContext, input: AddTrackCaseEntryInput): Promise<string> {
    const own = await this.ownCase(ctx, input.trackId);
    const day = caseEntryDay(input.day ?? null, dutchToday());
    if ('violation' in day) throw badUserInput([{ field: 'day', messages: caseEntryDayMessage }]);
    await c.insertEntry(ctx.em, own.networkId, own.trackId, own.mine.id, day.day, input.text.trim());
    await this.access.record(ctx, own.networkId, 'track.case_entry_added', own.trackId, { day: day.day });
    return own.mine.id;
  }

  async updateEntry(ctx: RequestContext, input: UpdateTrackCaseEntryInput): Promise<string> {
    const networkId = await this.access.network(ctx);
    const entry = await c.entryById(ctx.em, networkId, input.entryId);
    if (!entry) return this.access.notVisible(ctx, 'trackCaseEntry', input.entryId);
    const k = await this.access.caseOf(ctx, entry.participantId);
    if (!k.rights.edit) return this.access.notAllowed(ctx, 'trackCase', k.owner.id, NOT_YOUR_CASE);
    if (entry.version !== input.version) throw conflict(entry.version);
    if (!(await c.updateEntry(ctx.em, networkId, entry.id, input.version, input.text.trim()))) throw conflict(entry.version);
    await this.access.record(ctx, networkId, 'track.case_entry_updated', k.t.track.id, { entryId: entry.id });
    return k.owner.id;
  }

  async giveFeedback(ctx: RequestContext, input: GiveTrackFeedbackInput): Promise<string> {
    const k = await this.access.caseOf(ctx, input.participantId);
    if (!k.rights.giveFeedback)
      return this.access.notAllowed(ctx, 'trackCase', k.owner.id, {
        nl: 'U kunt bij deze casus nu geen feedback geven.',
        en: 'You cannot give feedback on this case now.',
      });
    const session = await q.sessionById(ctx.em, k.t.networkId, input.sessionId);
    if (!session || session.trackId !== k.t.track.id) return this.access.notVisible(ctx, 'trackSession', input.sessionId);
    await c.insertFeedback(ctx.em, k.t.networkId, {
      trackId: k.t.track.id,
      participantId: k.owner.id,
      sessionId: session.id,
      authorId: ctx.userId!,
      text: input.text.trim(),
    });
    await this.access.record(ctx, k.t.networkId, 'track.feedback_given', k.t.track.id, { participantId: k.owner.id, sessionId: session.id });
    return k.owner.id;
  }
}
