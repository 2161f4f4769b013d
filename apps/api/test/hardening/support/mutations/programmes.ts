import { versionOf, type FieldSpec, type Literal, type MutationSpec } from '../bad-input';
import { THEMES, type ProgrammesWorld } from './programmes-world';

// The world these mutations run in is built in programmes-world.ts; exported from here as before.
export { buildProgrammesWorld, type ProgrammesWorld } from './programmes-world';

const SHARING = ['NETWORK', 'PUBLIC', 'ROUND'] as const;
const PROGRAMME_STATUSES = ['CLOSED', 'DRAFT', 'OPEN', 'RUNNING'] as const;

/** An edited preparation framework: sections with their questions (texts kept as typed). */
const frameworkField: FieldSpec = {
  name: 'framework',
  kind: 'objects',
  required: false,
  maxItems: 21,
  fields: [
    { name: 'theme', kind: 'markdown', required: false, max: 80, real: () => [null, 'Wmo', 'Jeugd', 'Sport'] },
    {
      name: 'questions',
      kind: 'objects',
      required: true,
      maxItems: 20,
      fields: [
        {
          name: 'key',
          kind: 'markdown',
          required: false,
          max: 40,
          real: () => ['FOTO_VAN_NU', 'STIP_AAN_DE_HORIZON', 'WHAT_GOES_WELL', 'CUSTOM_1', 'ONBEKEND'],
        },
        { name: 'nl', kind: 'markdown', required: true, max: 300 },
        { name: 'en', kind: 'markdown', required: true, max: 300 },
        { name: 'hintNl', kind: 'markdown', required: false, max: 1000 },
        { name: 'hintEn', kind: 'markdown', required: false, max: 1000 },
      ],
    },
  ],
};

const ownFramework = () => [
  {
    theme: null,
    questions: [
      { key: 'FOTO_VAN_NU', nl: 'Foto van nu', en: 'Snapshot of today' },
      { nl: 'Wat wilt u ons laten zien?', en: 'What do you want to show us?' },
    ],
  },
];

