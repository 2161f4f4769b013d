import { addDays, CONVERSATION_PARTNERS, defaultFramework, dutchToday, selfAssessmentKeys } from '@kijkje/domain';
import { withAdmin } from '../../../support/database';
import type { TestApp } from '../../../support/test-app';
import type { VisitWorld } from '../../../support/visit-world';
import type { World } from '../../../support/world';
import { versionOf, type Literal, type MutationSpec } from '../bad-input';
import type { StateProbe } from '../state';

const ANSWER_KEYS = selfAssessmentKeys(defaultFramework(['Wmo', 'Jeugd']));
const AGENDA = [
  { startTime: '09:00', endTime: '10:30', topic: 'Kennismaking en rondleiding', partners: ['WETHOUDER', 'MANAGEMENT'] },
  { startTime: '11:00', endTime: '12:30', topic: 'Gesprek met het wijkteam', partners: ['WIJKTEAM', 'Stichting Welzijn'] },
];

/**
 * The visit world (a held visit with its team and findings), plus, in the same round: a PLANNED
 * visit hosted by organisation B whose preparation is complete, and a PREPARED visit hosted by
 * D whose team is complete (so that it may be marked held).
 */
export interface VisitsWorld {
  world: World;
  v: VisitWorld;
  probe: StateProbe;
  planned: string;
  prepared: string;
}

export async function buildVisitsWorld(t: TestApp, probe: StateProbe, world: World, v: VisitWorld): Promise<VisitsWorld> {
  return withAdmin(async (c) => {
    const networkId = world.a.id;
    const answers = Object.fromEntries(ANSWER_KEYS.map((k) => [k, `Antwoord op ${k}.`]));
    // The planned visit is two weeks ahead; the prepared one is today, so that it may be marked held.
    const visit = async (host: string, status: string, day: string) =>
      (
        await c.query(
          `INSERT INTO visit (network_id, round_id, host_organisation_id, status, starts_on, starts_at, ends_at, location, agenda, answers, prepared_at)
           VALUES ($1, $2, $3, $4, $8::date, ($8::date + time '09:00') AT TIME ZONE 'Europe/Amsterdam',
                   ($8::date + time '17:00') AT TIME ZONE 'Europe/Amsterdam', 'Gemeentehuis', $5, $6, $7) RETURNING id`,
          [networkId, v.roundId, host, status, JSON.stringify(AGENDA), JSON.stringify(answers), status === 'PREPARED' ? new Date() : null, day],
        )
      ).rows[0].id as string;
    const planned = await visit(v.organisations.b, 'PLANNED', addDays(dutchToday(), 14));
    const prepared = await visit(v.organisations.d, 'PREPARED', dutchToday());
    const reviewer = (visitId: string, userId: string, organisationId: string, lead: boolean) =>
      c.query(`INSERT INTO visit_reviewer (network_id, visit_id, user_id, organisation_id, is_lead) VALUES ($1, $2, $3, $4, $5)`, [
        networkId,
        visitId,
        userId,
        organisationId,
        lead,
      ]);
    await reviewer(planned, v.people.otherReviewer.id, v.organisations.d, false);
    await reviewer(planned, v.people.hostContact.id, v.organisations.host, true);
    await reviewer(prepared, v.people.author.id, v.organisations.b, false);
    await reviewer(prepared, v.people.lead.id, v.organisations.c, true);
    return { world, v, probe, planned, prepared };
  }, t.db.ownerUrl);
}

