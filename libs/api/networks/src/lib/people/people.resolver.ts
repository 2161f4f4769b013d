import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, Membership, uuidArg, type RequestContext } from '@kijkje/api/core';
import { Organisation } from '../organisations/organisation.entity';
import { organisationLoader } from '../organisations/organisation.loader';
import { AuditEventView } from './audit-event.model';
import { MembershipRequestsService } from './membership-requests.service';
import { PeopleService } from './people.service';

@Resolver(() => Membership)
export class PeopleResolver {
  constructor(
    private readonly service: PeopleService,
    private readonly requests: MembershipRequestsService,
  ) {}

  @Query(() => [Membership], { description: 'The people of the current network.' })
  memberships(@Ctx() ctx: RequestContext): Promise<Membership[]> {
    return this.service.memberships(ctx);
  }

  @Mutation(() => Membership)
  deactivateMembership(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }, uuidArg('id')) id: string): Promise<Membership> {
    return this.service.deactivate(ctx, id);
  }

  @Mutation(() => Membership, { description: 'Coordinator: admits someone who asked to join by signing in through their organisation.' })
  admitMembershipRequest(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }, uuidArg('id')) id: string): Promise<Membership> {
    return this.requests.admit(ctx, id);
  }

  @Mutation(() => Boolean, { description: 'Coordinator: declines a request to join; signing in again asks again.' })
  declineMembershipRequest(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }, uuidArg('id')) id: string): Promise<boolean> {
    return this.requests.decline(ctx, id);
  }

  @Query(() => [AuditEventView], { description: 'Coordinator: the newest 100 audit events of the current network.' })
  auditEvents(@Ctx() ctx: RequestContext): Promise<AuditEventView[]> {
    return this.service.auditEvents(ctx);
  }

  /** Only organisations of the current network are visible; others read as null. */
  @ResolveField(() => Organisation, { nullable: true })
  organisation(@Parent() m: Membership, @Ctx() ctx: RequestContext): Promise<Organisation | null> {
    return m.organisationId && m.networkId === ctx.networkId ? organisationLoader(ctx).load(m.organisationId) : Promise.resolve(null);
  }
}
