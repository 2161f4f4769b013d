import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, type RequestContext } from '../graphql/request-context';
import { Network } from '../tenancy/network.entity';
import { RetentionService } from './retention.service';
import { ProcessingOverviewView, ProgrammeRetentionView } from './retention.views';

@Resolver()
export class RetentionResolver {
  constructor(private readonly service: RetentionService) {}

  @Mutation(() => Network, { description: "Sets how many years a closed programme's visit material is kept (coordinators, 1–20)." })
  setRetention(@Ctx() ctx: RequestContext, @Args('years', { type: () => Int }) years: number): Promise<Network> {
    return this.service.setRetention(ctx, years);
  }

  @Query(() => ProcessingOverviewView, { description: "The current network's processing overview (verwerkingsoverzicht; coordinators)." })
  processingOverview(@Ctx() ctx: RequestContext): Promise<ProcessingOverviewView> {
    return this.service.overview(ctx);
  }

  @Query(() => ProgrammeRetentionView, { nullable: true, description: "What happens to a closed programme's visit material; null while it is not closed." })
  programmeRetention(@Ctx() ctx: RequestContext, @Args('programmeId', { type: () => ID }) programmeId: string): Promise<ProgrammeRetentionView | null> {
    return this.service.programmeRetention(ctx, programmeId);
  }
}
