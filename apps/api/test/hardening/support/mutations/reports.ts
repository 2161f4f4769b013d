import { withAdmin } from '../../../support/database';
import type { TestApp } from '../../../support/test-app';
import type { VisitWorld } from '../../../support/visit-world';
import type { World } from '../../../support/world';
import { versionOf, type Literal, type MutationSpec } from '../bad-input';
import type { StateProbe } from '../state';

const REPORT_SHARING = ['NETWORK', 'ROUND', 'TEAM'] as const;

/**
 * A visit world of its own (its visit held: a report may be started), plus three visits of its round
 * with a report in each later state: a draft (hosted by B, led by the lead), a shared one within
 * its reply period (hosted by D, so the other reviewer is its host's contact) and a final one
 * (hosted by C, so the lead is its host's contact).
 */
export interface ReportsWorld {
  world: World;
  v: VisitWorld;
  probe: StateProbe;
  draft: string;
  shared: string;
  final: string;
}

export async function buildReportsWorld(t: TestApp, probe: StateProbe, world: World, v: VisitWorld): Promise<ReportsWorld> {
  return withAdmin(async (c) => {
    const networkId = world.a.id;
    const { people, organisations } = v;
    const visit = async (host: string, status: string, team: [string, string, boolean][], revisions: string[]) => {
      const { rows } = await c.query(
        `INSERT INTO visit (network_id, round_id, host_organisation_id, status, starts_on, location, held_at) VALUES ($1, $2, $3, $4, current_date - 7, 'Raadhuis', now() - interval '7 days') RETURNING id`,
        [networkId, v.roundId, host, status],
      );
      const id = rows[0].id as string;
      for (const [userId, organisationId, lead] of team) {
        await c.query(`INSERT INTO visit_reviewer (network_id, visit_id, user_id, organisation_id, is_lead) VALUES ($1, $2, $3, $4, $5)`, [
          networkId,
          id,
          userId,
          organisationId,
          lead,
        ]);
      }
      await c.query(`INSERT INTO visit_report (network_id, visit_id, summary, reply_deadline) VALUES ($1, $2, 'Een **samenvatting** in wording.', $3)`, [
        networkId,
        id,
        status === 'REPORT_DRAFT' ? null : new Date(Date.now() + 14 * 86_400_000),
      ]);
      for (const [index, kept] of revisions.entries()) {
        await c.query(`INSERT INTO visit_report_revision (network_id, visit_id, number, status, content) VALUES ($1, $2, $3, $4, '{"findings": []}')`, [
          networkId,
          id,
          index + 1,
          kept,
        ]);
      }
      return id;
    };
    const draft = await visit(
      organisations.b,
      'REPORT_DRAFT',
      [
        [people.lead.id, organisations.c, true],
        [people.otherReviewer.id, organisations.d, false],
      ],
      [],
    );
    const shared = await visit(
      organisations.d,
      'REPORT_SHARED',
      [
        [people.lead.id, organisations.c, true],
        [people.author.id, organisations.b, false],
      ],
      ['REPORT_SHARED'],
    );
    const final = await visit(
      organisations.c,
      'REPORT_FINAL',
      [
        [people.otherReviewer.id, organisations.d, true],
        [people.author.id, organisations.b, false],
      ],
      ['REPORT_SHARED', 'REPORT_FINAL'],
    );
    return { world, v, probe, draft, shared, final };
  }, t.db.ownerUrl);
}

