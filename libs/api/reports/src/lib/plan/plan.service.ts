import { Injectable } from '@nestjs/common';
import { AccessService, AuditService, NotificationService, SQL_CLOCK, badUserInput, conflict, updateVersioned, type RequestContext } from '@kijkje/api/core';
import { Visit, VisitAccess } from '@kijkje/api/visits';
import {
  actionInputViolationMessages,
  actionMayBeRemoved,
  actionMayMove,
  actionMoveRefused,
  actionPlanRights,
  actionRemovalRefused,
  checkActionInput,
  dropReasonRequired,
  onlyRecommendationsAnswered,
  stepNotYours,
  type ActionPlanRights,
  type AuditAction,
  type ReportSharing,
  type VisitRelation,
  type VisitRights,
} from '@kijkje/domain';
import type {
  AddPlanActionInput,
  CommentOnPlanActionInput,
  MarkAnsweredInput,
  MovePlanActionInput,
  PlanActionFields,
  PlanStepInput,
  RemovePlanActionInput,
  SetPlanCoordinatorAccessInput,
  UpdatePlanActionInput,
} from './plan.inputs';
import { ActionPlan, PlanAction } from './plan.entities';
import { addComment, finalFindings, lockAction, planAndSharing, teamOf, type CommentRow } from './plan.queries';

export interface PlanStanding {
  visit: Visit;
  relations: Set<VisitRelation>;
  plan: ActionPlan | null;
  sharing: ReportSharing;
  rights: ActionPlanRights;
  /** The caller's rights on the visit itself (its overview, its preparation), beside those on the plan. */
  visitRights: VisitRights;
}

type Step = keyof Omit<ActionPlanRights, 'read' | 'figures'>;

/**
 * The action plan of a visit (verbeterplan): the host begins it once the report is final, adds
 * actions linked to the report's findings, moves them through their statuses and shares the plan;
 * the team comments and the lead marks which recommendations it answers. Who reads what is
 * actionPlanRights in libs/domain.
 */
@Injectable()
export class ActionPlanService {
  constructor(
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly visits: VisitAccess,
    private readonly notifications: NotificationService,
  ) {}

