import type { GraphQLResolveInfo } from 'graphql';
import { VISIT_BY_ID } from './visit.read';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import {
  AccessService,
  AuditService,
  DomainHooks,
  SQL_NOW,
  badUserInput,
  readPlanned,
  updateVersioned,
  type RequestContext,
  type VersionedChanges,
} from '@kijkje/api/core';
import { frameworkOf } from '@kijkje/api/programmes';
import { Round, RoundEvaluationNotices } from '@kijkje/api/rounds';
import {
  checkAnswers,
  dutchToday,
  visitTimesOf,
  checkPreparationComplete,
  canTransitionVisit,
  checkTeam,
  roundStatusFromVisits,
  steersRound,
  selfAssessmentKeys,
  submitViolationMessage,
  teamViolationMessage,
  visitNotYetHeldMessage,
  visitTransitionMessage,
  type Bilingual,
  type VisitStatus,
  stepAuditAction,
  type AuditAction,
} from '@kijkje/domain';
import DataLoader from 'dataloader';
import type { SaveSelfAssessmentInput, UpdateVisitPlanInput, VisitStepInput } from './dto/visit.inputs';
import { VisitInvitations } from './calendar/visit-invitations';
import { roundFacts } from './round-facts';
import { planChanges } from './visit-plan';
import { TeamService } from './team/team.service';
import { VisitAccess, type VisitStanding } from './visit-access.service';
import { Visit } from './visit.entity';
import { hostedOrReviewedBy, insertVisitsForHosts, lockRoundStatus, setRoundStatus, visitStatusesOfRound } from './visits.queries';

/** Stands for the database's clock in versionedUpdate values. */
export const NOW = SQL_NOW;

const ANSWER_MESSAGES: Record<string, Bilingual> = {
  UNKNOWN_QUESTION: { nl: 'Deze vraag hoort niet bij de voorbereiding van dit programma.', en: 'This question is not part of this programme’s preparation.' },
  TOO_LONG: { nl: 'Dit antwoord is te lang.', en: 'This answer is too long.' },
};

@Injectable()
export class VisitsService implements OnModuleInit {
  constructor(
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly hooks: DomainHooks,
    private readonly visits: VisitAccess,
    private readonly team: TeamService,
    private readonly invitations: VisitInvitations,
    private readonly evaluationNotices: RoundEvaluationNotices,
  ) {}

  onModuleInit(): void {
    // Starting a round gives each of its organisations the visit it hosts.
    this.hooks.on('round.started', async (ctx, { networkId, roundId, organisationIds }) => {
      await insertVisitsForHosts(ctx.em, networkId, roundId, organisationIds);
    });
  }

  async get(ctx: RequestContext, id: string): Promise<Visit> {
    return (await this.visits.require(ctx, id)).visit;
  }

  /** `visit(id)`: the whole selection in one statement where it compiles (visit.read.ts), else as `get`. */
  async read(ctx: RequestContext, id: string, info: GraphQLResolveInfo): Promise<Visit> {
    await this.access.inNetwork(ctx, 'visit.read');
    return (await readPlanned<Visit>(ctx, info, VISIT_BY_ID, [id])) ?? this.get(ctx, id);
  }

  /** The visits of a round the caller may see: all for a coordinator and the round's members. */
  async forRound(ctx: RequestContext, round: Round): Promise<Visit[]> {
    const loader = ctx.loader(
      'visit:byRound',
      () =>
        new DataLoader<string, Visit[]>(async (roundIds) => {
          const rows = await ctx.em
            .createQueryBuilder(Visit, 'v')
            .innerJoin('organisation', 'o', 'o.id = v.host_organisation_id AND o.network_id = v.network_id')
            .where('v.network_id = :networkId AND v.round_id IN (:...roundIds)', { networkId: ctx.networkId, roundIds: [...roundIds] })
            .orderBy('v.starts_on', 'ASC', 'NULLS LAST')
            .addOrderBy('o.name', 'ASC')
            .getMany();
          return roundIds.map((id) => rows.filter((v) => v.roundId === id));
        }),
    );
    const visits = await loader.load(round.id);
    const standings = await Promise.all(visits.map((v) => this.visits.standing(ctx, v)));
    return standings.filter((s) => s.rights.overview).map((s) => s.visit);
  }

