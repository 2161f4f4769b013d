export * from './lib/tasks.module';
export * from './lib/tasks.service';
export * from './lib/task.views';
export { taskScope, tasksFromFacts } from './lib/task-facts';
export { MY_TASK_FACTS_SQL, myTaskFactsOf, myTaskFactsParameters, type MyTaskRows } from './lib/my-tasks.queries';
