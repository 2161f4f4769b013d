import { withAdmin } from '../../../support/database';
import { buildHarvestWorld, type HarvestWorld } from '../../../support/harvest-world';
import type { TestApp } from '../../../support/test-app';
import { buildWorld, type World } from '../../../support/world';
import { versionOf, type Literal, type MutationSpec } from '../bad-input';
import type { StateProbe } from '../state';

const VISIBILITIES = ['NETWORK', 'PUBLIC'] as const;

/** The harvest world (a closed round with released findings), plus a draft harvest that quotes one of them. */
export interface HarvestsWorld {
  world: World;
  h: HarvestWorld;
  probe: StateProbe;
  draftId: string;
  quotedFindingId: string;
  /** A second draft, for quoting findings whatever their text (see bad-input.harvests.spec.ts). */
  quoteLabId: string;
  /** A work meeting of network A, and one of network B, to choose for the harvest. */
  meetings: string[];
}

export async function buildHarvestsWorld(t: TestApp, probe: StateProbe): Promise<HarvestsWorld> {
  const world = await buildWorld(t);
  const h = await buildHarvestWorld(t, world);
  const quotedFindingId = h.findings['utrechtToegang'];
  const [draftId, quoteLabId, ...meetings] = await withAdmin(async (c) => {
    const meeting = async (networkId: string) =>
      (
        await c.query(
          `INSERT INTO meeting (network_id, title, starts_at, ends_at, capacity, status) VALUES ($1, 'Werkbijeenkomst', now(), now() + interval '3 hours', 20, 'HELD') RETURNING id`,
          [networkId],
        )
      ).rows[0].id as string;
    const draft = async (title: string, slug: string, quotes: unknown[]) =>
      (
        await c.query(
          `INSERT INTO harvest (network_id, programme_id, title, slug, visibility, narrative, quotes, created_by)
           VALUES ($1, $2, $3, $4, 'PUBLIC', 'Wat de *ronde* ons leerde.', $5, $6) RETURNING id`,
          [world.a.id, h.programmeId, title, slug, JSON.stringify(quotes), world.a.coordinator.id],
        )
      ).rows[0].id as string;
    return [
      await draft('Oogst 2025', 'oogst-2025', [{ findingId: quotedFindingId, text: 'De toegang via het wijkteam is dichtbij en persoonlijk.' }]),
      await draft('Proefoogst', 'proefoogst', []),
      await meeting(world.a.id),
      await meeting(world.b.id),
    ];
  }, t.db.ownerUrl);
  return { world, h, probe, draftId, quotedFindingId, quoteLabId, meetings };
}

