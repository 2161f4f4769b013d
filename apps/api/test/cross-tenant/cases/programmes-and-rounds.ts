import { withAdmin } from '../../support/database';
import { codeOf } from '../../support/gql-client';
import { state } from '../../support/cross-tenant-state';
import { leaksNothingOfA, notFoundAndUnchanged, visitWorld, type Cases } from '../../support/cross-tenant-world';

/**
 * Programmes, applications, rounds and their evaluations (SEC-03): network A's ids answer NOT_FOUND,
 * lists show none of A's, and A's rows stay as they were.
 */
export const PROGRAMME_AND_ROUND_CASES: Cases = {
  programmes: {
    attempt: async (o, w) => {
      const res = await o.gql(`{ programmes { id name applications { id organisation { id } } } }`);
      expect(res.data!.programmes.length).toBeGreaterThan(0);
      leaksNothingOfA(res, w);
    },
  },
  programme: {
    attempt: async (o, w) => {
      const res = await o.gql(`query($id: ID!) { programme(id: $id) { id name } }`, { id: w.a.programmeId });
      expect(codeOf(res)).toBe('NOT_FOUND');
      leaksNothingOfA(res, w);
    },
  },
  createProgramme: {
    // The tenant comes from the session: a programme lands in the outsider's own network only.
    attempt: async (o, w, t) => {
      const before = await state(t, w);
      const res = await o.gql(`mutation { createProgramme(input: { name: "Overname-programma", places: 8, defaultSharing: ROUND }) { id } }`);
      expect(codeOf(res)).toBe('OK');
      expect(await state(t, w)).toEqual(before);
    },
  },
  changeProgrammeStatus: {
    attempt: async (o, w, t) => {
      const before = await state(t, w);
      const res = await o.gql(`mutation($id: ID!) { changeProgrammeStatus(input: { id: $id, status: RUNNING, version: 1 }) { id } }`, { id: w.a.programmeId });
      expect(codeOf(res)).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  updateProgramme: {
    attempt: async (o, w, t) => {
      const before = await state(t, w);
      const programmeOfA = () =>
        withAdmin(
          async (c) => (await c.query(`SELECT name, themes, framework, places FROM programme WHERE id = $1`, [w.a.programmeId])).rows[0],
          t.db.ownerUrl,
        );
      const was = await programmeOfA();
      for (let version = 1; version <= 2; version++) {
        const res = await o.gql(`mutation($input: UpdateProgrammeInput!) { updateProgramme(input: $input) { id name } }`, {
          input: {
            id: w.a.programmeId,
            version,
            name: 'Overgenomen',
            themes: ['Overname'],
            places: 999,
            framework: [{ theme: null, questions: [{ nl: 'Van wie?', en: 'Whose?' }] }],
          },
        });
        expect(codeOf(res)).toBe('NOT_FOUND');
        leaksNothingOfA(res, w);
      }
      expect(await programmeOfA()).toEqual(was);
      expect(await state(t, w)).toEqual(before);
    },
  },
  applyForProgramme: {
    attempt: async (o, w, t) => {
      const before = await state(t, w);
      const res = await o.gql(
        `mutation($id: ID!) { applyForProgramme(input: { programmeId: $id, reviewQuestion: "Mogen wij meedoen?", themes: ["Wmo"], consent: ROUND }) { id } }`,
        {
          id: w.a.programmeId,
        },
      );
      expect(codeOf(res)).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  withdrawApplication: {
    attempt: async (o, w, t) => {
      const before = await state(t, w);
      expect(codeOf(await o.gql(`mutation($id: ID!) { withdrawApplication(id: $id) { id } }`, { id: w.a.applicationId }))).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  declineApplication: {
    attempt: async (o, w, t) => {
      const before = await state(t, w);
      expect(codeOf(await o.gql(`mutation($id: ID!) { declineApplication(id: $id) { id } }`, { id: w.a.applicationId }))).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  suggestedGrouping: {
    attempt: async (o, w) => {
      const res = await o.gql(`query($id: ID!) { suggestedGrouping(programmeId: $id) { rounds { number } } }`, { id: w.a.programmeId });
      expect(codeOf(res)).toBe('NOT_FOUND');
    },
  },
  createRound: {
    attempt: async (o, w, t) => {
      const before = await state(t, w);
      const res = await o.gql(`mutation($id: ID!) { createRound(input: { programmeId: $id, name: "Indringer" }) { id } }`, { id: w.a.programmeId });
      expect(codeOf(res)).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  placeApplication: {
    attempt: async (o, w, t) => {
      const before = await state(t, w);
      const res = await o.gql(`mutation($id: ID!) { placeApplication(input: { applicationId: $id }) { id } }`, { id: w.a.applicationId });
      expect(codeOf(res)).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  acceptSuggestedGrouping: {
    attempt: async (o, w, t) => {
      const before = await state(t, w);
      const input = { programmeId: w.a.programmeId, fingerprint: 'A'.repeat(43) };
      expect(codeOf(await o.gql(`mutation($input: AcceptSuggestedGroupingInput!) { acceptSuggestedGrouping(input: $input) { id } }`, { input }))).toBe(
        'NOT_FOUND',
      );
      expect(await state(t, w)).toEqual(before);
    },
  },
  startRound: {
    attempt: async (o, w, t) => {
      const [round] = await withAdmin(
        async (c) =>
          (
            await c.query(`INSERT INTO round (network_id, programme_id, name) VALUES ($1, $2, 'Ronde van A') ON CONFLICT DO NOTHING RETURNING id`, [
              w.a.id,
              w.a.programmeId,
            ])
          ).rows,
        t.db.ownerUrl,
      );
      const before = await state(t, w);
      expect(codeOf(await o.gql(`mutation($id: ID!) { startRound(input: { id: $id, version: 1 }) { id } }`, { id: round?.id ?? w.a.programmeId }))).toBe(
        'NOT_FOUND',
      );
      expect(await state(t, w)).toEqual(before);
    },
  },
  round: {
    attempt: async (o, w, _t, v) => {
      const res = await o.gql(`query($id: ID!) { round(id: $id) { name organisations { name } } }`, { id: v.roundId });
      expect(codeOf(res)).toBe('NOT_FOUND');
      leaksNothingOfA(res, w);
    },
  },
  programmeRetention: {
    attempt: async (o, w) => {
      const res = await o.gql(`query($id: ID!) { programmeRetention(programmeId: $id) { keptUntil removedAt } }`, { id: w.a.programmeId });
      expect(codeOf(res)).toBe('NOT_FOUND');
      leaksNothingOfA(res, w);
    },
  },
  programmeProgress: {
    attempt: async (o, w, _t, v) => {
      for (const id of [w.a.programmeId, v.programmeId]) {
        const res = await o.gql(`query($id: ID!) { programmeProgress(programmeId: $id) { name rounds { name visits { visitId host } } } }`, { id });
        expect(codeOf(res)).toBe('NOT_FOUND');
        leaksNothingOfA(res, w);
      }
    },
  },
  myRoundEvaluation: {
    attempt: async (o, w, _t, v) => {
      const res = await o.gql(`query($id: ID!) { myRoundEvaluation(roundId: $id) { version comment } }`, { id: v.roundId });
      expect(codeOf(res)).toBe('NOT_FOUND');
      leaksNothingOfA(res, w);
    },
  },
  roundEvaluationResults: {
    attempt: async (o, w, _t, v) => {
      const res = await o.gql(`query($id: ID!) { roundEvaluationResults(roundId: $id) { roundName results { state comments } } }`, { id: v.roundId });
      expect(codeOf(res)).toBe('NOT_FOUND');
      leaksNothingOfA(res, w);
    },
  },
  programmeEvaluationResults: {
    attempt: async (o, w, _t, v) => {
      const res = await o.gql(`query($id: ID!) { programmeEvaluationResults(programmeId: $id) { total { state } rounds { roundName } } }`, {
        id: v.programmeId,
      });
      expect(codeOf(res)).toBe('NOT_FOUND');
      leaksNothingOfA(res, w);
    },
  },
  ...notFoundAndUnchanged({
    saveRoundEvaluation: () =>
      `mutation { saveRoundEvaluation(input: { roundId: "${visitWorld.roundId}", version: 0, usefulness: 1, safety: 1, preparation: 1, team: 1, wouldRecommend: false, comment: "Van B" }) { version } }`,
    submitRoundEvaluation: () => `mutation { submitRoundEvaluation(input: { roundId: "${visitWorld.roundId}", version: 1 }) { version } }`,
  }),
};