export function reportMutations(w: ReportsWorld): MutationSpec[] {
  const visitIds = () => [w.v.visitId, w.draft, w.shared, w.final];
  const reportVersion = (input: Record<string, unknown>) => versionOf(w.probe, 'visit_report', input['visitId']);
  const doc = (operation: string, type: string) =>
    `mutation($input: ${type}!) { ${operation}(input: $input) { visitId status version summary hostComment sharing replyDeadline revisions { number status } rights { edit share comment } } }`;
  return [
    {
      name: 'startVisitReport',
      doc: `mutation($visitId: ID!) { startVisitReport(visitId: $visitId) { visitId status version summary findings { id kind } team { name lead } } }`,
      arg: 'visitId',
      actor: 'reportLead',
      fields: [{ name: 'visitId', kind: 'uuid', required: true, real: visitIds }],
      base: () => ({ visitId: w.v.visitId }),
    },
    {
      name: 'saveVisitReport',
      doc: doc('saveVisitReport', 'SaveReportInput'),
      arg: 'input',
      actor: 'reportLead',
      fields: [
        { name: 'visitId', kind: 'uuid', required: true, real: visitIds },
        { name: 'version', kind: 'version', required: true, live: reportVersion },
        { name: 'summary', kind: 'markdown', required: true, max: 20_000 },
      ],
      base: () => ({ visitId: w.draft, version: 1, summary: '## Wat ons opviel\n\nDe toegang is **dichtbij**.' }),
    },
    {
      name: 'commentOnVisitReport',
      doc: doc('commentOnVisitReport', 'CommentOnReportInput'),
      arg: 'input',
      actor: 'sharedReportHost',
      fields: [
        { name: 'visitId', kind: 'uuid', required: true, real: visitIds },
        { name: 'version', kind: 'version', required: true, live: reportVersion },
        { name: 'text', kind: 'text', required: true, max: 4000 },
      ],
      base: () => ({ visitId: w.shared, version: 1, text: 'Wij herkennen ons in het *verslag*.' }),
    },
    {
      name: 'setVisitReportSharing',
      doc: doc('setVisitReportSharing', 'SetReportSharingInput'),
      arg: 'input',
      actor: 'finalReportHost',
      fields: [
        { name: 'visitId', kind: 'uuid', required: true, real: visitIds },
        { name: 'sharing', kind: 'enum', values: REPORT_SHARING, required: true },
      ],
      base: () => ({ visitId: w.final, sharing: 'ROUND' }),
    },
    {
      name: 'shareVisitReport',
      doc: doc('shareVisitReport', 'ShareReportInput'),
      arg: 'input',
      actor: 'reportLead',
      fields: [
        { name: 'visitId', kind: 'uuid', required: true, real: visitIds },
        { name: 'version', kind: 'version', required: true, live: reportVersion },
        { name: 'replyDays', kind: 'int', required: false, min: 1, max: 60 },
      ],
      base: () => ({ visitId: w.draft, version: 1, replyDays: 14 }),
    },
    {
      name: 'reopenVisitReport',
      doc: doc('reopenVisitReport', 'ReportStepInput'),
      arg: 'input',
      actor: 'reportLead',
      fields: [
        { name: 'visitId', kind: 'uuid', required: true, real: visitIds },
        { name: 'version', kind: 'version', required: true, live: reportVersion },
      ],
      base: () => ({ visitId: w.shared, version: 1 }),
    },
    {
      name: 'finaliseVisitReport',
      doc: doc('finaliseVisitReport', 'ReportStepInput'),
      arg: 'input',
      actor: 'reportLead',
      fields: [
        { name: 'visitId', kind: 'uuid', required: true, real: visitIds },
        { name: 'version', kind: 'version', required: true, live: reportVersion },
      ],
      base: () => ({ visitId: w.shared, version: 1 }),
    },
  ];
}

export const REPORT_LITERALS: Literal[] = [
  ['startVisitReport with an object for the visit', `mutation { startVisitReport(visitId: { id: "x" }) { visitId } }`, 'reportLead'],
  ['saveVisitReport with a number for the summary', `mutation { saveVisitReport(input: { visitId: "x", version: 1, summary: 42 }) { visitId } }`, 'reportLead'],
  [
    'shareVisitReport with a text for replyDays',
    `mutation { shareVisitReport(input: { visitId: "x", version: 1, replyDays: "14" }) { visitId } }`,
    'reportLead',
  ],
  [
    'commentOnVisitReport with a list for the text',
    `mutation { commentOnVisitReport(input: { visitId: "x", version: 1, text: ["a"] }) { visitId } }`,
    'sharedReportHost',
  ],
  [
    'setVisitReportSharing with an unknown sharing',
    `mutation { setVisitReportSharing(input: { visitId: "x", sharing: PUBLIC }) { visitId } }`,
    'finalReportHost',
  ],
  ['finaliseVisitReport with an unknown field', `mutation { finaliseVisitReport(input: { visitId: "x", version: 1, force: true }) { visitId } }`, 'reportLead'],
];
