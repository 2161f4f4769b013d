import { isCoordinator, isFacilitator, useSession } from '@kijkje/web/data-access';
import { FacilitatorStart } from './facilitator-start';
import { MyTasks } from './my-tasks';
import { ProgressBoards } from './progress-board';

/** What the start page shows in a network: the reader's tasks and, for a coordinator, the progress boards; a facilitator's meetings and tracks. */
export function StartPageTasks() {
  const { viewer } = useSession();
  if (!viewer?.currentNetwork || !viewer.currentMembership) return null;
  return (
    <>
      <MyTasks />
      {isCoordinator(viewer) && <ProgressBoards />}
      {isFacilitator(viewer) && <FacilitatorStart />}
    </>
  );
}
