import { badInputSuite } from './support/bad-input';
import { buildMeetingFacilitatorsWorld, meetingFacilitatorMutations, type MeetingFacilitatorsWorld } from './support/mutations/meeting-facilitators';
import { meetingReportMutations } from './support/mutations/meeting-reports';
import { MEETING_LITERALS, buildMeetingsWorld, meetingMutations, type MeetingsWorld } from './support/mutations/meetings';
import { buildWorld } from '../support/world';

/*
 * REL-07 for work meetings: each mutation run by whoever may run it (the coordinator plans, a
 * seated participant posts and chooses a table, the table host arranges cards, the coordinator
 * assigns facilitators), so that fuzzed input gets past authorisation into validation and the services.
 */
describe('bad input of every kind: work meetings (REL-07)', () => {
  const w = {} as MeetingsWorld;
  const f = {} as MeetingFacilitatorsWorld;
  badInputSuite({
    mutations: [...meetingMutations(w), ...meetingReportMutations(w), ...meetingFacilitatorMutations(w, f)],
    literals: MEETING_LITERALS,
    setup: async (t, probe) => {
      const world = await buildWorld(t);
      Object.assign(w, await buildMeetingsWorld(t, probe, world.a.id, world.a.organisations[0].id, world.a.coordinator));
      Object.assign(f, await buildMeetingFacilitatorsWorld(t, world.a.id));
      return { coordinator: w.coordinator, host: w.host, participant: w.participant };
    },
  });
});
