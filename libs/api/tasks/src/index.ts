export * from './lib/tasks.module';
export * from './lib/tasks.service';
export * from './lib/task.views';
export { taskScope, tasksFromFacts } from './lib/task-facts';
export * from './lib/task-facts-version.entity';
export { MY_TASK_FACTS_SQL, TASK_FACTS_VERSION_SQL, myTaskFactsOf, myTaskFactsParameters, type MyTaskFacts, type MyTaskRows } from './lib/my-tasks.queries';
export { TASKS_REUSE_MS, TaskFactsCache } from './lib/task-facts-cache';
