import type { TFunction } from 'i18next';
import { lateSteps, taskContext, taskDeadline, taskTitle, whomToNudge, type TaskLike } from './task-texts';

/** A stand-in for i18next's t: the key with its values, so each test reads what was asked. */
const t = ((key: string, values: Record<string, unknown> = {}) =>
  Object.keys(values).length
    ? `${key}(${Object.entries(values)
        .map(([k, v]) => `${k}=${v}`)
        .join(';')})`
    : key) as unknown as TFunction;

const task = (over: Partial<TaskLike> = {}): TaskLike => ({
  kind: 'REPLY_TO_FINDINGS',
  due: '2027-04-22T21:59:59Z',
  overdue: false,
  count: 2,
  context: { programme: 'Sturen met Kwaliteit', round: 'Ronde 1', organisation: 'Utrecht' },
  ...over,
});

describe('task texts', () => {
  it('names the step with its host or programme', () => {
    expect(taskTitle(task(), t)).toBe('tasks.kind.REPLY_TO_FINDINGS(programme=Sturen met Kwaliteit;organisation=Utrecht)');
    expect(taskTitle(task({ kind: 'CLOSE_PROGRAMME', context: { programme: 'P', round: null, organisation: null } }), t)).toBe(
      'tasks.kind.CLOSE_PROGRAMME(programme=P;organisation=)',
    );
  });

  it('gives the context with the round only where there is one', () => {
    expect(taskContext(task(), t)).toBe('tasks.contextRound(programme=Sturen met Kwaliteit;round=Ronde 1)');
    expect(taskContext(task({ context: { programme: 'P', round: null, organisation: null } }), t)).toBe('tasks.context(programme=P)');
  });

  it('writes the deadline in Dutch time, in Dutch or English, and says so when it has passed', () => {
    expect(taskDeadline(task(), t, 'nl')).toBe('tasks.dueBy(date=22 april 2027 om 23:59)');
    expect(taskDeadline(task(), t, 'en')).toBe('tasks.dueBy(date=22 April 2027 at 23:59)');
    expect(taskDeadline(task({ overdue: true }), t, 'nl')).toBe('tasks.overdueSince(date=22 april 2027 om 23:59)');
    expect(taskDeadline(task({ due: null }), t, 'nl')).toBe('tasks.noDeadline');
  });
});

describe('progress texts', () => {
  const late = [
    { kind: 'PREPARE_VISIT', due: '2027-04-01T21:59:59Z', holder: 'host', waitingOn: ['Anna', 'Bram'] },
    { kind: 'ASSIGN_TEAM', due: '2027-04-07T22:00:00Z', holder: 'coordinator', waitingOn: ['Cor'] },
    { kind: 'WRITE_REPORT', due: '2027-05-06T21:59:59Z', holder: 'lead', waitingOn: [] },
  ];

  it('lists each late step with the moment it fell due', () => {
    expect(lateSteps(late.slice(0, 1), t, 'nl')).toEqual(['tasks.progress.lateItem(step=tasks.progress.step.PREPARE_VISIT;date=1 april 2027 om 23:59)']);
  });

  it('names each person to nudge once per role, and leaves out a role without people', () => {
    expect(whomToNudge([...late, { ...late[0], kind: 'WRITE_REPORT' }], t)).toEqual([
      'tasks.progress.nudgeItem(names=Anna, Bram;holder=tasks.holder.host)',
      'tasks.progress.nudgeItem(names=Cor;holder=tasks.holder.coordinator)',
    ]);
  });
});
