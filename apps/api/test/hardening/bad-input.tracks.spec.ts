import { badInputSuite } from './support/bad-input';
import { TRACK_LITERALS, buildTracksWorld, trackMutations, type TracksWorld } from './support/mutations/tracks';
import { buildWorld } from '../support/world';

/*
 * REL-07 for learning tracks: each mutation run by whoever may run it (the coordinator sets the
 * frame, the facilitator runs the schedule, cohort and groups, the participant keeps their case),
 * so that fuzzed input gets past authorisation into validation and the services.
 */
describe('bad input of every kind: learning tracks (REL-07)', () => {
  const w = {} as TracksWorld;
  badInputSuite({
    mutations: trackMutations(w),
    literals: TRACK_LITERALS,
    setup: async (t, probe) => {
      const world = await buildWorld(t);
      Object.assign(w, await buildTracksWorld(t, probe, world.a.id, world.a.organisations[0].id, world.a.coordinator));
      return { coordinator: w.coordinator, facilitator: w.facilitator, owner: w.owner, bystander: w.bystander };
    },
  });
});
