import { LRUCache } from 'lru-cache';
import type { Task } from '@kijkje/domain';
import type { MyTaskFacts } from './my-tasks.queries';

/** At most this many callers' facts, and at most this much of them (a visit, programme or round weighs one). */
export const TASK_FACTS_CACHE_ENTRIES = 2_000;
export const TASK_FACTS_CACHE_WEIGHT = 20_000;

/**
 * How long the tasks decided from kept facts answer again for the same person: a tenth of a
 * second. Writes are never late (new facts, new tasks); only what time alone changes (a deadline
 * passing: overdue, a reply period ending) may show up to this much later than it happened.
 */
export const TASKS_REUSE_MS = 100;

interface Entry {
  version: string;
  facts: MyTaskFacts;
  weight: number;
  /** The tasks last decided from these facts: for whom (their rights) and at what time. */
  decided?: { actor: string; at: number; tasks: Task[] };
}

/**
 * The facts of "Mijn taken" kept in memory, per API process, by what the statement that read them
 * depends on: the network, the caller, their organisation and whether they coordinate (its
 * parameters, and the scope its row-level security sees). Each is kept with the network's task
 * facts version it was read at, in the same statement; it answers a request only while the
 * network's version is still that one, which any committed change to the facts moves (in the same
 * commit). So a kept answer is never stale, whichever process or tool wrote, and several processes
 * need not tell each other anything. The task rules (tasksFromFacts) run on those facts against
 * the request's clock; what they decide answers again for the same person and facts for at most
 * TASKS_REUSE_MS.
 *
 * Least recently used first out (lru-cache), bounded by entries and by weight. The facts are frozen:
 * requests share them.
 */
export class TaskFactsCache {
  private readonly entries: LRUCache<string, Entry>;

  constructor(maxEntries = TASK_FACTS_CACHE_ENTRIES, maxWeight = TASK_FACTS_CACHE_WEIGHT) {
    this.entries = new LRUCache<string, Entry>({ max: maxEntries, maxSize: maxWeight, sizeCalculation: (entry) => entry.weight });
  }

  static key(networkId: string, userId: string, organisationId: string | null, coordinator: boolean): string {
    return `${networkId}|${userId}|${organisationId ?? ''}|${coordinator ? 'c' : ''}`;
  }

  /** The version the caller's facts were kept at, if any (the facts themselves come with `facts`). */
  versionOf(key: string): string | null {
    return this.entries.peek(key)?.version ?? null;
  }

  /** The kept facts when they were read at this version (and they become the most recently used), else null. */
  facts(key: string, version: string | null): MyTaskFacts | null {
    const entry = this.entries.peek(key);
    if (!entry || version === null || entry.version !== version) return null;
    return this.entries.get(key)!.facts;
  }

  /** Keeps facts read at a version (facts of a network without a version are not kept); answers them, frozen. */
  keep(key: string, version: string | null, facts: MyTaskFacts): MyTaskFacts {
    this.entries.delete(key);
    const weight = 1 + facts.visits.length + facts.programmes.length + facts.progressVisits.length + facts.evaluations.length;
    if (version === null || weight > this.entries.maxSize) return facts;
    this.entries.set(key, { version, facts: deepFreeze(facts), weight });
    return facts;
  }

  /**
   * The tasks decided from these kept facts for this person (`actor`: what their rights depend on)
   * less than TASKS_REUSE_MS before `now`; otherwise decides them now, and keeps them with the facts.
   */
  tasks(key: string, facts: MyTaskFacts, actor: string, now: Date, decide: () => Task[]): Task[] {
    const entry = this.entries.peek(key);
    const kept = entry?.facts === facts ? entry.decided : undefined;
    const age = kept ? now.getTime() - kept.at : -1;
    if (kept && kept.actor === actor && age >= 0 && age < TASKS_REUSE_MS) return kept.tasks;
    const tasks = decide();
    if (entry?.facts === facts) entry.decided = { actor, at: now.getTime(), tasks: deepFreeze(tasks) };
    return tasks;
  }

  get size(): number {
    return this.entries.size;
  }
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
