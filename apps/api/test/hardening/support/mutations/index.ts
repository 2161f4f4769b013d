import type { MutationSpec } from '../bad-input';
import { accountMutations, type AccountsWorld } from './accounts';
import { evaluationMutations, type EvaluationsWorld } from './evaluations';
import { findingMutations, type FindingsWorld } from './findings';
import { followUpMutations } from './follow-ups';
import { harvestMutations, type HarvestsWorld } from './harvests';
import { meetingFacilitatorMutations, type MeetingFacilitatorsWorld } from './meeting-facilitators';
import { meetingReportMutations } from './meeting-reports';
import { meetingMutations, type MeetingsWorld } from './meetings';
import { trackMutations, type TracksWorld } from './tracks';
import { indicatorMutations, planMutations, type PlansWorld } from './plans';
import { programmeMutations, type ProgrammesWorld } from './programmes';
import { reportMutations, type ReportsWorld } from './reports';
import { visitMutations, type VisitsWorld } from './visits';

/**
 * Every mutation spec of the bad-input.*.spec.ts files, by file. The worlds are not built: the
 * specs only read them when a case runs.
 */
export function allMutationSpecs(): Record<string, MutationSpec[]> {
  return {
    'bad-input.spec.ts': accountMutations({} as AccountsWorld),
    'bad-input.programmes.spec.ts': programmeMutations({} as ProgrammesWorld),
    'bad-input.visits.spec.ts': [
      ...visitMutations({} as VisitsWorld),
      ...findingMutations({} as FindingsWorld),
      ...reportMutations({} as ReportsWorld),
      ...followUpMutations({} as ReportsWorld),
      ...planMutations({} as PlansWorld),
      ...indicatorMutations({} as PlansWorld),
      ...evaluationMutations({} as EvaluationsWorld),
    ],
    'bad-input.harvests.spec.ts': harvestMutations({} as HarvestsWorld),
    'bad-input.meetings.spec.ts': [
      ...meetingMutations({} as MeetingsWorld),
      ...meetingReportMutations({} as MeetingsWorld),
      ...meetingFacilitatorMutations({} as MeetingsWorld, {} as MeetingFacilitatorsWorld),
    ],
    'bad-input.tracks.spec.ts': trackMutations({} as TracksWorld),
  };
}
