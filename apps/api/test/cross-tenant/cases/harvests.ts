import { codeOf, type GqlResult } from '../../support/gql-client';
import { state } from '../../support/cross-tenant-state';
import { harvestsOfA, harvestWorld, leaksNothingOfA, type Cases } from '../../support/cross-tenant-world';
import { reportsOfA } from '../../support/cross-tenant-meetings';

/**
 * Harvests (SEC-03): network A's drafts, network-only and withdrawn harvests answer NOT_FOUND; its public
 * harvest is readable through its public address only; A's rows stay as they were.
 */
export const HARVEST_CASES: Cases = {
  harvests: {
    attempt: async (o, w) => {
      const res = await o.gql(`{ harvests { id title } }`);
      expect(codeOf(res)).toBe('OK');
      leaksNothingOfA(res, w);
    },
  },
  harvest: {
    attempt: async (o, w) => {
      for (const id of [harvestsOfA.draft, harvestsOfA.network, harvestsOfA.public, harvestsOfA.withdrawn]) {
        const res = await o.gql(`query($id: ID!) { harvest(id: $id) { title narrative } }`, { id });
        expect(codeOf(res)).toBe('NOT_FOUND');
        leaksNothingOfA(res, w);
      }
    },
  },
  publishedHarvests: {
    attempt: async (o, w) => {
      const res = await o.gql(`{ publishedHarvests { harvestId title } }`);
      expect(res.data!.publishedHarvests).toEqual([]);
      leaksNothingOfA(res, w);
      // Naming A's programme changes nothing.
      const ofProgramme = await o.gql(`query($id: ID) { publishedHarvests(programmeId: $id) { harvestId title } }`, { id: harvestWorld.programmeId });
      expect(ofProgramme.data!.publishedHarvests).toEqual([]);
      leaksNothingOfA(ofProgramme, w);
    },
  },
  harvestVersion: {
    attempt: async (o, w) => {
      // Even the public one is not "theirs": they read it through its public address only.
      for (const id of [harvestsOfA.draft, harvestsOfA.network, harvestsOfA.public, harvestsOfA.withdrawn]) {
        const res = await o.gql(`query($id: ID!) { harvestVersion(harvestId: $id) { title } }`, { id });
        expect(codeOf(res)).toBe('NOT_FOUND');
        leaksNothingOfA(res, w);
      }
    },
  },
  publicHarvest: {
    // Public by design: the public version of A is readable by anyone; nothing else is.
    attempt: async (o) => {
      expect((await o.ok(`query($s: String!) { publicHarvest(slug: $s) { title } }`, { s: harvestsOfA.publicSlug })).publicHarvest.title).toBe(
        'Openbare oogst',
      );
      // Network only, another network's draft, withdrawn, unknown: all the same null.
      for (const s of ['geheime-oogst', 'concept-van-a', 'ingetrokken-oogst', 'bestaat-niet']) {
        const res = await o.gql(`query($s: String!) { publicHarvest(slug: $s) { title } }`, { s });
        expect({ data: res.data, errors: res.errors }).toEqual({ data: { publicHarvest: null }, errors: undefined });
      }
    },
  },
  createHarvest: {
    attempt: async (o, w, t) => {
      const before = await state(t, w);
      const res = await o.gql(`mutation($id: ID!) { createHarvest(input: { programmeId: $id, title: "Overname", visibility: PUBLIC }) { id } }`, {
        id: harvestWorld.programmeId,
      });
      expect(codeOf(res)).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  updateHarvest: {
    attempt: async (o, w, t) => {
      const before = await state(t, w);
      const res = await o.gql(`mutation($id: ID!) { updateHarvest(input: { id: $id, version: 1, narrative: "Overschreven" }) { id } }`, {
        id: harvestsOfA.draft,
      });
      expect(codeOf(res)).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  updateHarvestSections: {
    attempt: async (o, w, t) => {
      const before = await state(t, w);
      // A's draft, even with A's own programme: not found.
      const res = await o.gql(
        `mutation($id: ID!, $p: ID!) { updateHarvestSections(input: { id: $id, version: 1, comparedProgrammeIds: [$p], indicators: true }) { id } }`,
        {
          id: harvestsOfA.draft,
          p: w.a.programmeId,
        },
      );
      expect(codeOf(res)).toBe('NOT_FOUND');
      // The outsider's own draft cannot compare with A's programmes: refused exactly as a programme that does not exist.
      const own = (
        await o.ok(`mutation($id: ID!) { createHarvest(input: { programmeId: $id, title: "Eigen vergelijking", visibility: NETWORK }) { id version } }`, {
          id: w.b.programmeId,
        })
      ).createHarvest;
      const SECTIONS = `mutation($id: ID!, $p: [ID!]) { updateHarvestSections(input: { id: $id, version: 1, comparedProgrammeIds: $p }) { id comparedProgrammes { id name } comparison { programmes { name } patterns { programmes patterns { label } } } } }`;
      const unknown = await o.gql(SECTIONS, { id: own.id, p: ['6f1c1b36-8f59-4a57-9a3e-1f0b1f7a0c11'] });
      expect(codeOf(unknown)).toBe('BAD_USER_INPUT');
      const withoutRequest = (r: GqlResult) => r.errors?.map((e) => ({ ...e, extensions: { ...e.extensions, requestId: null } }));
      for (const programmeId of [harvestWorld.programmeId, w.a.programmeId]) {
        const refused = await o.gql(SECTIONS, { id: own.id, p: [programmeId] });
        expect(withoutRequest(refused)).toEqual(withoutRequest(unknown));
        leaksNothingOfA(refused, w);
        expect(JSON.stringify(refused.errors)).not.toContain(programmeId);
      }
      // Nor choose A's work meetings, nor see them among its choices: refused exactly as a meeting that does not exist.
      const MEETINGS = `mutation($id: ID!, $m: [ID!]) { updateHarvestSections(input: { id: $id, version: 1, meetings: true, meetingIds: $m }) { id meetings { meetings } } }`;
      const noMeeting = await o.gql(MEETINGS, { id: own.id, m: ['6f1c1b36-8f59-4a57-9a3e-1f0b1f7a0c11'] });
      const ofA = await o.gql(MEETINGS, { id: own.id, m: [reportsOfA.publishedId] });
      expect(codeOf(ofA)).toBe('BAD_USER_INPUT');
      expect(withoutRequest(ofA)).toEqual(withoutRequest(noMeeting));
      expect(JSON.stringify(ofA)).not.toContain(reportsOfA.publishedId);
      const after = (
        await o.ok(
          `query($id: ID!) { harvest(id: $id) { version comparedProgrammes { id } comparison { programmes { name } patterns { patterns { label } } } meetingIds meetings { meetings } meetingChoices { title } } }`,
          { id: own.id },
        )
      ).harvest;
      expect(after).toEqual({ version: 1, comparedProgrammes: [], comparison: null, meetingIds: [], meetings: null, meetingChoices: [] });
      expect(await state(t, w)).toEqual(before);
    },
  },
  addHarvestQuote: {
    attempt: async (o, w, t) => {
      const before = await state(t, w);
      const res = await o.gql(`mutation($h: ID!, $f: ID!) { addHarvestQuote(input: { harvestId: $h, version: 1, findingId: $f }) { id } }`, {
        h: harvestsOfA.draft,
        f: harvestWorld.findings.utrechtWachtlijst,
      });
      expect(codeOf(res)).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  updateHarvestQuote: {
    attempt: async (o, w, t) => {
      const before = await state(t, w);
      const res = await o.gql(`mutation($h: ID!, $f: ID!) { updateHarvestQuote(input: { harvestId: $h, version: 1, findingId: $f, text: "x" }) { id } }`, {
        h: harvestsOfA.draft,
        f: harvestWorld.findings.utrechtWachtlijst,
      });
      expect(codeOf(res)).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  removeHarvestQuote: {
    attempt: async (o, w, t) => {
      const before = await state(t, w);
      const res = await o.gql(`mutation($h: ID!, $f: ID!) { removeHarvestQuote(input: { harvestId: $h, version: 1, findingId: $f }) { id } }`, {
        h: harvestsOfA.draft,
        f: harvestWorld.findings.utrechtWachtlijst,
      });
      expect(codeOf(res)).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  decideHarvestWord: {
    attempt: async (o, w, t) => {
      const before = await state(t, w);
      for (const decision of ['KEEP', 'REPLACE']) {
        const res = await o.gql(
          `mutation($h: ID!, $f: ID!, $d: WordDecision!) { decideHarvestWord(input: { harvestId: $h, version: 1, findingId: $f, word: "Utrecht", decision: $d }) { id } }`,
          {
            h: harvestsOfA.draft,
            f: harvestWorld.findings.utrechtWachtlijst,
            d: decision,
          },
        );
        expect(codeOf(res)).toBe('NOT_FOUND');
        leaksNothingOfA(res, w);
      }
      expect(await state(t, w)).toEqual(before);
    },
  },
  publishHarvest: {
    attempt: async (o, w, t) => {
      const before = await state(t, w);
      expect(codeOf(await o.gql(`mutation($id: ID!) { publishHarvest(input: { id: $id, version: 1 }) { number } }`, { id: harvestsOfA.draft }))).toBe(
        'NOT_FOUND',
      );
      expect(await state(t, w)).toEqual(before);
    },
  },
  withdrawHarvest: {
    // Even A's public version, which the outsider can read, cannot be taken down from B.
    attempt: async (o, w, t) => {
      const before = await state(t, w);
      for (const id of [harvestsOfA.public, harvestsOfA.network, harvestsOfA.draft]) {
        const res = await o.gql(
          `mutation($id: ID!) { withdrawHarvest(input: { harvestId: $id, number: 1, reason: "Overgenomen" }) { id publicState { state } } }`,
          { id },
        );
        expect(codeOf(res)).toBe('NOT_FOUND');
        leaksNothingOfA(res, w);
      }
      expect(await state(t, w)).toEqual(before);
    },
  },
  harvestSystemSignals: {
    attempt: async (o, w) => {
      for (const id of [harvestsOfA.draft, harvestsOfA.network, harvestsOfA.public]) {
        const res = await o.gql(`query($id: ID!) { harvestSystemSignals(harvestId: $id) { theme count texts } }`, { id });
        expect(codeOf(res)).toBe('NOT_FOUND');
        leaksNothingOfA(res, w);
      }
    },
  },
};
