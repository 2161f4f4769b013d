import fc from 'fast-check';
import { ROUND_STATUSES } from '../programmes/round-lifecycle';
import { roundEvaluationTasks } from './evaluation-tasks';

const NOW = new Date('2027-03-01T09:00:00Z');
const facts = (status: (typeof ROUND_STATUSES)[number], submitted: boolean) => ({
  programmeId: 'p',
  programme: 'Programma',
  roundId: 'r',
  round: 'Ronde 1',
  status,
  submitted,
});

describe('the task to evaluate a round', () => {
  it.each([
    ['CLOSED', false, ['EVALUATE_ROUND']],
    ['CLOSED', true, []],
    ['REPORTING', false, []],
    ['VISITING', false, []],
  ] as const)('round %s, submitted %s → %j', (status, submitted, kinds) =>
    expect(roundEvaluationTasks([facts(status, submitted)], NOW).map((t) => t.kind)).toEqual(kinds),
  );

  it('points at the programme page, names the round and has no deadline', () => {
    const [task] = roundEvaluationTasks([facts('CLOSED', false)], NOW);
    expect(task).toMatchObject({ id: 'EVALUATE_ROUND:r', path: '/programmas/p', due: null, overdue: false, context: { round: 'Ronde 1' } });
  });

  it('is there exactly while the participant may still write the evaluation', () =>
    fc.assert(
      fc.property(fc.constantFrom(...ROUND_STATUSES), fc.boolean(), (status, submitted) => {
        expect(roundEvaluationTasks([facts(status, submitted)], NOW).length).toBe(status === 'CLOSED' && !submitted ? 1 : 0);
      }),
    ));
});
