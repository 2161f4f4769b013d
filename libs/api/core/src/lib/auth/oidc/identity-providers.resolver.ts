import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, type RequestContext } from '../../graphql/request-context';
import { Network } from '../../tenancy/network.entity';
import { CreateIdentityProviderInput, DeleteIdentityProviderInput, UpdateIdentityProviderInput } from './dto/identity-provider.input';
import { IdentityProvider } from './identity-provider.entity';
import { IdentityProvidersService } from './identity-providers.service';

@Resolver(() => IdentityProvider)
export class IdentityProvidersResolver {
  constructor(private readonly service: IdentityProvidersService) {}

  @Query(() => [IdentityProvider], { description: "The current network's identity providers (coordinators)." })
  identityProviders(@Ctx() ctx: RequestContext): Promise<IdentityProvider[]> {
    return this.service.list(ctx);
  }

  @Mutation(() => IdentityProvider)
  createIdentityProvider(@Ctx() ctx: RequestContext, @Args('input') input: CreateIdentityProviderInput): Promise<IdentityProvider> {
    return this.service.create(ctx, input);
  }

  @Mutation(() => IdentityProvider)
  updateIdentityProvider(@Ctx() ctx: RequestContext, @Args('input') input: UpdateIdentityProviderInput): Promise<IdentityProvider> {
    return this.service.update(ctx, input);
  }

  @Mutation(() => Boolean)
  deleteIdentityProvider(@Ctx() ctx: RequestContext, @Args('input') input: DeleteIdentityProviderInput): Promise<boolean> {
    return this.service.remove(ctx, input.id, input.version);
  }

  @Mutation(() => Network, { description: "Allows or refuses password sign-in for the current network's members." })
  setPasswordSignIn(@Ctx() ctx: RequestContext, @Args('allowed') allowed: boolean): Promise<Network> {
    return this.service.setPasswordSignIn(ctx, allowed);
  }
}