  /** The visits the caller hosts or reviews, soonest first. */
  async mine(ctx: RequestContext): Promise<Visit[]> {
    const networkId = await this.access.inNetwork(ctx, 'visit.read');
    const qb = ctx.em.createQueryBuilder(Visit, 'v').where('v.network_id = :networkId', { networkId });
    return hostedOrReviewedBy(qb, ctx.membership?.organisationId ?? null, ctx.userId)
      .orderBy('v.starts_on', 'ASC', 'NULLS LAST')
      .addOrderBy('v.created_at', 'ASC')
      .getMany();
  }

  /** The host: day, start and end time, place and the programme of the day (see planChanges). */
  async updatePlan(ctx: RequestContext, input: UpdateVisitPlanInput): Promise<Visit> {
    const { visit } = await this.requireHostEditing(ctx, input.visitId);
    return this.versionedUpdate(ctx, visit, input.version, 'visit.plan_updated', planChanges(visit, input, dutchToday()));
  }

  /** The host's autosave of the self-assessment. */
  async saveAnswers(ctx: RequestContext, input: SaveSelfAssessmentInput): Promise<Visit> {
    const standing = await this.requireHostEditing(ctx, input.visitId);
    const { programme } = await roundFacts(ctx, standing.visit);
    const framework = frameworkOf(programme);
    // An answer to a question the coordinator has since removed stays stored as it was (its key is
    // never given to another question): a form that still sends it back is not refused for it.
    const asked = new Set(selfAssessmentKeys(framework));
    const removed = Object.fromEntries(Object.entries(standing.visit.answers).filter(([key]) => !asked.has(key)));
    const answers = Object.fromEntries(input.answers.filter((a) => a.text.trim() !== '' && !(a.key in removed)).map((a) => [a.key, a.text]));
    const problems = checkAnswers(framework, answers);
    if (problems.length) throw badUserInput(problems.map((p) => ({ field: `answers.${p.key}`, messages: ANSWER_MESSAGES[p.code] })));
    // Autosave runs every few seconds: the audit trail records the submission, not each save.
    return this.versionedUpdate(ctx, standing.visit, input.version, null, { answers: { ...removed, ...answers } });
  }

  /** PLANNED → PREPARED: the reviewers can read the preparation. */
  async submitPreparation(ctx: RequestContext, input: VisitStepInput): Promise<Visit> {
    const { visit } = await this.requireHostEditing(ctx, input.visitId);
    const problems = await this.missingFromPreparation(ctx, visit);
    if (problems.length) throw badUserInput(problems.map((messages) => ({ field: 'visitId', messages })));
    const prepared = await this.step(ctx, visit, input.version, 'PREPARED', 'preparedAt');
    // The day and time are fixed now: the host and the team get the invitation for their calendar.
    await this.invitations.send(ctx, visit);
    return prepared;
  }

  /** PREPARED → HELD, once the team is complete: then the lead may share the findings. */
  async markHeld(ctx: RequestContext, input: VisitStepInput): Promise<Visit> {
    const standing = await this.visits.require(ctx, input.visitId, (s) => s.relations.has('lead') || s.relations.has('coordinator'));
    const { rights, visit } = standing;
    if (rights.markHeldLater && visit.startsOn) throw badUserInput([{ field: 'visitId', messages: visitNotYetHeldMessage(visit.startsOn) }]);
    if (!rights.markHeld) throw badUserInput([{ field: 'visitId', messages: visitTransitionMessage }]);
    const facts = await this.team.facts(ctx, standing.visit);
    const problems = checkTeam(facts);
    if (problems.length) {
      const names = await this.team.names(ctx, standing.visit);
      throw badUserInput(problems.map((p) => ({ field: 'visitId', messages: teamViolationMessage(p, (id) => names.get(id) ?? id) })));
    }
    return this.step(ctx, standing.visit, input.version, 'HELD', 'heldAt');
  }

