import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Ctx, uuidArg, type RequestContext } from '@kijkje/api/core';
import type { Task } from '@kijkje/domain';
import { ProgrammeProgressView, TaskView } from './task.views';
import { TasksService } from './tasks.service';

@Resolver()
export class TasksResolver {
  constructor(private readonly service: TasksService) {}

  @Query(() => [TaskView], { description: 'Everything that waits on the viewer in the current network: overdue first, then by deadline.' })
  myTasks(@Ctx() ctx: RequestContext): Promise<Task[]> {
    return this.service.mine(ctx);
  }

  @Query(() => ProgrammeProgressView, {
    description: 'Coordinator: each round and visit of a programme with its state, deadlines, what is late and whom to nudge.',
  })
  programmeProgress(
    @Ctx() ctx: RequestContext,
    @Args('programmeId', { type: () => ID }, uuidArg('programmeId')) programmeId: string,
  ): Promise<ProgrammeProgressView> {
    return this.service.progress(ctx, programmeId);
  }
}
