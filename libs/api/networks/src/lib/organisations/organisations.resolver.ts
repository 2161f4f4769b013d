import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, type RequestContext } from '@kijkje/api/core';
import { AddOrganisationInput } from './dto/add-organisation.input';
import { MunicipalityList } from './municipality.model';
import { Organisation } from './organisation.entity';
import { OrganisationsService } from './organisations.service';

@Resolver(() => Organisation)
export class OrganisationsResolver {
  constructor(private readonly service: OrganisationsService) {}

  @Query(() => [Organisation], { description: 'The organisations of the current network.' })
  organisations(@Ctx() ctx: RequestContext): Promise<Organisation[]> {
    return this.service.list(ctx);
  }

  @Query(() => MunicipalityList, { description: 'Dutch municipalities (CBS), searched by name or code; at most 50.' })
  municipalities(@Ctx() ctx: RequestContext, @Args('search', { nullable: true }) search?: string): Promise<MunicipalityList> {
    return this.service.municipalities(ctx, search);
  }

  @Mutation(() => Organisation)
  addOrganisation(@Ctx() ctx: RequestContext, @Args('input') input: AddOrganisationInput): Promise<Organisation> {
    return this.service.add(ctx, input);
  }
}