  /**
   * The visit, its plan and the caller's rights on it, for whoever sees the visit or the plan: a
   * plan the host shared with the network is read by members who see no more of the visit.
   */
  async standing(ctx: RequestContext, visitId: string, lock = false): Promise<PlanStanding> {
    const networkId = await this.access.inNetwork(ctx, 'visit.read');
    const visit = await ctx.em.findOne(Visit, { where: { id: visitId, networkId }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!visit) return this.access.notVisible(ctx, 'actionPlan', visitId);
    const { relations, rights: visitRights } = await this.visits.standing(ctx, visit);
    const { plan, sharing } = await planAndSharing(ctx.em, visit.networkId, visit.id, lock);
    const rights = actionPlanRights(relations, visit.status, plan, sharing, visit.kind);
    if (!visitRights.overview && !rights.figures) return this.access.notVisible(ctx, 'actionPlan', visitId);
    return { visit, relations, plan, sharing, rights, visitRights };
  }

  /** A step on the plan: the caller sees the visit, and the step is theirs; the plan is locked for it. */
  private async step(ctx: RequestContext, visitId: string, step: Step): Promise<PlanStanding & { plan: ActionPlan }> {
    const standing = await this.standing(ctx, visitId, true);
    if (!standing.rights[step]) {
      // Whoever sees the visit or the plan is told the step is not theirs; anyone else learns nothing.
      if (standing.rights.read || standing.visitRights.overview) return this.access.notAllowed(ctx, 'actionPlan', visitId, stepNotYours.actionPlan);
      return this.access.notVisible(ctx, 'actionPlan', visitId);
    }
    return standing as PlanStanding & { plan: ActionPlan };
  }

  private async record(ctx: RequestContext, action: AuditAction, targetType: string, targetId: string, data?: Record<string, unknown>) {
    await this.audit.record(ctx.em, { networkId: ctx.networkId!, actorUserId: ctx.userId, action, targetType, targetId, data, ip: ctx.ip });
  }

  async start(ctx: RequestContext, visitId: string): Promise<PlanStanding> {
    const { visit } = await this.step(ctx, visitId, 'start');
    await ctx.em.insert(ActionPlan, { networkId: visit.networkId, visitId });
    await this.record(ctx, 'action_plan.started', 'visit', visitId);
    return this.standing(ctx, visitId);
  }

  async share(ctx: RequestContext, input: PlanStepInput): Promise<PlanStanding> {
    const { visit } = await this.step(ctx, input.visitId, 'share');
    await updateVersioned(ctx.em, ActionPlan, { networkId: visit.networkId, visitId: visit.id }, input.version, {
      status: 'SHARED',
      sharedAt: SQL_CLOCK,
      updatedAt: SQL_CLOCK,
    });
    await this.record(ctx, 'action_plan.shared', 'visit', visit.id);
    // The team may now read and comment on it: they hear so.
    await this.notifications.notify(ctx.em, {
      networkId: visit.networkId,
      kind: 'ACTION_PLAN_SHARED',
      subject: { type: 'visit', id: visit.id },
      recipients: await teamOf(ctx.em, visit.networkId, visit.id),
    });
    return this.standing(ctx, visit.id);
  }

  async setCoordinatorAccess(ctx: RequestContext, input: SetPlanCoordinatorAccessInput): Promise<PlanStanding> {
    const { visit } = await this.step(ctx, input.visitId, 'setCoordinatorAccess');
    await updateVersioned(ctx.em, ActionPlan, { networkId: visit.networkId, visitId: visit.id }, input.version, {
      openToCoordinator: input.open,
      updatedAt: SQL_CLOCK,
    });
    await this.record(ctx, 'action_plan.coordinator_access_set', 'visit', visit.id, { open: input.open });
    return this.standing(ctx, visit.id);
  }

  async markAnswered(ctx: RequestContext, input: MarkAnsweredInput): Promise<PlanStanding> {
    const { visit, plan } = await this.step(ctx, input.visitId, 'markAnswered');
    const findings = await finalFindings(ctx.em, visit.networkId, visit.id);
    if (findings.get(input.findingId) !== 'RECOMMENDATION') throw badUserInput([{ field: 'findingId', messages: onlyRecommendationsAnswered }]);
    const others = plan.answeredFindingIds.filter((id) => id !== input.findingId);
    await updateVersioned(ctx.em, ActionPlan, { networkId: visit.networkId, visitId: visit.id }, input.version, {
      answeredFindingIds: input.answered ? [...others, input.findingId] : others,
      updatedAt: SQL_CLOCK,
    });
    await this.record(ctx, 'action_plan.answer_marked', 'visit', visit.id, { findingId: input.findingId, answered: input.answered });
    return this.standing(ctx, visit.id);
  }

  async addAction(ctx: RequestContext, input: AddPlanActionInput): Promise<PlanAction> {
    const { visit } = await this.step(ctx, input.visitId, 'edit');
    const fields = await this.checked(ctx, visit, input);
    const [added] = (await ctx.em.insert(PlanAction, { networkId: visit.networkId, visitId: visit.id, createdBy: ctx.userId, ...fields })).identifiers;
    await this.record(ctx, 'plan_action.added', 'plan_action', added.id, { visitId: visit.id });
    return ctx.em.findOneByOrFail(PlanAction, { networkId: visit.networkId, id: added.id });
  }

  async updateAction(ctx: RequestContext, input: UpdatePlanActionInput): Promise<PlanAction> {
    const { visit, action } = await this.actionStep(ctx, input.id, 'edit');
    const fields = await this.checked(ctx, visit, input);
    const written = await updateVersioned(ctx.em, PlanAction, { networkId: visit.networkId, id: action.id }, input.version, {
      ...fields,
      updatedAt: SQL_CLOCK,
    });
    await this.record(ctx, 'plan_action.updated', 'plan_action', action.id, { visitId: visit.id });
    return written;
  }

  async moveAction(ctx: RequestContext, input: MovePlanActionInput): Promise<PlanAction> {
    const { visit, action } = await this.actionStep(ctx, input.id, 'edit');
    if (action.version !== input.version) throw conflict(action.version);
    if (!actionMayMove(action.status, input.status)) throw badUserInput([{ field: 'status', messages: actionMoveRefused }]);
    const reason = input.reason?.trim() || null;
    if (input.status === 'DROPPED' && !reason) throw badUserInput([{ field: 'reason', messages: dropReasonRequired }]);
    const written = await updateVersioned(ctx.em, PlanAction, { networkId: visit.networkId, id: action.id }, input.version, {
      status: input.status,
      dropReason: input.status === 'DROPPED' ? reason : null,
      updatedAt: SQL_CLOCK,
    });
    await this.record(ctx, 'plan_action.moved', 'plan_action', action.id, { visitId: visit.id, from: action.status, to: input.status });
    return written;
  }

  async removeAction(ctx: RequestContext, input: RemovePlanActionInput): Promise<boolean> {
    const { visit, plan, action } = await this.actionStep(ctx, input.id, 'edit');
    if (!actionMayBeRemoved(plan.status)) throw badUserInput([{ field: 'id', messages: actionRemovalRefused }]);
    if (action.version !== input.version) throw conflict(action.version);
    await ctx.em.delete(PlanAction, { networkId: visit.networkId, id: action.id });
    await this.record(ctx, 'plan_action.removed', 'plan_action', action.id, { visitId: visit.id });
    return true;
  }

  async comment(ctx: RequestContext, input: CommentOnPlanActionInput): Promise<CommentRow> {
    const { visit, action } = await this.actionStep(ctx, input.actionId, 'comment');
    const row = await addComment(ctx.em, { networkId: visit.networkId, actionId: action.id, authorId: ctx.userId, text: input.text });
    await this.record(ctx, 'plan_action.commented', 'plan_action', action.id, { visitId: visit.id });
    return row;
  }

  /** An action and the plan it belongs to, for a step on it; an action of a plan the caller may not read is not found. */
  private async actionStep(ctx: RequestContext, actionId: string, step: Step) {
    const networkId = await this.access.inNetwork(ctx, 'visit.read');
    const found = await ctx.em.findOneBy(PlanAction, { networkId, id: actionId });
    if (!found) return this.access.notVisible(ctx, 'planAction', actionId);
    const standing = await this.standing(ctx, found.visitId, true);
    if (!standing.rights.read) return this.access.notVisible(ctx, 'planAction', actionId);
    if (!standing.rights[step]) return this.access.notAllowed(ctx, 'planAction', actionId, stepNotYours.actionPlan);
    const action = (await lockAction(ctx.em, networkId, actionId))!;
    return { ...standing, plan: standing.plan!, action };
  }

  /** The fields of an action, checked against the visit's report (libs/domain), trimmed as stored. */
  private async checked(ctx: RequestContext, visit: Visit, input: PlanActionFields) {
    const findings = await finalFindings(ctx.em, visit.networkId, visit.id);
    const fields = {
      title: input.title.trim(),
      description: input.description?.trim() || null,
      owner: input.owner.trim(),
      dueOn: input.dueOn ?? null,
      findingIds: [...new Set(input.findingIds)],
    };
    const violations = checkActionInput(fields, visit.startsOn, new Set(findings.keys()));
    if (violations.length) throw badUserInput(violations.map((v) => ({ field: v.field, messages: actionInputViolationMessages[v.code] })));
    return fields;
  }
}
