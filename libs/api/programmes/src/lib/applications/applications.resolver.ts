import { Args, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, uuidArg, type RequestContext } from '@kijkje/api/core';
import { Organisation, organisationLoader } from '@kijkje/api/networks';
import { Application } from './application.entity';
import { ApplicationsService } from './applications.service';
import { ApplyInput } from './dto/apply.input';

@Resolver(() => Application)
export class ApplicationsResolver {
  constructor(private readonly service: ApplicationsService) {}

  @Mutation(() => Application, { description: 'Applies for the caller’s organisation: ACCEPTED while places last, then WAITLISTED.' })
  applyForProgramme(@Ctx() ctx: RequestContext, @Args('input') input: ApplyInput): Promise<Application> {
    return this.service.apply(ctx, input);
  }

  @Mutation(() => Application, { description: 'Withdraws an application; a released place goes to the oldest waitlisted one.' })
  withdrawApplication(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }, uuidArg('id')) id: string): Promise<Application> {
    return this.service.withdraw(ctx, id);
  }

  @Mutation(() => Application, { description: 'Coordinator: declines an application; a released place goes to the oldest waitlisted one.' })
  declineApplication(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }, uuidArg('id')) id: string): Promise<Application> {
    return this.service.decline(ctx, id);
  }

  @ResolveField(() => Organisation)
  async organisation(@Parent() application: Application, @Ctx() ctx: RequestContext): Promise<Organisation> {
    return (await organisationLoader(ctx).load(application.organisationId))!;
  }

  @ResolveField(() => Int, { nullable: true, description: '1-based position on the waitlist; null when not waitlisted.' })
  waitlistPosition(@Parent() application: Application, @Ctx() ctx: RequestContext): Promise<number | null> {
    return this.service.waitlistPosition(ctx, application);
  }
}
