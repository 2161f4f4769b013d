import { evaluationRights } from '../after-visit/evaluation';
import type { RoundStatus } from '../programmes/round-lifecycle';
import { makeTask, type Task } from './task';

/** A round the person took part in, and how far their evaluation of it came. */
export interface RoundEvaluationTaskFacts {
  programmeId: string;
  programme: string;
  roundId: string;
  round: string;
  status: RoundStatus;
  submitted: boolean;
}

/** "Evalueer de ronde": for each closed round the person took part in, until they submitted their evaluation (evaluationRights). */
export function roundEvaluationTasks(facts: readonly RoundEvaluationTaskFacts[], now: Date): Task[] {
  return facts
    .filter((f) => evaluationRights(f.status, true, f.submitted).write)
    .map((f) =>
      makeTask(
        'EVALUATE_ROUND',
        {
          programmeId: f.programmeId,
          roundId: f.roundId,
          visitId: null,
          applicationId: null,
          context: { programme: f.programme, round: f.round, organisation: null },
        },
        null,
        now,
      ),
    );
}
