import type { FindingStatus } from '@kijkje/domain';
import type { VisitWorld } from '../../../support/visit-world';
import type { World } from '../../../support/world';
import { isUuid, versionOf, type Literal, type MutationSpec } from '../bad-input';
import type { StateProbe } from '../state';

const FINDING_KINDS = ['CONCERN', 'OWN_RESPONSIBILITY', 'RECOMMENDATION', 'STRENGTH'] as const;
const RESPONSE_KINDS = ['AGREE', 'COMMENT', 'CORRECTION'] as const;

/** The visit world: a held visit, its team of three, its host's contact, and a finding in every state. */
export interface FindingsWorld {
  world: World;
  v: VisitWorld;
  probe: StateProbe;
}

export function findingMutations(w: FindingsWorld): MutationSpec[] {
  const ids = (...statuses: FindingStatus[]) => w.v.findings.filter((f) => statuses.includes(f.status)).map((f) => f.id);
  const first = (status: FindingStatus) => ids(status)[0];
  const findingVersion = (key: string) => (input: Record<string, unknown>) => versionOf(w.probe, 'finding', input[key]);
  const content = () => [
    { name: 'kind', kind: 'enum' as const, values: FINDING_KINDS, required: true },
    { name: 'theme', kind: 'text' as const, required: true, max: 80, real: () => ['Wmo', 'Jeugd'] },
    { name: 'text', kind: 'text' as const, required: true, max: 10_000 },
    {
      name: 'evidence',
      kind: 'object' as const,
      required: false,
      fields: [
        { name: 'source', kind: 'text' as const, required: false, max: 1000 },
        { name: 'quote', kind: 'text' as const, required: false, max: 1000 },
        { name: 'indicator', kind: 'text' as const, required: false, max: 1000 },
      ],
    },
    { name: 'tags', kind: 'strings' as const, required: false, max: 40, maxItems: 10, real: () => ['wachtlijsten', '#Wachtlijsten ', 'regie', 'toegang'] },
  ];
  const baseContent = () => ({
    kind: 'CONCERN',
    theme: 'Wmo',
    text: 'De **wachtlijst** voor huishoudelijke hulp groeit.',
    evidence: { source: 'Gesprek met het wijkteam', quote: '“We lopen achter.”', indicator: 'Wachttijd 9 weken' },
    tags: ['wachtlijsten'],
  });
  return [
    {
      name: 'createFinding',
      doc: `mutation($input: CreateFindingInput!) { createFinding(input: $input) { id status kind theme text tags evidence { source quote indicator } version rights { edit submit } } }`,
      arg: 'input',
      actor: 'author',
      fields: [
        { name: 'visitId', kind: 'uuid', required: true, real: () => [w.v.visitId] },
        ...content(),
        { name: 'submit', kind: 'bool', required: false },
        { name: 'idempotencyKey', kind: 'key', required: false },
      ],
      base: () => ({ visitId: w.v.visitId, ...baseContent(), submit: false }),
    },
    {
      name: 'updateFinding',
      doc: `mutation($input: UpdateFindingInput!) { updateFinding(input: $input) { id status kind theme text tags evidence { source quote indicator } version } }`,
      arg: 'input',
      actor: 'author',
      fields: [
        { name: 'id', kind: 'uuid', required: true, real: () => ids('DRAFT', 'SUBMITTED', 'SHARED') },
        ...content(),
        { name: 'version', kind: 'version', required: true, live: findingVersion('id') },
      ],
      base: () => ({ id: first('SUBMITTED'), ...baseContent(), version: 1 }),
    },
    {
      name: 'submitFinding',
      doc: `mutation($input: FindingStepInput!) { submitFinding(input: $input) { id status version } }`,
      arg: 'input',
      actor: 'author',
      fields: [
        { name: 'id', kind: 'uuid', required: true, real: () => ids('DRAFT', 'SUBMITTED') },
        { name: 'version', kind: 'version', required: true, live: findingVersion('id') },
      ],
      base: () => ({ id: first('DRAFT'), version: 1 }),
    },
    {
      name: 'addFindingComment',
      doc: `mutation($input: AddFindingCommentInput!) { addFindingComment(input: $input) { id text author { id } } }`,
      arg: 'input',
      actor: 'reviewer',
      fields: [
        { name: 'findingId', kind: 'uuid', required: true, real: () => ids('DRAFT', 'SUBMITTED', 'SHARED', 'FINAL') },
        { name: 'text', kind: 'text', required: true, max: 4000 },
        { name: 'idempotencyKey', kind: 'key', required: false },
      ],
      base: () => ({ findingId: first('SUBMITTED'), text: 'Klopt dit cijfer **wel**?' }),
    },
    {
      name: 'replyToFinding',
      doc: `mutation($input: ReplyToFindingInput!) { replyToFinding(input: $input) { id response { kind text version } } }`,
      arg: 'input',
      actor: 'host',
      fields: [
        { name: 'findingId', kind: 'uuid', required: true, real: () => ids('SHARED', 'FINAL', 'SUBMITTED') },
        { name: 'kind', kind: 'enum', values: RESPONSE_KINDS, required: true },
        { name: 'text', kind: 'text', required: false, max: 4000 },
        {
          name: 'version',
          kind: 'version',
          required: false,
          // the reply's version, left out for a first reply
          live: async (input) =>
            isUuid(input['findingId'])
              ? (await w.probe.query<{ version: number }>(`SELECT version FROM host_response WHERE finding_id = $1`, [input['findingId']]))[0]?.version
              : undefined,
        },
      ],
      base: () => ({ findingId: first('SHARED'), kind: 'CORRECTION', text: 'De wachttijd is **zes** weken, niet negen.' }),
    },
    {
      name: 'setFindingRelease',
      doc: `mutation($input: SetFindingReleaseInput!) { setFindingRelease(input: $input) { id releasedForHarvest version } }`,
      arg: 'input',
      actor: 'host',
      fields: [
        { name: 'findingId', kind: 'uuid', required: true, real: () => ids('SHARED', 'FINAL', 'SUBMITTED') },
        { name: 'released', kind: 'bool', required: true },
      ],
      base: () => ({ findingId: first('SHARED'), released: true }),
    },
    {
      name: 'markSystemIssue',
      doc: `mutation($input: MarkSystemIssueInput!) { markSystemIssue(input: $input) { id systemIssue version } }`,
      arg: 'input',
      actor: 'lead',
      fields: [
        { name: 'findingId', kind: 'uuid', required: true, real: () => ids('SUBMITTED', 'SHARED', 'FINAL') },
        { name: 'category', kind: 'enum', values: ['FUNDING', 'LAW', 'NATIONAL_PARTIES', 'OTHER'], required: false },
        { name: 'version', kind: 'version', required: true, live: findingVersion('findingId') },
      ],
      base: () => ({ findingId: first('SHARED'), category: 'LAW', version: 1 }),
    },
    {
      name: 'deleteFinding',
      doc: `mutation($input: FindingStepInput!) { deleteFinding(input: $input) }`,
      arg: 'input',
      actor: 'author',
      fields: [
        { name: 'id', kind: 'uuid', required: true, real: () => ids('DRAFT', 'SUBMITTED') },
        { name: 'version', kind: 'version', required: true, live: findingVersion('id') },
      ],
      base: () => ({ id: first('DRAFT'), version: 1 }),
    },
    {
      name: 'shareFindings',
      doc: `mutation($input: ShareFindingsInput!) { shareFindings(input: $input) { id status replyDeadline findingCounts { submitted shared final released } } }`,
      arg: 'input',
      actor: 'lead',
      fields: [
        { name: 'visitId', kind: 'uuid', required: true, real: () => [w.v.visitId] },
        { name: 'replyDays', kind: 'int', required: false, min: 1, max: 60 },
      ],
      base: () => ({ visitId: w.v.visitId, replyDays: 14 }),
    },
    {
      name: 'finaliseFindings',
      doc: `mutation($input: FinaliseFindingsInput!) { finaliseFindings(input: $input) { id status findingCounts { shared final } } }`,
      arg: 'input',
      actor: 'lead',
      fields: [{ name: 'visitId', kind: 'uuid', required: true, real: () => [w.v.visitId] }],
      base: () => ({ visitId: w.v.visitId }),
    },
  ];
}