export function harvestMutations(w: HarvestsWorld): MutationSpec[] {
  const programmeIds = () => [w.h.programmeId, w.world.a.programmeId, w.world.b.programmeId];
  const harvestIds = async () => [...(await w.probe.query<{ id: string }>(`SELECT id FROM harvest ORDER BY created_at LIMIT 3`)).map((r) => r.id), w.draftId];
  const harvestVersion = (key: string) => (input: Record<string, unknown>) => versionOf(w.probe, 'harvest', input[key]);
  const findingIds = () => [...Object.values(w.h.findings), w.h.withheld];
  const doc = (operation: string, type: string) =>
    `mutation($input: ${type}!) { ${operation}(input: $input) { id title slug visibility version roundIds narrative status quotes { findingId text remainingNames } problems { nl en } counts { totals { total } } } }`;
  return [
    {
      name: 'createHarvest',
      doc: doc('createHarvest', 'CreateHarvestInput'),
      arg: 'input',
      actor: 'coordinator',
      fields: [
        { name: 'programmeId', kind: 'uuid', required: true, real: programmeIds },
        { name: 'title', kind: 'text', required: true, max: 200, min: 2 },
        { name: 'visibility', kind: 'enum', values: VISIBILITIES, required: true },
        { name: 'roundIds', kind: 'uuids', required: false, maxItems: 200, real: () => [w.h.roundId] },
        { name: 'narrative', kind: 'markdown', required: false, max: 20_000 },
        { name: 'idempotencyKey', kind: 'key', required: false },
      ],
      base: () => ({ programmeId: w.h.programmeId, title: 'Oogst van de ronde', visibility: 'NETWORK', roundIds: [w.h.roundId], narrative: 'Wat **opviel**.' }),
    },
    {
      name: 'updateHarvest',
      doc: doc('updateHarvest', 'UpdateHarvestInput'),
      arg: 'input',
      actor: 'coordinator',
      fields: [
        { name: 'id', kind: 'uuid', required: true, real: harvestIds },
        { name: 'version', kind: 'version', required: true, live: harvestVersion('id') },
        { name: 'title', kind: 'text', required: false, max: 200, min: 2 },
        { name: 'narrative', kind: 'markdown', required: false, max: 20_000 },
        { name: 'visibility', kind: 'enum', values: VISIBILITIES, required: false },
        { name: 'roundIds', kind: 'uuids', required: false, maxItems: 200, real: () => [w.h.roundId] },
      ],
      base: () => ({ id: w.draftId, version: 1, title: 'Oogst 2025, herzien', narrative: 'Wat de ronde ons **leerde**.', visibility: 'PUBLIC', roundIds: [] }),
    },
    {
      name: 'updateHarvestSections',
      doc: `mutation($input: UpdateHarvestSectionsInput!) { updateHarvestSections(input: $input) { id version showIndicators showEvaluation showMeetings meetingIds comparedProgrammes { id } comparison { programmes { name total } } indicators { code median } evaluation { state respondents } meetings { state meetings total } meetingChoices { id counted } } }`,
      arg: 'input',
      actor: 'coordinator',
      fields: [
        { name: 'id', kind: 'uuid', required: true, real: harvestIds },
        { name: 'version', kind: 'version', required: true, live: harvestVersion('id') },
        {
          name: 'comparedProgrammeIds',
          kind: 'uuids',
          required: false,
          maxItems: 50,
          real: () => [w.world.a.programmeId, w.world.b.programmeId, w.h.programmeId],
        },
        { name: 'indicators', kind: 'bool', required: false },
        { name: 'evaluation', kind: 'bool', required: false },
        { name: 'meetings', kind: 'bool', required: false },
        { name: 'meetingIds', kind: 'uuids', required: false, maxItems: 200, real: () => w.meetings },
      ],
      base: () => ({
        id: w.draftId,
        version: 1,
        comparedProgrammeIds: [w.world.a.programmeId],
        indicators: true,
        evaluation: true,
        meetings: true,
        meetingIds: [w.meetings[0]],
      }),
    },
    {
      name: 'addHarvestQuote',
      doc: doc('addHarvestQuote', 'AddQuoteInput'),
      arg: 'input',
      actor: 'coordinator',
      fields: [
        { name: 'harvestId', kind: 'uuid', required: true, real: harvestIds },
        { name: 'version', kind: 'version', required: true, live: harvestVersion('harvestId') },
        { name: 'findingId', kind: 'uuid', required: true, real: findingIds },
      ],
      base: () => ({ harvestId: w.draftId, version: 1, findingId: w.h.findings['zwolleJeugd'] }),
    },
    {
      name: 'updateHarvestQuote',
      doc: doc('updateHarvestQuote', 'UpdateQuoteInput'),
      arg: 'input',
      actor: 'coordinator',
      fields: [
        { name: 'harvestId', kind: 'uuid', required: true, real: harvestIds },
        { name: 'version', kind: 'version', required: true, live: harvestVersion('harvestId') },
        { name: 'findingId', kind: 'uuid', required: true, real: findingIds },
        { name: 'text', kind: 'text', required: true, max: 2000 },
      ],
      base: () => ({ harvestId: w.draftId, version: 1, findingId: w.quotedFindingId, text: 'In gemeente A is de toegang dichtbij en persoonlijk.' }),
    },
    {
      name: 'publishHarvest',
      doc: `mutation($input: HarvestStepInput!) { publishHarvest(input: $input) { harvestId number slug visibility publicPath title quotes { text theme } counts { totals { total } } } }`,
      arg: 'input',
      actor: 'coordinator',
      fields: [
        { name: 'id', kind: 'uuid', required: true, real: harvestIds },
        { name: 'version', kind: 'version', required: true, live: harvestVersion('id') },
      ],
      base: () => ({ id: w.draftId, version: 1 }),
    },
    {
      name: 'removeHarvestQuote',
      doc: doc('removeHarvestQuote', 'QuoteRefInput'),
      arg: 'input',
      actor: 'coordinator',
      fields: [
        { name: 'harvestId', kind: 'uuid', required: true, real: harvestIds },
        { name: 'version', kind: 'version', required: true, live: harvestVersion('harvestId') },
        { name: 'findingId', kind: 'uuid', required: true, real: findingIds },
      ],
      base: () => ({ harvestId: w.draftId, version: 1, findingId: w.quotedFindingId }),
    },
    {
      name: 'withdrawHarvest',
      doc: `mutation($input: WithdrawHarvestInput!) { withdrawHarvest(input: $input) { id version publicState { state number withdrawnAt publicPath } versions { number withdrawnAt withdrawalReason } } }`,
      arg: 'input',
      actor: 'coordinator',
      fields: [
        { name: 'harvestId', kind: 'uuid', required: true, real: harvestIds },
        { name: 'number', kind: 'version', required: true },
        { name: 'reason', kind: 'text', required: true, max: 1000 },
      ],
      base: () => ({ harvestId: w.draftId, number: 1, reason: 'Er staat een herkenbare situatie in.' }),
    },
    {
      name: 'decideHarvestWord',
      doc: doc('decideHarvestWord', 'DecideHarvestWordInput'),
      arg: 'input',
      actor: 'coordinator',
      fields: [
        { name: 'harvestId', kind: 'uuid', required: true, real: harvestIds },
        { name: 'version', kind: 'version', required: true, live: harvestVersion('harvestId') },
        { name: 'findingId', kind: 'uuid', required: true, real: findingIds },
        { name: 'word', kind: 'text', required: true, max: 100 },
        { name: 'decision', kind: 'enum', values: ['KEEP', 'REPLACE'], required: true },
        { name: 'replacement', kind: 'enum', values: ['PERSON', 'PLACE'], required: false },
      ],
      base: () => ({ harvestId: w.draftId, version: 1, findingId: w.quotedFindingId, word: 'Pietersen', decision: 'REPLACE', replacement: 'PLACE' }),
    },
  ];
}

