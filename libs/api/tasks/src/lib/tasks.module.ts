import { Module } from '@nestjs/common';
import { TasksResolver } from './tasks.resolver';
import { TasksService } from './tasks.service';

/** "Mijn taken" and the coordinator's progress board: computed from the rules, never stored. */
@Module({ providers: [TasksService, TasksResolver] })
export class TasksModule {}

/** The resolvers of this context, for the schema generator. */
export const TASKS_RESOLVERS = [TasksResolver];
