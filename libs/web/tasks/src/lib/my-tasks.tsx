import { useQuery } from '@apollo/client/react';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { MyTasksDocument } from '@kijkje/web/data-access';
import { ErrorState, LoadingState, RouterLink } from '@kijkje/web/ui';
import { taskContext, taskDeadline, taskTitle } from './task-texts';
import './tasks.css';

/** "Mijn taken": what waits on the reader, overdue first (marked in words, not colour alone), then by deadline. */
export function MyTasks() {
  const { t, i18n } = useTranslation();
  const { data, loading, error } = useQuery(MyTasksDocument, { fetchPolicy: 'cache-and-network' });
  const tasks = data?.myTasks ?? [];
  const overdue = tasks.filter((task) => task.overdue).length;

  return (
    <section className="kijkje-section" aria-labelledby="my-tasks-heading" data-testid="my-tasks">
      <Heading level={2} id="my-tasks-heading">
        {t('tasks.title')}
      </Heading>
      {loading && !data ? (
        <LoadingState />
      ) : error && !data ? (
        <ErrorState error={error} />
      ) : tasks.length === 0 ? (
        <Paragraph data-testid="my-tasks-empty">{t('tasks.empty')}</Paragraph>
      ) : (
        <>
          <Paragraph>
            {t('tasks.intro')} {overdue > 0 && <strong>{t('tasks.overdueCount', { count: overdue })}</strong>}
          </Paragraph>
          <ol className="kijkje-tasks" aria-label={t('tasks.listLabel')}>
            {tasks.map((task) => (
              <li key={task.id} className={task.overdue ? 'kijkje-task kijkje-task--overdue' : 'kijkje-task'} data-testid="task" data-kind={task.kind}>
                <Heading level={3} className="kijkje-task-title">
                  {task.overdue && <span className="kijkje-task-flag">{t('tasks.overdue')}</span>}
                  <RouterLink to={task.path}>{taskTitle(task, t)}</RouterLink>
                </Heading>
                <Paragraph>
                  {taskContext(task, t)} · {taskDeadline(task, t, i18n.language)}
                  {task.count !== null && <> · {t('tasks.count', { count: task.count })}</>}
                </Paragraph>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
