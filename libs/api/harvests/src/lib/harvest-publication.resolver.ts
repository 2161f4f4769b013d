import { Args, Field, Int, Mutation, ObjectType, Parent, ResolveField, Resolver, registerEnumType } from '@nestjs/graphql';
import { Ctx, type RequestContext } from '@kijkje/api/core';
import { PUBLIC_SERVING_STATES, type PublicServingState } from '@kijkje/domain';
import { WithdrawHarvestInput } from './dto/harvest.inputs';
import { HarvestPublicationService } from './harvest-publication.service';
import { Harvest } from './harvest.entity';

export const PublicServingStateEnum = Object.fromEntries(PUBLIC_SERVING_STATES.map((s) => [s, s])) as { [K in PublicServingState]: K };
registerEnumType(PublicServingStateEnum, {
  name: 'PublicServingState',
  description: 'NONE (nothing public), PUBLIC (the newest version is public) or WITHDRAWN (it was public and was withdrawn).',
});

/** What the public sees of a harvest right now. */
@ObjectType()
export class HarvestPublicStateView {
  @Field(() => PublicServingStateEnum) state!: PublicServingState;
  @Field(() => Int, { nullable: true, description: 'The version public or withdrawn.' }) number!: number | null;
  @Field(() => Date, { nullable: true, description: 'Public since (when that version was published).' }) since!: Date | null;
  @Field(() => Date, { nullable: true }) withdrawnAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'The public address while a version is public.' }) publicPath!: string | null;
}

@Resolver(() => Harvest)
export class HarvestPublicationResolver {
  constructor(private readonly publication: HarvestPublicationService) {}

  @Mutation(() => Harvest, {
    description: 'Coordinator: takes the public version down (the page then says it was withdrawn), with a reason. Names the version the public sees now.',
  })
  withdrawHarvest(@Ctx() ctx: RequestContext, @Args('input') input: WithdrawHarvestInput): Promise<Harvest> {
    return this.publication.withdraw(ctx, input);
  }

  @ResolveField(() => HarvestPublicStateView, { description: 'What the public sees of this harvest now.' })
  async publicState(@Parent() harvest: Harvest, @Ctx() ctx: RequestContext): Promise<HarvestPublicStateView> {
    const serving = await this.publication.servingOf(ctx, harvest);
    if (serving.state === 'NONE') return { state: 'NONE', number: null, since: null, withdrawnAt: null, publicPath: null };
    if (serving.state === 'WITHDRAWN') return { state: 'WITHDRAWN', number: serving.number, since: null, withdrawnAt: serving.withdrawnAt, publicPath: null };
    return { state: 'PUBLIC', number: serving.number, since: serving.since, withdrawnAt: null, publicPath: `/oogst/${harvest.slug}` };
  }
}
