import { isCoordinator, useSession } from '@kijkje/web/data-access';
import { MyTasks } from './my-tasks';
import { ProgressBoards } from './progress-board';

/** What the start page shows in a network: the reader's tasks and, for a coordinator, the progress boards. */
export function StartPageTasks() {
  const { viewer } = useSession();
  if (!viewer?.currentNetwork || !viewer.currentMembership) return null;
  return (
    <>
      <MyTasks />
      {isCoordinator(viewer) && <ProgressBoards />}
    </>
  );
}