export function visitMutations(w: VisitsWorld): MutationSpec[] {
  const visitIds = () => [w.planned, w.prepared, w.v.visitId];
  const visitVersion = (input: Record<string, unknown>) => versionOf(w.probe, 'visit', input['visitId']);
  const people = () => [...Object.values(w.v.people).map((p) => p.id), w.world.a.member.id, w.world.b.member.id];
  return [
    {
      name: 'updateVisitPlan',
      doc: `mutation($input: UpdateVisitPlanInput!) { updateVisitPlan(input: $input) { id version startsOn startsAt endsAt location agenda { startTime endTime topic partners } preparationProblems { nl en } } }`,
      arg: 'input',
      actor: 'plannedHost',
      fields: [
        { name: 'visitId', kind: 'uuid', required: true, real: visitIds },
        { name: 'version', kind: 'version', required: true, live: visitVersion },
        { name: 'startsOn', kind: 'date', required: false },
        { name: 'startTime', kind: 'time', required: false, real: () => ['08:30', '09:00'] },
        { name: 'endTime', kind: 'time', required: false, real: () => ['13:00', '17:00', '01:00'] },
        { name: 'location', kind: 'text', required: false, max: 200 },
        {
          name: 'agenda',
          kind: 'objects',
          required: true,
          maxItems: 30,
          fields: [
            { name: 'startTime', kind: 'time', required: true, real: () => ['09:00', '10:30', '11:00'] },
            { name: 'endTime', kind: 'time', required: true, real: () => ['10:30', '12:00', '17:00'] },
            { name: 'topic', kind: 'text', required: true, max: 200 },
            { name: 'partners', kind: 'strings', required: true, max: 80, maxItems: 12, real: () => [...CONVERSATION_PARTNERS, 'Stichting Welzijn'] },
          ],
        },
      ],
      base: () => ({
        visitId: w.planned,
        version: 1,
        startsOn: '2027-03-12',
        startTime: '09:00',
        endTime: '17:00',
        location: 'Stadhuis, zaal 2',
        agenda: structuredClone(AGENDA),
      }),
    },
    {
      name: 'saveSelfAssessment',
      doc: `mutation($input: SaveSelfAssessmentInput!) { saveSelfAssessment(input: $input) { id version selfAssessment { submitted answers { key text } } } }`,
      arg: 'input',
      actor: 'plannedHost',
      fields: [
        { name: 'visitId', kind: 'uuid', required: true, real: visitIds },
        { name: 'version', kind: 'version', required: true, live: visitVersion },
        {
          name: 'answers',
          kind: 'objects',
          required: true,
          maxItems: 200,
          fields: [
            { name: 'key', kind: 'text', required: true, max: 200, real: () => ANSWER_KEYS },
            { name: 'text', kind: 'markdown', required: true, max: 10_000 },
          ],
        },
      ],
      base: () => ({ visitId: w.planned, version: 1, answers: ANSWER_KEYS.slice(0, 2).map((key) => ({ key, text: `Wat wij zien bij ${key}.` })) }),
    },
    {
      name: 'refineReviewQuestion',
      doc: `mutation($input: RefineReviewQuestionInput!) { refineReviewQuestion(input: $input) { id version reviewQuestion reviewQuestionRefined } }`,
      arg: 'input',
      actor: 'plannedHost',
      fields: [
        { name: 'visitId', kind: 'uuid', required: true, real: visitIds },
        { name: 'version', kind: 'version', required: true, live: visitVersion },
        { name: 'reviewQuestion', kind: 'text', required: true, max: 2000, min: 10 },
      ],
      base: () => ({ visitId: w.planned, version: 1, reviewQuestion: 'Hoe sturen wij samen met de wijkteams?' }),
    },
    {
      name: 'submitPreparation',
      doc: `mutation($input: VisitStepInput!) { submitPreparation(input: $input) { id status version preparedAt } }`,
      arg: 'input',
      actor: 'plannedHost',
      fields: [
        { name: 'visitId', kind: 'uuid', required: true, real: visitIds },
        { name: 'version', kind: 'version', required: true, live: visitVersion },
      ],
      base: () => ({ visitId: w.planned, version: 1 }),
    },
    {
      name: 'assignReviewer',
      doc: `mutation($input: AssignReviewerInput!) { assignReviewer(input: $input) { id team { isLead user { id } organisation { id } } teamProblems { nl en } } }`,
      arg: 'input',
      actor: 'coordinator',
      fields: [
        { name: 'visitId', kind: 'uuid', required: true, real: visitIds },
        { name: 'userId', kind: 'uuid', required: true, real: people },
        { name: 'lead', kind: 'bool', required: false },
      ],
      base: () => ({ visitId: w.planned, userId: w.v.people.lead.id, lead: false }),
    },
    {
      name: 'setVisitLead',
      doc: `mutation($input: ReviewerRefInput!) { setVisitLead(input: $input) { id team { isLead user { id } } teamProblems { nl en } } }`,
      arg: 'input',
      actor: 'coordinator',
      fields: [
        { name: 'visitId', kind: 'uuid', required: true, real: visitIds },
        { name: 'userId', kind: 'uuid', required: true, real: people },
      ],
      base: () => ({ visitId: w.planned, userId: w.v.people.otherReviewer.id }),
    },
    {
      name: 'removeReviewer',
      doc: `mutation($input: ReviewerRefInput!) { removeReviewer(input: $input) { id team { isLead user { id } } teamProblems { nl en } } }`,
      arg: 'input',
      actor: 'coordinator',
      fields: [
        { name: 'visitId', kind: 'uuid', required: true, real: visitIds },
        { name: 'userId', kind: 'uuid', required: true, real: people },
      ],
      base: () => ({ visitId: w.planned, userId: w.v.people.otherReviewer.id }),
    },
    {
      name: 'setVisitDeadlines',
      doc: `mutation($input: SetVisitDeadlinesInput!) { setVisitDeadlines(input: $input) { id version deadlines { preparationDue reportDue preparationDueOwn reportDueOwn } } }`,
      arg: 'input',
      actor: 'coordinator',
      fields: [
        { name: 'visitId', kind: 'uuid', required: true, real: visitIds },
        { name: 'version', kind: 'version', required: true, live: visitVersion },
        { name: 'preparationDueOn', kind: 'date', required: false },
        { name: 'reportDueOn', kind: 'date', required: false },
      ],
      base: () => ({ visitId: w.planned, version: 1, preparationDueOn: null, reportDueOn: null }),
    },
    {
      name: 'markVisitHeld',
      doc: `mutation($input: VisitStepInput!) { markVisitHeld(input: $input) { id status version heldAt round { id status } } }`,
      arg: 'input',
      actor: 'lead',
      fields: [
        { name: 'visitId', kind: 'uuid', required: true, real: visitIds },
        { name: 'version', kind: 'version', required: true, live: visitVersion },
      ],
      base: () => ({ visitId: w.prepared, version: 1 }),
    },
  ];
}

