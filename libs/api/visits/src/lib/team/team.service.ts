import { Injectable } from '@nestjs/common';
import {
  AccessService,
  AuditService,
  LIVE_RECHECK,
  LiveEvents,
  NotificationService,
  User,
  badUserInput,
  byIdLoader,
  type RequestContext,
} from '@kijkje/api/core';
import {
  assignmentViolationMessages,
  checkAssignment,
  checkTeam,
  stepNotYours,
  teamViolationMessage,
  visitTransitionMessage,
  type Bilingual,
  type TeamFacts,
} from '@kijkje/domain';
import DataLoader from 'dataloader';
import type { AssignReviewerInput, ReviewerRefInput } from '../dto/visit.inputs';
import { roundFacts } from '../round-facts';
import { VisitInvitations } from '../calendar/visit-invitations';
import { VisitAccess } from '../visit-access.service';
import { visitTopic } from '../visit-topic';
import type { Visit } from '../visit.entity';
import { activeMembership, activePeopleOf, clearLead, makeLead, teamContacts, userNames } from '../visits.queries';
import { VisitReviewer } from './visit-reviewer.entity';

export interface Candidate {
  userId: string;
  name: string;
  organisationId: string;
  problems: Bilingual[];
}

/** The review team of a visit: who joins, who leads, and whether it is complete. */
@Injectable()
export class TeamService {
  constructor(
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly visits: VisitAccess,
    private readonly live: LiveEvents,
    private readonly notifications: NotificationService,
    private readonly invitations: VisitInvitations,
  ) {}

  members(ctx: RequestContext, visitId: string): Promise<VisitReviewer[]> {
    return this.teamLoader(ctx).load(visitId);
  }

  private teamLoader(ctx: RequestContext): DataLoader<string, VisitReviewer[]> {
    return ctx.loader(
      'visit:team',
      () =>
        new DataLoader<string, VisitReviewer[]>(async (ids) => {
          // The reviewers' accounts come along, so that a team with its names takes one statement.
          const rows = await ctx.em
            .createQueryBuilder(VisitReviewer, 'r')
            .leftJoinAndMapOne('r.account', User, 'u', 'u.id = r.user_id')
            .where('r.network_id = :networkId AND r.visit_id IN (:...ids)', { networkId: ctx.networkId, ids: [...ids] })
            .orderBy('r.is_lead', 'DESC')
            .addOrderBy('r.created_at', 'ASC')
            .getMany();
          const users = byIdLoader(ctx, User);
          for (const r of rows as (VisitReviewer & { account?: User })[]) {
            if (r.account) users.prime(r.account.id, r.account);
            delete r.account;
          }
          return ids.map((id) => rows.filter((r) => r.visitId === id));
        }),
    );
  }

  async facts(ctx: RequestContext, visit: Visit): Promise<TeamFacts> {
    const round = await roundFacts(ctx, visit);
    const team = await this.members(ctx, visit.id);
    return {
      hostOrganisationId: visit.hostOrganisationId,
      roundOrganisationIds: round.organisationIds,
      conflicts: round.conflicts,
      team: team.map((m) => ({ userId: m.userId, organisationId: m.organisationId, lead: m.isLead })),
    };
  }

