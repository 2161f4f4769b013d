import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, type RequestContext } from '@kijkje/api/core';
import { followUpInvitation } from '@kijkje/domain';
import { VisitAccess } from '../visit-access.service';
import { Visit } from '../visit.entity';
import { InviteFollowUpInput } from './follow-up.inputs';
import { FollowUpService } from './follow-up.service';

@Resolver(() => Visit)
export class FollowUpResolver {
  constructor(
    private readonly service: FollowUpService,
    private readonly access: VisitAccess,
  ) {}

  @Mutation(() => Visit, { description: 'Host or coordinator, once the report is final: invites the team to a follow-up conversation (terugkomgesprek).' })
  inviteFollowUp(@Ctx() ctx: RequestContext, @Args('input') input: InviteFollowUpInput): Promise<Visit> {
    return this.service.invite(ctx, input);
  }

  @ResolveField(() => [Visit], { description: 'The follow-up conversations of this visit, oldest first.' })
  followUps(@Parent() visit: Visit, @Ctx() ctx: RequestContext): Promise<Visit[]> {
    return this.service.of(ctx, visit);
  }

  @ResolveField(() => Boolean, { description: 'The viewer may invite the team to a follow-up conversation now (followUpInvitation).' })
  async mayInviteFollowUp(@Parent() visit: Visit, @Ctx() ctx: RequestContext): Promise<boolean> {
    const relations = await this.access.relations(ctx, visit);
    const followUps = (await this.service.of(ctx, visit)).map((f) => f.status);
    return followUpInvitation(relations, { kind: visit.kind, status: visit.status, followUps })?.allowed ?? false;
  }
}
