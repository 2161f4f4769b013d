import { Injectable } from '@nestjs/common';
import { AccessService, AuditService, SQL_CLOCK, badUserInput, conflict, updateVersioned, type RequestContext } from '@kijkje/api/core';
import {
  dutchToday,
  progressMomentsOf,
  progressReviewDue,
  progressReviewRights,
  progressReviewState,
  progressReviewSubmitted,
  progressReviewTextRequired,
  progressReviewUnknownMoment,
  stepNotYours,
} from '@kijkje/domain';
import { ProgressReview } from './plan.entities';
import { programmeMonthsOf } from './plan.queries';
import { ActionPlanService, type PlanStanding } from './plan.service';
import type { ProgressReviewStepInput, SaveProgressReviewInput } from './progress.inputs';
import type { ProgressReviewView, ProgressReviewsView } from './progress.views';

/**
 * Progress reviews after the visit: at each moment its programme sets (months after the visit day) the
 * host writes a new foto van nu against its stip aan de horizon, and submits it. Who reads it is
 * progressReviewRights in libs/domain: it follows the action plan and the report's sharing.
 */
@Injectable()
export class ProgressReviewService {
  constructor(
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly plans: ActionPlanService,
  ) {}

  async reviews(ctx: RequestContext, visitId: string): Promise<ProgressReviewsView> {
    const s = await this.plans.standing(ctx, visitId);
    const rows = await ctx.em.find(ProgressReview, { where: { networkId: s.visit.networkId, visitId } });
    const today = dutchToday();
    const months = progressMomentsOf(
      await programmeMonthsOf(ctx.em, s.visit.networkId, visitId),
      rows.map((r) => r.months),
    );
    const moments = s.visit.startsOn
      ? months.map((m) => this.moment(s, rows.find((r) => r.months === m) ?? null, m, today)).filter((m): m is ProgressReviewView => m !== null)
      : [];
    const baseline = s.visitRights.readPreparation
      ? { fotoVanNu: s.visit.answers['general:FOTO_VAN_NU'] ?? '', stipAanDeHorizon: s.visit.answers['general:STIP_AAN_DE_HORIZON'] ?? '' }
      : null;
    return { moments, baseline };
  }

  private moment(s: PlanStanding, row: ProgressReview | null, months: number, today: string): ProgressReviewView | null {
    const submitted = !!row?.submittedAt;
    const rights = progressReviewRights(s.relations, s.visit.status, s.plan, s.sharing, submitted, s.visit.kind);
    if (!rights.figures) return null;
    const due = progressReviewDue(s.visit.startsOn!, months);
    return {
      months,
      due,
      state: progressReviewState(due, today, submitted),
      fotoVanNu: rights.read ? (row?.fotoVanNu ?? '') : null,
      reflection: rights.read ? (row?.reflection ?? '') : null,
      version: row?.version ?? 0,
      submittedAt: row?.submittedAt ?? null,
      canWrite: rights.write,
    };
  }

  /** The host's step on one moment, with the visit locked: the moment exists and is theirs to write. */
  private async step(ctx: RequestContext, input: ProgressReviewStepInput) {
    const s = await this.plans.standing(ctx, input.visitId, true);
    const row = await ctx.em.findOneBy(ProgressReview, { networkId: s.visit.networkId, visitId: s.visit.id, months: input.months });
    const rights = progressReviewRights(s.relations, s.visit.status, s.plan, s.sharing, !!row?.submittedAt, s.visit.kind);
    if (!rights.write) {
      if (row?.submittedAt && s.relations.has('host')) throw badUserInput([{ field: 'months', messages: progressReviewSubmitted }]);
      if (s.visitRights.overview || rights.figures) return this.access.notAllowed(ctx, 'progressReview', input.visitId, stepNotYours.actionPlan);
      return this.access.notVisible(ctx, 'progressReview', input.visitId);
    }
    const moments = progressMomentsOf(await programmeMonthsOf(ctx.em, s.visit.networkId, s.visit.id), row ? [row.months] : []);
    if (!moments.includes(input.months) || !s.visit.startsOn) throw badUserInput([{ field: 'months', messages: progressReviewUnknownMoment }]);
    if ((row?.version ?? 0) !== input.version) throw conflict(row?.version ?? 0);
    return { s, row };
  }

  async save(ctx: RequestContext, input: SaveProgressReviewInput): Promise<ProgressReviewsView> {
    const { s, row } = await this.step(ctx, input);
    const key = { networkId: s.visit.networkId, visitId: s.visit.id, months: input.months };
    if (row)
      await updateVersioned(ctx.em, ProgressReview, key, input.version, { fotoVanNu: input.fotoVanNu, reflection: input.reflection, updatedAt: SQL_CLOCK });
    else await ctx.em.insert(ProgressReview, { ...key, fotoVanNu: input.fotoVanNu, reflection: input.reflection });
    await this.audit.record(ctx.em, {
      networkId: s.visit.networkId,
      actorUserId: ctx.userId,
      action: 'progress_review.saved',
      targetType: 'visit',
      targetId: s.visit.id,
      data: { months: input.months },
      ip: ctx.ip,
    });
    return this.reviews(ctx, s.visit.id);
  }

  async submit(ctx: RequestContext, input: ProgressReviewStepInput): Promise<ProgressReviewsView> {
    const { s, row } = await this.step(ctx, input);
    if (!row?.fotoVanNu.trim()) throw badUserInput([{ field: 'fotoVanNu', messages: progressReviewTextRequired }]);
    await updateVersioned(ctx.em, ProgressReview, { networkId: s.visit.networkId, visitId: s.visit.id, months: input.months }, input.version, {
      submittedAt: SQL_CLOCK,
      submittedBy: ctx.userId,
      updatedAt: SQL_CLOCK,
    });
    await this.audit.record(ctx.em, {
      networkId: s.visit.networkId,
      actorUserId: ctx.userId,
      action: 'progress_review.submitted',
      targetType: 'visit',
      targetId: s.visit.id,
      data: { months: input.months },
      ip: ctx.ip,
    });
    return this.reviews(ctx, s.visit.id);
  }
}
