import { can } from '../permissions';
import { programmeTransitions, type ProgrammeStatus } from '../programmes/programme-lifecycle';
import type { Actor } from '../roles';
import { makeTask, type Task, type TaskSubject } from './task';

/** What the task rules need to know of one programme. */
export interface ProgrammeTaskFacts {
  programme: { id: string; name: string; status: ProgrammeStatus; signUpOpensAt: Date | null; signUpClosesAt: Date | null };
  rounds: { total: number; closed: number };
  /** Accepted applications not yet placed in a round. */
  acceptedUnplaced: number;
  /** A version of a harvest of this programme has been published. */
  harvestPublished: boolean;
  /** Applications still waiting for the coordinator's decision (SUBMITTED). */
  pending: readonly { id: string; organisation: string }[];
}

export type ProgrammeTaskRule = (facts: ProgrammeTaskFacts, actor: Actor, now: Date) => Task | null;

const subject = (f: ProgrammeTaskFacts): TaskSubject => ({
  programmeId: f.programme.id,
  roundId: null,
  visitId: null,
  applicationId: null,
  context: { programme: f.programme.name, round: null, organisation: null },
});

const may = (f: ProgrammeTaskFacts, to: ProgrammeStatus) => programmeTransitions[f.programme.status].includes(to);
/** Every round has run its course (and there is at least one). */
const roundsDone = (f: ProgrammeTaskFacts) => f.rounds.total > 0 && f.rounds.closed === f.rounds.total;

/** Coordinator: open sign-ups of a draft programme, by the day they are meant to open. */
export const openProgrammeTask: ProgrammeTaskRule = (f, actor, now) =>
  can(actor, 'programme.manage') && may(f, 'OPEN') ? makeTask('OPEN_PROGRAMME', subject(f), f.programme.signUpOpensAt, now) : null;

/** Coordinator: decide on each application still waiting (accept or decline), by the end of sign-ups. */
export function acceptApplicationTasks(f: ProgrammeTaskFacts, actor: Actor, now: Date): Task[] {
  if (!can(actor, 'application.decline') || f.programme.status === 'CLOSED') return [];
  const base = subject(f);
  return f.pending.map((a) =>
    makeTask(
      'ACCEPT_APPLICATION',
      { ...base, applicationId: a.id, context: { ...base.context, organisation: a.organisation } },
      f.programme.signUpClosesAt,
      now,
    ),
  );
}

/** Coordinator: place accepted applications in rounds while the programme takes sign-ups or runs. */
export const composeRoundsTask: ProgrammeTaskRule = (f, actor, now) => {
  const open = f.programme.status === 'OPEN' || f.programme.status === 'RUNNING';
  return can(actor, 'programme.manage') && open && f.acceptedUnplaced > 0 ? makeTask('COMPOSE_ROUNDS', subject(f), null, now, f.acceptedUnplaced) : null;
};

/** Coordinator: once every round is closed, publish what they learned as a harvest. */
export const publishHarvestTask: ProgrammeTaskRule = (f, actor, now) =>
  can(actor, 'harvest.manage') && f.programme.status === 'RUNNING' && roundsDone(f) && !f.harvestPublished
    ? makeTask('PUBLISH_HARVEST', subject(f), null, now)
    : null;

/** Coordinator: close a running programme whose rounds are all closed and which has nobody left to place. */
export const closeProgrammeTask: ProgrammeTaskRule = (f, actor, now) =>
  can(actor, 'programme.manage') && may(f, 'CLOSED') && roundsDone(f) && f.acceptedUnplaced === 0 ? makeTask('CLOSE_PROGRAMME', subject(f), null, now) : null;

/** The tasks an actor has on one programme. */
export function programmeTasks(facts: ProgrammeTaskFacts, actor: Actor, now: Date): Task[] {
  return [
    openProgrammeTask(facts, actor, now),
    ...acceptApplicationTasks(facts, actor, now),
    composeRoundsTask(facts, actor, now),
    publishHarvestTask(facts, actor, now),
    closeProgrammeTask(facts, actor, now),
  ].filter((t): t is Task => t !== null);
}