export const VISIT_LITERALS: Literal[] = [
  [
    'updateVisitPlan with an agenda item that is a string',
    `mutation { updateVisitPlan(input: { visitId: "x", version: 1, agenda: ["09:00"] }) { id } }`,
    'plannedHost',
  ],
  [
    'updateVisitPlan with a number for the time',
    `mutation { updateVisitPlan(input: { visitId: "x", version: 1, agenda: [{ startTime: 930, endTime: "10:00", topic: "T", partners: [] }] }) { id } }`,
    'plannedHost',
  ],
  ['updateVisitPlan without its agenda', `mutation { updateVisitPlan(input: { visitId: "x", version: 1 }) { id } }`, 'plannedHost'],
  [
    'saveSelfAssessment with an answer missing its text',
    `mutation { saveSelfAssessment(input: { visitId: "x", version: 1, answers: [{ key: "general:FOTO_VAN_NU" }] }) { id } }`,
    'plannedHost',
  ],
  ['submitPreparation with a float version', `mutation { submitPreparation(input: { visitId: "x", version: 1.5 }) { id } }`, 'plannedHost'],
  ['assignReviewer with a string for lead', `mutation { assignReviewer(input: { visitId: "x", userId: "y", lead: "true" }) { id } }`, 'coordinator'],
  ['removeReviewer with an unknown field', `mutation { removeReviewer(input: { visitId: "x", userId: "y", everywhere: true }) { id } }`, 'coordinator'],
  ['markVisitHeld with null for the version', `mutation { markVisitHeld(input: { visitId: "x", version: null }) { id } }`, 'lead'],
];