  /** What still stands between the host and submitting the preparation. */
  async preparationProblems(ctx: RequestContext, standing: VisitStanding): Promise<Bilingual[]> {
    if (!standing.relations.has('host') || standing.visit.status !== 'PLANNED') return [];
    return this.missingFromPreparation(ctx, standing.visit);
  }

  /** The preparation measured against the programme's framework: one rule for the page and for submitting. */
  private async missingFromPreparation(ctx: RequestContext, visit: Visit): Promise<Bilingual[]> {
    const { programme } = await roundFacts(ctx, visit);
    const framework = frameworkOf(programme);
    const { answers, startsOn, location, agenda } = visit;
    return checkPreparationComplete({ framework, answers, startsOn, location, agenda, times: visitTimesOf(visit) }).map((p) =>
      submitViolationMessage(p, framework),
    );
  }

  /**
   * Moves a visit on and lets its round follow (VISITING once a visit is held, and so on). Used
   * by the later contexts too (reports), so that the rule lives in one place.
   */
  async step(
    ctx: RequestContext,
    visit: Visit,
    version: number,
    to: Exclude<VisitStatus, 'PLANNED'>,
    stamp: 'preparedAt' | 'heldAt' | null,
    extra: VersionedChanges<Visit> = {},
  ): Promise<Visit> {
    if (!canTransitionVisit(visit.status, to)) throw badUserInput([{ field: 'visitId', messages: visitTransitionMessage }]);
    const updated = await this.versionedUpdate(
      ctx,
      visit,
      version,
      stepAuditAction('visit', to),
      { status: to, ...(stamp ? { [stamp]: NOW } : {}), ...extra },
      { from: visit.status, to },
    );
    await this.followRound(ctx, visit.roundId);
    return updated;
  }

  private async followRound(ctx: RequestContext, roundId: string): Promise<void> {
    const networkId = ctx.networkId!;
    const round = await lockRoundStatus(ctx.em, networkId, roundId);
    const rows = await visitStatusesOfRound(ctx.em, networkId, roundId);
    const next = roundStatusFromVisits(
      round.status,
      rows.filter((r) => steersRound(r.kind)).map((r) => r.status),
    );
    if (next !== round.status) {
      await setRoundStatus(ctx.em, networkId, roundId, next);
      await this.audit.record(ctx.em, {
        networkId,
        actorUserId: ctx.userId,
        action: 'round.status_changed',
        targetType: 'round',
        targetId: roundId,
        data: { from: round.status, to: next },
        ip: ctx.ip,
      });
      if (next === 'CLOSED') await this.evaluationNotices.roundClosed(ctx.em, networkId, roundId);
    }
  }

  private async requireHostEditing(ctx: RequestContext, visitId: string): Promise<VisitStanding> {
    await this.access.inNetwork(ctx, 'visit.act');
    const standing = await this.visits.require(ctx, visitId, (s) => s.relations.has('host'));
    if (!standing.rights.editPreparation) {
      throw badUserInput([{ field: 'visitId', messages: { nl: 'De voorbereiding is al ingediend.', en: 'The preparation has already been submitted.' } }]);
    }
    return standing;
  }

  /**
   * `UPDATE … WHERE version = $n`: a stale version changes nothing and answers CONFLICT with the
   * current version (REL-02). Values are the visit's properties; NOW is the database's clock.
   */
  async versionedUpdate(
    ctx: RequestContext,
    visit: Visit,
    version: number,
    action: AuditAction | null,
    values: VersionedChanges<Visit>,
    data: Record<string, unknown> = {},
  ): Promise<Visit> {
    const updated = await updateVersioned(ctx.em, Visit, { id: visit.id, networkId: visit.networkId }, version, values);
    if (action)
      await this.audit.record(ctx.em, {
        networkId: visit.networkId,
        actorUserId: ctx.userId,
        action,
        targetType: 'visit',
        targetId: visit.id,
        data,
        ip: ctx.ip,
      });
    return updated;
  }
}
