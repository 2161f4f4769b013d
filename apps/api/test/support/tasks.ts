import type { GqlClient } from './gql-client';

export const MY_TASKS = `{ myTasks { id kind due overdue programmeId roundId visitId applicationId context { programme round organisation } count path } }`;

export interface TaskRow {
  id: string;
  kind: string;
  due: string | null;
  overdue: boolean;
  programmeId: string;
  roundId: string | null;
  visitId: string | null;
  applicationId: string | null;
  context: { programme: string; round: string | null; organisation: string | null };
  count: number | null;
  path: string;
}

export async function tasksOf(client: GqlClient): Promise<TaskRow[]> {
  return (await client.ok<{ myTasks: TaskRow[] }>(MY_TASKS)).myTasks;
}

/** A person's tasks on one subject (a visit, an application or a programme), as kinds. */
export async function kindsOn(client: GqlClient, subjectId: string): Promise<string[]> {
  return (await tasksOf(client)).filter((t) => [t.visitId, t.applicationId, t.programmeId].includes(subjectId)).map((t) => t.kind);
}
