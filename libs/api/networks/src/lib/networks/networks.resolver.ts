import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, Network, type RequestContext } from '@kijkje/api/core';
import { CreateNetworkInput } from './dto/create-network.input';
import { NetworksService } from './networks.service';

@Resolver(() => Network)
export class NetworksResolver {
  constructor(private readonly service: NetworksService) {}

  @Query(() => [Network], { description: 'Platform admin: every network.' })
  networks(@Ctx() ctx: RequestContext): Promise<Network[]> {
    return this.service.list(ctx);
  }

  @Mutation(() => Network, { description: 'Platform admin: creates a network and invites its first coordinator.' })
  createNetwork(@Ctx() ctx: RequestContext, @Args('input') input: CreateNetworkInput): Promise<Network> {
    return this.service.create(ctx, input);
  }
}
