import { ACTORS, at, programmeFacts } from './task.fixtures';
import {
  acceptApplicationTasks,
  closeProgrammeTask,
  composeRoundsTask,
  openProgrammeTask,
  programmeTasks,
  publishHarvestTask,
  type ProgrammeTaskFacts,
  type ProgrammeTaskRule,
} from './programme-tasks';

const NOW = at('2027-01-10T10:00:00Z');
const who = (rule: ProgrammeTaskRule, f: ProgrammeTaskFacts, now = NOW) =>
  (Object.keys(ACTORS) as (keyof typeof ACTORS)[]).filter((a) => rule(f, ACTORS[a], now) !== null);

describe('open a programme (coordinator)', () => {
  const draft = programmeFacts({ programme: { status: 'DRAFT' } });

  it('is the coordinator’s for a draft, due the day sign-ups should open, linking to the programme', () => {
    expect(who(openProgrammeTask, draft)).toEqual(['coordinator']);
    expect(openProgrammeTask(draft, ACTORS.coordinator, at('2026-12-01T00:00:00Z'))).toMatchObject({
      kind: 'OPEN_PROGRAMME',
      due: at('2027-01-01T00:00:00Z'),
      overdue: false,
      path: '/programmas/p1',
    });
    expect(openProgrammeTask(draft, ACTORS.coordinator, NOW)?.overdue).toBe(true);
  });

  it('disappears once it is open', () => {
    expect(who(openProgrammeTask, programmeFacts())).toEqual([]);
  });
});

describe('accept applications (coordinator)', () => {
  const pending = programmeFacts({
    pending: [
      { id: 'a1', organisation: 'Zwolle' },
      { id: 'a2', organisation: 'Deventer' },
    ],
  });

  it('gives the coordinator one task per waiting application, due when sign-ups close', () => {
    const tasks = acceptApplicationTasks(pending, ACTORS.coordinator, NOW);
    expect(tasks.map((t) => [t.applicationId, t.context.organisation, t.due])).toEqual([
      ['a1', 'Zwolle', at('2027-02-01T00:00:00Z')],
      ['a2', 'Deventer', at('2027-02-01T00:00:00Z')],
    ]);
    expect(new Set(tasks.map((t) => t.id)).size).toBe(2);
  });

  it('is nobody else’s, and gone once decided or the programme is closed', () => {
    for (const actor of [ACTORS.member, ACTORS.inactiveCoordinator, ACTORS.platformAdmin]) expect(acceptApplicationTasks(pending, actor, NOW)).toEqual([]);
    expect(acceptApplicationTasks(programmeFacts(), ACTORS.coordinator, NOW)).toEqual([]);
    expect(acceptApplicationTasks({ ...pending, programme: { ...pending.programme, status: 'CLOSED' } }, ACTORS.coordinator, NOW)).toEqual([]);
  });
});

describe('compose rounds (coordinator)', () => {
  it('is the coordinator’s while accepted applications are not placed, open or running', () => {
    expect(who(composeRoundsTask, programmeFacts({ acceptedUnplaced: 3 }))).toEqual(['coordinator']);
    expect(composeRoundsTask(programmeFacts({ acceptedUnplaced: 3 }), ACTORS.coordinator, NOW)).toMatchObject({
      count: 3,
      due: null,
      path: '/programmas/p1/samenstellen',
    });
    expect(who(composeRoundsTask, programmeFacts({ acceptedUnplaced: 3, programme: { status: 'RUNNING' } }))).toEqual(['coordinator']);
  });

  it('disappears once everyone is placed, and in a draft or closed programme', () => {
    expect(who(composeRoundsTask, programmeFacts())).toEqual([]);
    expect(who(composeRoundsTask, programmeFacts({ acceptedUnplaced: 3, programme: { status: 'CLOSED' } }))).toEqual([]);
  });
});

describe('publish a harvest and close the programme (coordinator)', () => {
  const done = programmeFacts({ programme: { status: 'RUNNING' }, rounds: { total: 2, closed: 2 } });

  it('asks to publish a harvest once every round is closed', () => {
    expect(who(publishHarvestTask, done)).toEqual(['coordinator']);
    expect(publishHarvestTask(done, ACTORS.coordinator, NOW)?.path).toBe('/programmas/p1/oogsten');
    expect(who(publishHarvestTask, { ...done, rounds: { total: 2, closed: 1 } })).toEqual([]);
    expect(who(publishHarvestTask, { ...done, rounds: { total: 0, closed: 0 } })).toEqual([]);
  });

  it('no longer asks once a version is published', () => {
    expect(who(publishHarvestTask, { ...done, harvestPublished: true })).toEqual([]);
  });

  it('asks to close a running programme whose rounds are closed and nobody waits for a place', () => {
    expect(who(closeProgrammeTask, done)).toEqual(['coordinator']);
    expect(who(closeProgrammeTask, { ...done, acceptedUnplaced: 1 })).toEqual([]);
    expect(who(closeProgrammeTask, { ...done, rounds: { total: 2, closed: 1 } })).toEqual([]);
    expect(who(closeProgrammeTask, { ...done, programme: { ...done.programme, status: 'CLOSED' } })).toEqual([]);
  });
});

describe('programmeTasks', () => {
  it('gives a member, an inactive coordinator and a platform admin without membership nothing', () => {
    const busy = programmeFacts({ programme: { status: 'DRAFT' }, acceptedUnplaced: 2, pending: [{ id: 'a1', organisation: 'Zwolle' }] });
    expect(programmeTasks(busy, ACTORS.coordinator, NOW).map((t) => t.kind)).toEqual(['OPEN_PROGRAMME', 'ACCEPT_APPLICATION']);
    for (const actor of [ACTORS.member, ACTORS.inactiveCoordinator, ACTORS.platformAdmin]) expect(programmeTasks(busy, actor, NOW)).toEqual([]);
  });
});