export function programmeMutations(w: ProgrammesWorld): MutationSpec[] {
  // a new name for every case, so that a wrongly accepted case does not turn the next into "name taken"
  let serial = 0;
  const programmeIds = () => [w.world.a.programmeId, w.composing.programmeId, w.draftProgrammeId, w.world.b.programmeId];
  const roundIds = () => [...w.composing.roundIds];
  return [
    {
      name: 'createProgramme',
      doc: `mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { id name status places themes framework { theme } signUpOpensAt signUpClosesAt version } }`,
      arg: 'input',
      actor: 'coordinator',
      fields: [
        { name: 'name', kind: 'text', required: true, max: 160, min: 2 },
        { name: 'description', kind: 'text', required: false, max: 4000 },
        { name: 'themes', kind: 'strings', required: false, max: 80, maxItems: 20, real: () => ['Wmo', 'Jeugd', 'Participatie', ' Wmo ', 'wmo'] },
        { name: 'places', kind: 'int', required: true, min: 0, max: 1000 },
        { name: 'signUpOpensAt', kind: 'dateTime', required: false },
        { name: 'signUpClosesAt', kind: 'dateTime', required: false },
        { name: 'defaultSharing', kind: 'enum', values: SHARING, required: true },
        { name: 'preparationDaysBefore', kind: 'int', required: false, min: 0, max: 60 },
        { name: 'replyDays', kind: 'int', required: false, min: 1, max: 60 },
        { name: 'reportWeeksAfter', kind: 'int', required: false, min: 1, max: 26 },
        { name: 'progressReviewMonths', kind: 'ints', required: false, min: 1, max: 36, maxItems: 4 },
        frameworkField,
        { name: 'idempotencyKey', kind: 'key', required: false },
      ],
      base: () => ({
        framework: ownFramework(),
        name: `Sturen op Kwaliteit ${++serial}`,
        description: 'Een programma over **sturing**.',
        themes: ['Wmo', 'Jeugd'],
        places: 12,
        signUpOpensAt: '2026-01-05T08:00:00.000Z',
        signUpClosesAt: '2026-02-05T22:59:59.000Z',
        defaultSharing: 'NETWORK',
      }),
    },
    {
      name: 'updateProgramme',
      doc: `mutation($input: UpdateProgrammeInput!) { updateProgramme(input: $input) { id name status places themes framework { theme questions { key } } version } }`,
      arg: 'input',
      actor: 'coordinator',
      fields: [
        { name: 'id', kind: 'uuid', required: true, real: programmeIds },
        { name: 'version', kind: 'version', required: true, live: (input) => versionOf(w.probe, 'programme', input['id']) },
        { name: 'name', kind: 'text', required: false, max: 160, min: 2 },
        { name: 'description', kind: 'text', required: false, max: 4000, min: 0 },
        { name: 'themes', kind: 'strings', required: false, max: 80, maxItems: 20, real: () => ['Wmo', 'Jeugd', 'Participatie', ' Wmo ', 'wmo'] },
        frameworkField,
        { name: 'places', kind: 'int', required: false, min: 0, max: 1000 },
        { name: 'signUpOpensAt', kind: 'dateTime', required: false },
        { name: 'signUpClosesAt', kind: 'dateTime', required: false },
        { name: 'defaultSharing', kind: 'enum', values: SHARING, required: false },
        { name: 'preparationDaysBefore', kind: 'int', required: false, min: 0, max: 60 },
        { name: 'replyDays', kind: 'int', required: false, min: 1, max: 60 },
        { name: 'reportWeeksAfter', kind: 'int', required: false, min: 1, max: 26 },
        { name: 'progressReviewMonths', kind: 'ints', required: false, min: 1, max: 36, maxItems: 4 },
      ],
      base: () => ({
        id: w.draftProgrammeId,
        version: 1,
        name: `Bijgewerkt programma ${++serial}`,
        themes: ['Wmo', 'Jeugd'],
        framework: ownFramework(),
        places: 8,
      }),
    },
    {
      name: 'changeProgrammeStatus',
      doc: `mutation($input: ChangeProgrammeStatusInput!) { changeProgrammeStatus(input: $input) { id status version placesTaken waitlistLength } }`,
      arg: 'input',
      actor: 'coordinator',
      fields: [
        { name: 'id', kind: 'uuid', required: true, real: programmeIds },
        { name: 'status', kind: 'enum', values: PROGRAMME_STATUSES, required: true },
        { name: 'version', kind: 'version', required: true, live: (input) => versionOf(w.probe, 'programme', input['id']) },
      ],
      base: () => ({ id: w.draftProgrammeId, status: 'OPEN', version: 1 }),
    },
    {
      name: 'applyForProgramme',
      doc: `mutation($input: ApplyInput!) { applyForProgramme(input: $input) { id status themes consent preferredPeriod conflicts { organisationId description } waitlistPosition version } }`,
      arg: 'input',
      actor: 'applicant',
      fields: [
        { name: 'programmeId', kind: 'uuid', required: true, real: () => [...programmeIds(), ...w.openProgrammeIds] },
        { name: 'reviewQuestion', kind: 'text', required: true, max: 2000, min: 10 },
        { name: 'themes', kind: 'strings', required: true, max: 80, maxItems: 20, real: () => THEMES },
        { name: 'preferredPeriod', kind: 'text', required: false, max: 120 },
        { name: 'consent', kind: 'enum', values: SHARING, required: true },
        {
          name: 'conflicts',
          kind: 'objects',
          required: false,
          maxItems: 20,
          fields: [
            { name: 'organisationId', kind: 'uuid', required: false, real: () => w.world.a.organisations.map((o) => o.id) },
            { name: 'description', kind: 'text', required: true, max: 500 },
          ],
        },
        { name: 'idempotencyKey', kind: 'key', required: false },
      ],
      base: () => ({
        programmeId: w.world.a.programmeId,
        reviewQuestion: 'Hoe houden wij de wachtlijsten kort?',
        themes: ['Wmo'],
        preferredPeriod: 'voorjaar',
        consent: 'NETWORK',
        conflicts: [{ organisationId: w.world.a.organisations[0].id, description: 'Gedeelde regeling' }],
      }),
    },
    {
      name: 'createRound',
      doc: `mutation($input: CreateRoundInput!) { createRound(input: $input) { id name status version organisations { id } flags { kind } } }`,
      arg: 'input',
      actor: 'coordinator',
      fields: [
        { name: 'programmeId', kind: 'uuid', required: true, real: programmeIds },
        { name: 'name', kind: 'text', required: true, max: 120 },
        { name: 'idempotencyKey', kind: 'key', required: false },
      ],
      base: () => ({ programmeId: w.composing.programmeId, name: `Ronde C${++serial}` }),
    },
    {
      name: 'placeApplication',
      doc: `mutation($input: PlaceApplicationInput!) { placeApplication(input: $input) { id status version } }`,
      arg: 'input',
      actor: 'coordinator',
      fields: [
        { name: 'applicationId', kind: 'uuid', required: true, real: () => [...w.composing.applicationIds, w.world.a.applicationId] },
        { name: 'roundId', kind: 'uuid', required: false, real: roundIds },
      ],
      base: () => ({ applicationId: w.composing.unplacedId, roundId: w.composing.roundIds[1] }),
    },
    {
      name: 'startRound',
      doc: `mutation($input: StartRoundInput!) { startRound(input: $input) { id status version visits { id status } } }`,
      arg: 'input',
      actor: 'coordinator',
      fields: [
        { name: 'id', kind: 'uuid', required: true, real: roundIds },
        { name: 'version', kind: 'version', required: true, live: (input) => versionOf(w.probe, 'round', input['id']) },
      ],
      base: () => ({ id: w.composing.roundIds[0], version: 1 }),
    },
    {
      name: 'acceptSuggestedGrouping',
      doc: `mutation($input: AcceptSuggestedGroupingInput!) { acceptSuggestedGrouping(input: $input) { id name organisations { id } } }`,
      arg: 'input',
      actor: 'coordinator',
      fields: [
        { name: 'programmeId', kind: 'uuid', required: true, real: programmeIds },
        // A fingerprint that names no suggestion: past validation it answers CONFLICT, and nothing changes.
        { name: 'fingerprint', kind: 'token', required: true },
      ],
      base: () => ({ programmeId: w.composing.programmeId, fingerprint: 'A'.repeat(43) }),
    },
    {
      name: 'withdrawApplication',
      doc: `mutation($id: ID!) { withdrawApplication(id: $id) { id status waitlistPosition } }`,
      arg: 'id',
      actor: 'member',
      fields: [{ name: 'id', kind: 'uuid', required: true, real: () => [w.world.a.applicationId, w.world.b.applicationId, w.composing.waitlistedId] }],
      base: () => ({ id: w.world.a.applicationId }),
    },
    {
      name: 'declineApplication',
      doc: `mutation($id: ID!) { declineApplication(id: $id) { id status waitlistPosition } }`,
      arg: 'id',
      actor: 'coordinator',
      fields: [{ name: 'id', kind: 'uuid', required: true, real: () => [...w.composing.applicationIds, w.world.b.applicationId] }],
      base: () => ({ id: w.composing.unplacedId }),
    },
  ];
}

