import { Injectable } from '@nestjs/common';
import { AccessService, AuditService, badUserInput, conflict, type RequestContext } from '@kijkje/api/core';
import {
  checkIndicatorInput,
  indicatorCsvMessages,
  indicatorNotFound,
  indicatorRights,
  indicatorStepNotYours,
  indicatorViolationMessages,
  normalisePeriod,
  pairIndicators,
  progressReviewRights,
  type AuditAction,
  type IndicatorValue,
} from '@kijkje/domain';
import { ActionPlanService, type PlanStanding } from '../plan/plan.service';
import { parseIndicatorCsv } from './indicator-csv';
import type { ImportIndicatorsInput, IndicatorKeyInput, SaveIndicatorValueInput } from './indicators.inputs';
import { deleteIndicator, indicatorsOf, insertIndicator, lockIndicator, organisationsOf, updateIndicator, upsertIndicators } from './indicators.queries';
import type { IndicatorImportView, IndicatorsView } from './indicators.views';

/**
 * Figures (cijfers) about the host organisation of a visit, to tell then vs now with real numbers.
 * Who enters and reads them is indicatorRights in libs/domain: the host and the coordinator enter
 * them; whoever reads the action plan or a submitted progress review reads them too.
 */
@Injectable()
export class IndicatorService {
  constructor(
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly plans: ActionPlanService,
  ) {}

  private async standing(ctx: RequestContext, visitId: string, lock = false) {
    const s = await this.plans.standing(ctx, visitId, lock);
    const readsReview = progressReviewRights(s.relations, s.visit.status, s.plan, s.sharing, true, s.visit.kind).read;
    const rights = indicatorRights(s.relations, s.rights.read || readsReview);
    return { s, rights };
  }

  async indicators(ctx: RequestContext, visitId: string): Promise<IndicatorsView> {
    const { s, rights } = await this.standing(ctx, visitId);
    // Whoever sees the visit but not its figures gets none (and the page no section), not an error.
    return this.view(ctx, s, rights.write, rights.read);
  }

  private async view(ctx: RequestContext, s: PlanStanding, canWrite: boolean, canRead = true): Promise<IndicatorsView> {
    const { networkId, hostOrganisationId } = s.visit;
    const values = canRead ? await indicatorsOf(ctx.em, networkId, hostOrganisationId) : [];
    const [org] = (await organisationsOf(ctx.em, networkId)).filter((o) => o.id === hostOrganisationId);
    return {
      visitId: s.visit.id,
      organisationId: hostOrganisationId,
      organisationName: org?.name ?? '',
      visitDay: s.visit.startsOn,
      canRead,
      canWrite,
      values,
      pairs: pairIndicators(values, s.visit.startsOn),
    };
  }

  /** A step that writes: the caller enters figures for the host organisation; others learn only what they may. */
  private async step(ctx: RequestContext, visitId: string): Promise<PlanStanding> {
    const { s, rights } = await this.standing(ctx, visitId, true);
    if (!rights.write) {
      if (rights.read || s.visitRights.overview) return this.access.notAllowed(ctx, 'indicators', visitId, indicatorStepNotYours);
      return this.access.notVisible(ctx, 'indicators', visitId);
    }
    return s;
  }

  private async record(ctx: RequestContext, s: PlanStanding, action: AuditAction, data: Record<string, unknown>) {
    await this.audit.record(ctx.em, {
      networkId: s.visit.networkId,
      actorUserId: ctx.userId,
      action,
      targetType: 'organisation',
      targetId: s.visit.hostOrganisationId,
      data: { visitId: s.visit.id, ...data },
      ip: ctx.ip,
    });
  }

  async save(ctx: RequestContext, input: SaveIndicatorValueInput): Promise<IndicatorsView> {
    const s = await this.step(ctx, input.visitId);
    const checked = checkIndicatorInput({ ...input, unit: input.unit ?? '' });
    if (!checked.value) throw badUserInput(checked.violations.map((v) => ({ field: v.field, messages: indicatorViolationMessages[v.code] })));
    const v = checked.value;
    const { networkId, hostOrganisationId } = s.visit;
    const current = await lockIndicator(ctx.em, networkId, hostOrganisationId, v.code, v.period);
    if ((current?.version ?? 0) !== input.version) throw conflict(current?.version ?? 0);
    const written = current
      ? await updateIndicator(ctx.em, networkId, hostOrganisationId, v, input.version)
      : await insertIndicator(ctx.em, networkId, hostOrganisationId, v);
    if (!written) throw conflict();
    await this.record(ctx, s, 'indicator.saved', { code: v.code, period: v.period });
    return this.view(ctx, s, true);
  }

  async remove(ctx: RequestContext, input: IndicatorKeyInput): Promise<IndicatorsView> {
    const s = await this.step(ctx, input.visitId);
    const period = normalisePeriod(input.period);
    if (!period) throw badUserInput([{ field: 'period', messages: indicatorViolationMessages.PERIOD_INVALID }]);
    const code = input.code.trim();
    const current = await lockIndicator(ctx.em, s.visit.networkId, s.visit.hostOrganisationId, code, period);
    if (!current) throw badUserInput([{ field: 'code', messages: indicatorNotFound }]);
    if (current.version !== input.version || !(await deleteIndicator(ctx.em, s.visit.networkId, s.visit.hostOrganisationId, code, period, input.version)))
      throw conflict(current.version);
    await this.record(ctx, s, 'indicator.removed', { code, period });
    return this.view(ctx, s, true);
  }

  async import(ctx: RequestContext, input: ImportIndicatorsInput): Promise<IndicatorImportView> {
    const s = await this.step(ctx, input.visitId);
    const organisations = await organisationsOf(ctx.em, s.visit.networkId);
    const parsed = parseIndicatorCsv(input.csv, organisations, s.visit.hostOrganisationId);
    const nothing = { added: 0, updated: 0, skipped: parsed.skipped };
    if (parsed.errors.length > 0) return { ...nothing, errors: parsed.errors, indicators: await this.view(ctx, s, true) };
    if (parsed.values.length === 0) throw badUserInput([{ field: 'csv', messages: indicatorCsvMessages.empty }]);
    const written = await upsertIndicators(ctx.em, s.visit.networkId, s.visit.hostOrganisationId, parsed.values);
    await this.record(ctx, s, 'indicator.imported', {
      ...written,
      skipped: parsed.skipped,
      codes: [...new Set(parsed.values.map((v: IndicatorValue) => v.code))].slice(0, 50),
    });
    return { ...written, skipped: parsed.skipped, errors: [], indicators: await this.view(ctx, s, true) };
  }
}
