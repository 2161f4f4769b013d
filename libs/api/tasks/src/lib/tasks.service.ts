import { Injectable } from '@nestjs/common';
import { AccessService, ComputedRoots, type RequestContext } from '@kijkje/api/core';
import { progressMomentsOf, visitProgress, type Task, type TaskHolder } from '@kijkje/domain';
import { taskScope, tasksFromFacts, visitFactsOf } from './task-facts';
import { TASK_FACTS_VERSION_PROBE, myTaskFacts, taskFactsVersion, type MyTaskFacts } from './my-tasks.queries';
import { TaskFactsCache } from './task-facts-cache';
import { programmeProgressFacts } from './tasks.queries';
import type { ProgrammeProgressView } from './task.views';

/** "Mijn taken" and the coordinator's progress board: facts from one statement, decided by libs/domain. */
@Injectable()
export class TasksService {
  /** The facts of "Mijn taken" by caller, while the network's task facts version stays (task-facts-cache.ts). */
  readonly factsCache = new TaskFactsCache();
  /** Requests whose one trip found no facts kept at the current version: they read the facts without asking the version again. */
  private readonly missed = new WeakSet<RequestContext>();

  constructor(
    private readonly access: AccessService,
    computed: ComputedRoots,
  ) {
    // A query of myTasks alone is answered without a resolver per field of each task (ComputedRoots);
    // with facts kept at the network's current version, in one round trip (the version asked with the session).
    computed.register('myTasks', (ctx) => this.mine(ctx), {
      sql: TASK_FACTS_VERSION_PROBE,
      answer: (ctx, rows) => this.kept(ctx, (rows[0] as { version: string } | undefined)?.version ?? null),
    });
  }

  /** The caller's tasks from facts kept at this version of the network's task facts, or null when none are kept (read them as usual). */
  kept(ctx: RequestContext, version: string | null, now = new Date()): Task[] | null {
    const scope = taskScope(ctx.actor);
    if (!ctx.networkId) return null;
    // Nothing is looked for (a facilitator's tasks are in their tracks and meetings), as in `mine`.
    if (!scope) return [];
    const key = this.keyOf(ctx, ctx.networkId, scope.coordinator);
    const facts = this.factsCache.facts(key, version);
    if (!facts) this.missed.add(ctx);
    return facts && this.decide(key, facts, ctx, now);
  }

  /** Whose facts these are: the network, the person, their organisation and whether they coordinate. */
  private keyOf(ctx: RequestContext, networkId: string, coordinator: boolean): string {
    return TaskFactsCache.key(networkId, ctx.userId!, ctx.membership?.organisationId ?? null, coordinator);
  }

  /** The task rules over the facts (tasks decided for the same person and facts less than TASKS_REUSE_MS ago answer again). */
  private decide(key: string, facts: MyTaskFacts, ctx: RequestContext, now: Date): Task[] {
    const actor = ctx.actor!;
    const rights = `${actor.userId}|${actor.isPlatformAdmin}|${actor.membership?.role}|${actor.membership?.organisationId}|${actor.membership?.active}`;
    return this.factsCache.tasks(key, facts, rights, now, () => tasksFromFacts(facts, actor, now));
  }

  /**
   * What waits on the caller in the current network, overdue first; nothing outside a network.
   * With facts kept for the caller, one small statement first asks the network's version: the
   * same, and the kept facts answer; otherwise (or with nothing kept, or when the one trip just
   * found the kept ones out of date) the facts statement reads them with their version, and they
   * are kept. The task rules decide on them (decide).
   */
  async mine(ctx: RequestContext, now = new Date()): Promise<Task[]> {
    this.access.signedIn(ctx);
    const scope = taskScope(ctx.actor);
    if (!ctx.networkId || !scope) return [];
    const key = this.keyOf(ctx, ctx.networkId, scope.coordinator);
    const ask = this.factsCache.versionOf(key) !== null && !this.missed.has(ctx);
    let facts = ask ? this.factsCache.facts(key, await taskFactsVersion(ctx.em, ctx.networkId)) : null;
    if (!facts) {
      const read = await myTaskFacts(ctx.em, ctx.networkId, ctx.userId!, ctx.membership?.organisationId ?? null, scope.coordinator);
      facts = this.factsCache.keep(key, read.version, read.facts);
    }
    return this.decide(key, facts, ctx, now);
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