export const PROGRAMME_LITERALS: Literal[] = [
  [
    'createProgramme with a string for places',
    `mutation { createProgramme(input: { name: "Pr", places: "12", defaultSharing: NETWORK }) { id } }`,
    'coordinator',
  ],
  [
    'createProgramme with a float for places',
    `mutation { createProgramme(input: { name: "Pr", places: 1.5, defaultSharing: NETWORK }) { id } }`,
    'coordinator',
  ],
  [
    'createProgramme with places beyond a 32-bit Int',
    `mutation { createProgramme(input: { name: "Pr", places: 2147483648, defaultSharing: NETWORK }) { id } }`,
    'coordinator',
  ],
  [
    'createProgramme with an unknown sharing level',
    `mutation { createProgramme(input: { name: "Pr", places: 5, defaultSharing: EVERYONE }) { id } }`,
    'coordinator',
  ],
  [
    'changeProgrammeStatus with a string for the status enum',
    `mutation { changeProgrammeStatus(input: { id: "${'0'.repeat(8)}-0000-0000-0000-${'0'.repeat(12)}", status: "OPEN", version: 1 }) { id } }`,
    'coordinator',
  ],
  [
    'applyForProgramme with an object for themes',
    `mutation { applyForProgramme(input: { programmeId: "x", reviewQuestion: "Hoe sturen wij?", themes: { a: 1 }, consent: NETWORK }) { id } }`,
    'applicant',
  ],
  ['placeApplication with a list for applicationId', `mutation { placeApplication(input: { applicationId: ["x"] }) { id } }`, 'coordinator'],
  ['acceptSuggestedGrouping without its input', `mutation { acceptSuggestedGrouping { id } }`, 'coordinator'],
  ['startRound with a boolean version', `mutation { startRound(input: { id: "x", version: true }) { id } }`, 'coordinator'],
  ['withdrawApplication with a float id', `mutation { withdrawApplication(id: 1.5) { id } }`, 'member'],
];