export const HARVEST_LITERALS: Literal[] = [
  [
    'createHarvest with a lower-case visibility',
    `mutation { createHarvest(input: { programmeId: "x", title: "Oogst", visibility: public }) { id } }`,
    'coordinator',
  ],
  [
    'createHarvest with a number among the rounds',
    `mutation { createHarvest(input: { programmeId: "x", title: "Oogst", visibility: PUBLIC, roundIds: [1.5] }) { id } }`,
    'coordinator',
  ],
  ['updateHarvest with a string for the version', `mutation { updateHarvest(input: { id: "x", version: "1" }) { id } }`, 'coordinator'],
  [
    'updateHarvestSections with a string for the cijfers switch',
    `mutation { updateHarvestSections(input: { id: "x", version: 1, indicators: "ja" }) { id } }`,
    'coordinator',
  ],
  [
    'updateHarvestSections with a string for the work meetings switch',
    `mutation { updateHarvestSections(input: { id: "x", version: 1, meetings: "ja" }) { id } }`,
    'coordinator',
  ],
  [
    'updateHarvestSections with a meeting id as an object',
    `mutation { updateHarvestSections(input: { id: "x", version: 1, meetingIds: [{ id: "y" }] }) { id } }`,
    'coordinator',
  ],
  [
    'updateHarvestSections with a programme id as a single value of the wrong type',
    `mutation { updateHarvestSections(input: { id: "x", version: 1, comparedProgrammeIds: [{ id: "y" }] }) { id } }`,
    'coordinator',
  ],
  ['addHarvestQuote without the finding', `mutation { addHarvestQuote(input: { harvestId: "x", version: 1 }) { id } }`, 'coordinator'],
  [
    'updateHarvestQuote with an object for the text',
    `mutation { updateHarvestQuote(input: { harvestId: "x", version: 1, findingId: "y", text: { nl: "a" } }) { id } }`,
    'coordinator',
  ],
  ['withdrawHarvest without a reason', `mutation { withdrawHarvest(input: { harvestId: "x", number: 1 }) { id } }`, 'coordinator'],
  [
    'decideHarvestWord with a lower-case decision',
    `mutation { decideHarvestWord(input: { harvestId: "x", version: 1, findingId: "y", word: "Pietersen", decision: keep }) { id } }`,
    'coordinator',
  ],
  ['publishHarvest with an unknown field', `mutation { publishHarvest(input: { id: "x", version: 1, visibility: PUBLIC }) { number } }`, 'coordinator'],
];