  async names(ctx: RequestContext, visit: Visit): Promise<Map<string, string>> {
    const team = await this.members(ctx, visit.id);
    if (!team.length) return new Map();
    const rows = await userNames(
      ctx.em,
      team.map((m) => m.userId),
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  async problems(ctx: RequestContext, visit: Visit): Promise<Bilingual[]> {
    const violations = checkTeam(await this.facts(ctx, visit));
    if (!violations.length) return [];
    const names = await this.names(ctx, visit);
    return violations.map((v) => teamViolationMessage(v, (id) => names.get(id) ?? id));
  }

  /** People who could join: active members of the round's other organisations, with what stands in the way. */
  async candidates(ctx: RequestContext, visitId: string): Promise<Candidate[]> {
    const standing = await this.visits.require(
      ctx,
      visitId,
      (s) => s.relations.has('coordinator') || (s.relations.has('roundMember') && !s.relations.has('host')),
    );
    const facts = await this.facts(ctx, standing.visit);
    const onlyOwn = !standing.relations.has('coordinator');
    const others = facts.roundOrganisationIds.filter((id) => id !== standing.visit.hostOrganisationId && (!onlyOwn || id === ctx.membership?.organisationId));
    if (!others.length) return [];
    const people = await activePeopleOf(ctx.em, standing.visit.networkId, others);
    return people.map((p) => ({ ...p, problems: checkAssignment(p, facts).map((v) => assignmentViolationMessages[v]) }));
  }

  /**
   * Adds a reviewer. The coordinator may add anyone eligible and choose the lead; a member of
   * another organisation of the round may offer people of their own organisation. The visit row
   * is locked, so two changes to one team never interleave.
   */
  async assign(ctx: RequestContext, input: AssignReviewerInput): Promise<Visit> {
    await this.access.inNetwork(ctx, 'visit.act');
    const standing = await this.visits.require(
      ctx,
      input.visitId,
      (s) => s.relations.has('coordinator') || (s.relations.has('roundMember') && !s.relations.has('host')),
      true,
    );
    const { visit, rights, relations } = standing;
    const coordinator = relations.has('coordinator');
    if (!rights.manageTeam && !rights.offerOwnReviewers) throw badUserInput([{ field: 'visitId', messages: visitTransitionMessage }]);
    const candidate = await activeMembership(ctx.em, visit.networkId, input.userId);
    if (!candidate || (!coordinator && candidate.organisationId !== ctx.membership?.organisationId)) return this.access.notVisible(ctx, 'user', input.userId);
    if (input.lead && !coordinator) {
      throw badUserInput([
        { field: 'lead', messages: { nl: 'Alleen de coördinator kiest de teamleider.', en: 'Only the coordinator chooses the lead reviewer.' } },
      ]);
    }
    const violations = checkAssignment({ userId: input.userId, organisationId: candidate.organisationId }, await this.facts(ctx, visit));
    if (violations.length) throw badUserInput(violations.map((v) => ({ field: 'userId', messages: assignmentViolationMessages[v] })));
    if (input.lead) await clearLead(ctx.em, visit.networkId, visit.id);
    await ctx.em.insert(VisitReviewer, {
      networkId: visit.networkId,
      visitId: visit.id,
      userId: input.userId,
      organisationId: candidate.organisationId!,
      isLead: Boolean(input.lead),
      assignedBy: ctx.userId,
    });
    await this.audit.record(ctx.em, {
      networkId: visit.networkId,
      actorUserId: ctx.userId,
      action: 'visit.reviewer_assigned',
      targetType: 'visit',
      targetId: visit.id,
      data: { userId: input.userId, lead: Boolean(input.lead) },
      ip: ctx.ip,
    });
    if (input.userId !== ctx.userId) {
      const subject = { type: 'visit' as const, id: visit.id };
      await this.notifications.notify(ctx.em, { networkId: visit.networkId, kind: 'ADDED_TO_VISIT_TEAM', subject, recipients: [input.userId] });
    }
    // Joining a team whose visit is already fixed: the newcomer gets its calendar invitation too.
    if (visit.status !== 'PLANNED') await this.invitations.send(ctx, visit, input.userId);
    return this.changed(ctx, visit);
  }

  /** Takes a reviewer off the team: the coordinator anyone, a round member their own people, anyone themselves. */
  async remove(ctx: RequestContext, input: ReviewerRefInput): Promise<Visit> {
    await this.access.inNetwork(ctx, 'visit.act');
    const standing = await this.visits.require(ctx, input.visitId, () => true, true);
    const { visit, relations, rights } = standing;
    const member = (await this.members(ctx, visit.id)).find((m) => m.userId === input.userId);
    const mayRemove =
      member !== undefined &&
      (relations.has('coordinator') ||
        input.userId === ctx.userId ||
        (relations.has('roundMember') && !relations.has('host') && member.organisationId === ctx.membership?.organisationId));
    if (!member) return this.access.notVisible(ctx, 'reviewer', input.userId);
    // The team is on the visit's overview: removing someone else's reviewer is refused as such.
    if (!mayRemove) return this.access.notAllowed(ctx, 'reviewer', input.userId, stepNotYours.visit);
    if (!rights.manageTeam && !rights.offerOwnReviewers && !['PLANNED', 'PREPARED'].includes(visit.status)) {
      throw badUserInput([{ field: 'visitId', messages: visitTransitionMessage }]);
    }
    // Once the invitation has gone out (the preparation is submitted), the visit leaves their calendar.
    const invited = visit.status !== 'PLANNED' ? (await teamContacts(ctx.em, visit.networkId, visit.id)).find((p) => p.userId === input.userId) : undefined;
    await ctx.em.delete(VisitReviewer, { networkId: visit.networkId, visitId: visit.id, userId: input.userId });
    if (invited) await this.invitations.cancelFor(ctx, visit, invited);
    await this.audit.record(ctx.em, {
      networkId: visit.networkId,
      actorUserId: ctx.userId,
      action: 'visit.reviewer_removed',
      targetType: 'visit',
      targetId: visit.id,
      data: { userId: input.userId },
      ip: ctx.ip,
    });
    // Whoever follows the board checks again whether they still may (SEC-13): the one taken off
    // the team is cut off within moments, on whichever API process their socket is.
    await this.live.publish(ctx.em, { networkId: visit.networkId, topic: visitTopic(visit.id), kind: LIVE_RECHECK, id: '' });
    return this.changed(ctx, visit);
  }

  /** The coordinator makes one of the team the lead. */
  async setLead(ctx: RequestContext, input: ReviewerRefInput): Promise<Visit> {
    await this.access.inNetwork(ctx, 'visit.act');
    const { visit, rights } = await this.visits.require(ctx, input.visitId, (s) => s.relations.has('coordinator'), true);
    if (!rights.manageTeam) throw badUserInput([{ field: 'visitId', messages: visitTransitionMessage }]);
    const member = (await this.members(ctx, visit.id)).find((m) => m.userId === input.userId);
    if (!member) return this.access.notVisible(ctx, 'reviewer', input.userId);
    // Two statements: one lead at a time, even for a moment (the unique index checks each row).
    await clearLead(ctx.em, visit.networkId, visit.id);
    await makeLead(ctx.em, visit.networkId, visit.id, input.userId);
    await this.audit.record(ctx.em, {
      networkId: visit.networkId,
      actorUserId: ctx.userId,
      action: 'visit.lead_chosen',
      targetType: 'visit',
      targetId: visit.id,
      data: { userId: input.userId },
      ip: ctx.ip,
    });
    return this.changed(ctx, visit);
  }

  private changed(ctx: RequestContext, visit: Visit): Visit {
    this.teamLoader(ctx).clear(visit.id);
    this.visits.forget(ctx, visit.id);
    return visit;
  }
}
