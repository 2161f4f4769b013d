import { badInputSuite } from './support/bad-input';
import { PROGRAMME_LITERALS, buildProgrammesWorld, programmeMutations, type ProgrammesWorld } from './support/mutations/programmes';

/*
 * REL-07 for programmes, applications and rounds: each mutation run by whoever may run it (the
 * coordinator; a member for their own organisation's application), so that fuzzed input gets
 * past authorisation into validation and the services.
 */
describe('bad input of every kind: programmes, applications and rounds (REL-07)', () => {
  const w = {} as ProgrammesWorld;
  badInputSuite({
    mutations: programmeMutations(w),
    literals: PROGRAMME_LITERALS,
    setup: async (t, probe) => {
      Object.assign(w, await buildProgrammesWorld(t, probe));
      return { coordinator: w.world.a.coordinator, member: w.world.a.member, applicant: w.applicant };
    },
  });
});