export const FINDING_LITERALS: Literal[] = [
  ['createFinding with an unknown kind', `mutation { createFinding(input: { visitId: "x", kind: WEAKNESS, theme: "Wmo", text: "T" }) { id } }`, 'author'],
  [
    'createFinding with a string for the kind enum',
    `mutation { createFinding(input: { visitId: "x", kind: "CONCERN", theme: "Wmo", text: "T" }) { id } }`,
    'author',
  ],
  [
    'createFinding with evidence as a string',
    `mutation { createFinding(input: { visitId: "x", kind: CONCERN, theme: "Wmo", text: "T", evidence: "bron" }) { id } }`,
    'author',
  ],
  [
    'createFinding with a number among the tags',
    `mutation { createFinding(input: { visitId: "x", kind: CONCERN, theme: "Wmo", text: "T", tags: ["a", 1] }) { id } }`,
    'author',
  ],
  ['updateFinding without a version', `mutation { updateFinding(input: { id: "x", kind: CONCERN, theme: "Wmo", text: "T" }) { id } }`, 'author'],
  ['replyToFinding with a lower-case kind', `mutation { replyToFinding(input: { findingId: "x", kind: agree }) { id } }`, 'host'],
  ['setFindingRelease with a string for released', `mutation { setFindingRelease(input: { findingId: "x", released: "ja" }) { id } }`, 'host'],
  ['shareFindings with a float for replyDays', `mutation { shareFindings(input: { visitId: "x", replyDays: 14.5 }) { id } }`, 'lead'],
  ['deleteFinding selecting a field of an ID', `mutation { deleteFinding(input: { id: "x", version: 1 }) { id } }`, 'author'],
];
