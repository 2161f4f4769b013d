import { TASKS_REUSE_MS, TaskFactsCache, type MyTaskFacts } from '@kijkje/api/tasks';
import type { Task } from '@kijkje/domain';

/*
 * The in-memory facts of "Mijn taken" (task-facts-cache.ts), without a database: kept facts answer
 * only at the version they were read at, the cache stays within its bounds, and decided tasks answer
 * again only for the same person and facts, for at most TASKS_REUSE_MS.
 */

const facts = (visits = 0): MyTaskFacts => ({
  visits: Array.from({ length: visits }, (_, i) => ({ visit: { id: `v${i}` } }) as unknown as MyTaskFacts['visits'][number]),
  programmes: [],
  progressVisits: [],
  evaluations: [],
});
const task = (id: string) => ({ id }) as unknown as Task;
const key = (user: string) => TaskFactsCache.key('n1', user, 'o1', false);

describe('TaskFactsCache', () => {
  it('answers kept facts only at the version they were read at, and keeps none without a version', () => {
    const cache = new TaskFactsCache();
    const kept = cache.keep(key('a'), '7', facts(2));
    expect(cache.facts(key('a'), '7')).toBe(kept);
    expect(cache.facts(key('a'), '8')).toBeNull();
    expect(cache.facts(key('a'), null)).toBeNull();
    expect(cache.facts(key('b'), '7')).toBeNull();
    cache.keep(key('c'), null, facts());
    expect(cache.versionOf(key('c'))).toBeNull();
    expect(Object.isFrozen(kept.visits[0].visit)).toBe(true);
  });

  it('keys by network, person, organisation and whether they coordinate', () => {
    const keys = [
      TaskFactsCache.key('n1', 'u1', 'o1', false),
      TaskFactsCache.key('n2', 'u1', 'o1', false),
      TaskFactsCache.key('n1', 'u2', 'o1', false),
      TaskFactsCache.key('n1', 'u1', 'o2', false),
      TaskFactsCache.key('n1', 'u1', null, false),
      TaskFactsCache.key('n1', 'u1', 'o1', true),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('drops the least recently used first, by count and by weight', () => {
    const byCount = new TaskFactsCache(2, 1_000);
    byCount.keep(key('a'), '1', facts());
    byCount.keep(key('b'), '1', facts());
    byCount.facts(key('a'), '1');
    byCount.keep(key('c'), '1', facts());
    expect([byCount.versionOf(key('a')), byCount.versionOf(key('b')), byCount.versionOf(key('c'))]).toEqual(['1', null, '1']);

    const byWeight = new TaskFactsCache(100, 10);
    byWeight.keep(key('a'), '1', facts(4));
    byWeight.keep(key('b'), '1', facts(4));
    byWeight.keep(key('c'), '1', facts(4));
    expect([byWeight.versionOf(key('a')), byWeight.versionOf(key('b')), byWeight.versionOf(key('c'))]).toEqual([null, '1', '1']);
    // Facts heavier than the whole cache are not kept at all.
    byWeight.keep(key('d'), '1', facts(20));
    expect([byWeight.versionOf(key('d')), byWeight.size]).toEqual([null, 2]);
  });

  it('answers decided tasks again only for the same person and facts, for less than TASKS_REUSE_MS', () => {
    const cache = new TaskFactsCache();
    const kept = cache.keep(key('a'), '1', facts());
    const at = new Date('2026-03-02T09:00:00Z');
    const later = (ms: number) => new Date(at.getTime() + ms);
    let decided = 0;
    const decide = () => [task(`t${++decided}`)];
    expect(cache.tasks(key('a'), kept, 'rights', at, decide)).toEqual([task('t1')]);
    expect(cache.tasks(key('a'), kept, 'rights', later(TASKS_REUSE_MS - 1), decide)).toEqual([task('t1')]);
    // Other rights, a clock that went back, or the time up: decided again.
    expect(cache.tasks(key('a'), kept, 'other rights', later(1), decide)).toEqual([task('t2')]);
    expect(cache.tasks(key('a'), kept, 'rights', later(-1), decide)).toEqual([task('t3')]);
    expect(cache.tasks(key('a'), kept, 'rights', later(TASKS_REUSE_MS), decide)).toEqual([task('t4')]);
    // New facts (a new version): decided again, never the old facts' tasks.
    const renewed = cache.keep(key('a'), '2', facts());
    expect(cache.tasks(key('a'), renewed, 'rights', later(TASKS_REUSE_MS + 1), decide)).toEqual([task('t5')]);
    // Facts that are not (or no longer) kept are decided every time.
    expect(cache.tasks(key('a'), kept, 'rights', later(TASKS_REUSE_MS + 1), decide)).toEqual([task('t6')]);
    expect(cache.tasks(key('a'), kept, 'rights', later(TASKS_REUSE_MS + 1), decide)).toEqual([task('t7')]);
    expect(TASKS_REUSE_MS).toBeLessThanOrEqual(100);
  });
});
