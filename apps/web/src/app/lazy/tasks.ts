export { StartPageTasks } from '@kijkje/web/tasks';
