import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, Viewer, uuidArg, type RequestContext } from '@kijkje/api/core';
import { Organisation } from '../organisations/organisation.entity';
import { organisationLoader } from '../organisations/organisation.loader';
import { AcceptInvitationInput } from './dto/accept-invitation.input';
import { InvitePersonInput } from './dto/invite-person.input';
import { Invitation } from './invitation.entity';
import { InvitationPreview } from './invitation-preview.model';
import { InvitationsService } from './invitations.service';

@Resolver(() => Invitation)
export class InvitationsResolver {
  constructor(private readonly service: InvitationsService) {}

  @Query(() => [Invitation], { description: 'Coordinator: open invitations of the current network.' })
  invitations(@Ctx() ctx: RequestContext): Promise<Invitation[]> {
    return this.service.pending(ctx);
  }

  @Query(() => InvitationPreview, { nullable: true, description: 'Public: what an invitation link is for; null when unusable.' })
  invitation(@Ctx() ctx: RequestContext, @Args('token') token: string): Promise<InvitationPreview | null> {
    return this.service.preview(ctx, token);
  }

  @Mutation(() => Invitation)
  invitePerson(@Ctx() ctx: RequestContext, @Args('input') input: InvitePersonInput): Promise<Invitation> {
    return this.service.invite(ctx, input);
  }

  @Mutation(() => Boolean)
  revokeInvitation(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }, uuidArg('id')) id: string): Promise<boolean> {
    return this.service.revoke(ctx, id);
  }

  @Mutation(() => Viewer, { description: 'Accepts an invitation and signs the person in.' })
  acceptInvitation(@Ctx() ctx: RequestContext, @Args('input') input: AcceptInvitationInput): Promise<Viewer> {
    return this.service.accept(ctx, input);
  }

  @ResolveField(() => Organisation, { nullable: true })
  organisation(@Parent() invitation: Invitation, @Ctx() ctx: RequestContext): Promise<Organisation | null> {
    return invitation.organisationId ? organisationLoader(ctx).load(invitation.organisationId) : Promise.resolve(null);
  }
}
