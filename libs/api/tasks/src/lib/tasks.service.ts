import { Injectable } from '@nestjs/common';
import { AccessService, ComputedRoots, type RequestContext } from '@kijkje/api/core';
import { progressMomentsOf, visitProgress, type Task, type TaskHolder } from '@kijkje/domain';
import { taskScope, tasksFromFacts, visitFactsOf } from './task-facts';
import { myTaskFacts, taskFactsVersion } from './my-tasks.queries';
import { TaskFactsCache } from './task-facts-cache';
import { programmeProgressFacts } from './tasks.queries';
import type { ProgrammeProgressView } from './task.views';

/** "Mijn taken" and the coordinator's progress board: facts from one statement, decided by libs/domain. */
@Injectable()
export class TasksService {
  /** The facts of "Mijn taken" by caller, while the network's task facts version stays (task-facts-cache.ts). */
  readonly factsCache = new TaskFactsCache();

  constructor(
    private readonly access: AccessService,
    computed: ComputedRoots,
  ) {
    // A query of myTasks alone is answered without a resolver per field of each task (ComputedRoots).
    computed.register('myTasks', (ctx) => this.mine(ctx));
  }

  /**
   * What waits on the caller in the current network, overdue first; nothing outside a network.
   * With facts kept for the caller, one small statement first asks the network's version: the
   * same, and the kept facts answer; otherwise (or with nothing kept) the facts statement reads
   * them with their version, and they are kept. The task rules decide on them (tasks decided
   * for the same person and facts less than TASKS_REUSE_MS ago answer again).
   */
  async mine(ctx: RequestContext, now = new Date()): Promise<Task[]> {
    this.access.signedIn(ctx);
    const scope = taskScope(ctx.actor);
    if (!ctx.networkId || !scope) return [];
    const organisationId = ctx.membership?.organisationId ?? null;
    const key = TaskFactsCache.key(ctx.networkId, ctx.userId!, organisationId, scope.coordinator);
    let facts = this.factsCache.versionOf(key) !== null ? this.factsCache.facts(key, await taskFactsVersion(ctx.em, ctx.networkId)) : null;
    if (!facts) {
      const read = await myTaskFacts(ctx.em, ctx.networkId, ctx.userId!, organisationId, scope.coordinator);
      facts = this.factsCache.keep(key, read.version, read.facts);
    }
    const actor = ctx.actor!;
    const rights = `${actor.userId}|${actor.isPlatformAdmin}|${actor.membership?.role}|${actor.membership?.organisationId}|${actor.membership?.active}`;
    return this.factsCache.tasks(key, facts, rights, now, () => tasksFromFacts(facts, actor, now));
  }

  /** Coordinator: a programme's rounds and visits with their deadlines, what is late and whom to nudge. */
  async progress(ctx: RequestContext, programmeId: string, now = new Date()): Promise<ProgrammeProgressView> {
    const networkId = await this.access.inNetwork(ctx, 'programme.manage');
    const facts = await programmeProgressFacts(ctx.em, networkId, programmeId);
    const programme = facts.programme;
    if (!programme) return this.access.notVisible(ctx, 'programme', programmeId);
    const coordinators = facts.coordinators ?? [];
    return {
      programmeId: programme.id,
      name: programme.name,
      status: programme.status as ProgrammeProgressView['status'],
      rounds: (facts.rounds ?? []).map((round) => ({
        id: round.id,
        name: round.name,
        status: round.status as ProgrammeProgressView['rounds'][number]['status'],
        visits: (round.visits ?? []).map((v) => {
          const moments = { moments: progressMomentsOf(facts.months ?? [], v.written), submitted: v.submitted };
          const progress = visitProgress(visitFactsOf({ ...v, programme, round }), now, moments);
          const people: Record<TaskHolder, string[]> = { host: v.hostPeople ?? [], lead: v.lead ? [v.lead] : [], coordinator: coordinators };
          return {
            visitId: v.visit.id,
            host: v.visit.hostName,
            status: v.visit.status as ProgrammeProgressView['rounds'][number]['visits'][number]['status'],
            startsOn: v.visit.startsOn,
            ...progress.deadlines,
            late: progress.late.map((item) => ({ ...item, waitingOn: people[item.holder] })),
          };
        }),
      })),
    };
  }
}
