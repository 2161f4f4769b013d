// The cases Kijkje is measured against its floor on (PERF-04): the request the web app sends (or
// the bench's own, where that is the simpler same work), and per request a random (cookie, id)
// pair from the whole M dataset that the person has the right to. `myTasks` is the coordinator's
// (issue 14's bar: p99 ≤ 25 ms), with a running programme (bench-tasks.mjs runningProgrammeForTasks).

import { MY_TASKS } from './bench-tasks.mjs';

const random = (list) => list[Math.floor(Math.random() * list.length)];

const ROUND = `query($id: ID!) { round(id: $id) { name status organisations { name } visits { status startsOn hostOrganisation { name } team { isLead user { name } } findingCounts { submitted shared final released } } } }`;

const VISIT_FINDINGS = `query($id: ID!) { visit(id: $id) { status findings { id kind theme text tags status version author { name } } } }`;

// libs/web/findings FindingsBoard, without rights, comments and per-finding relations.
const HOST_BOARD = `query FindingsBoard($id: ID!) {
  visit(id: $id) {
    id status version replyDeadline myRelations
    hostOrganisation { id name }
    round { id name }
    programme { id name themes }
    findingCounts { submitted shared final released }
    findings {
      id status kind theme text tags version createdAt updatedAt releasedForHarvest
      author { id name }
      response { kind text }
    }
  }
}`;

// libs/web/programmes Programme, fragments written out.
const PROGRAMME = `query Programme($id: ID!) {
  programme(id: $id) {
    id name status places placesTaken waitlistLength version
    description themes signUpOpensAt signUpClosesAt defaultSharing
    applications {
      id status waitlistPosition reviewQuestion themes preferredPeriod consent submittedAt version
      organisation { id name province population }
    }
  }
  organisations { id name }
}`;

const HARVEST_COUNTS = `query($id: ID!) { harvest(id: $id) { counts { byTheme { label total cells { kind count } } bySizeClass { label organisations total cells { kind count } } byRound { label total } totals { total organisations } } } }`;

// libs/web/findings CreateFinding with FindingFields written out.
const CREATE_FINDING = `mutation CreateFinding($input: CreateFindingInput!) {
  createFinding(input: $input) {
    id status kind theme text tags version createdAt updatedAt releasedForHarvest myRelations
    evidence { source quote indicator }
    author { id name }
    rights { edit submit delete discuss reply release }
    comments { id text createdAt author { id name } }
    response { kind text version updatedAt respondedBy { id name } }
  }
}`;

const KINDS = ['STRENGTH', 'CONCERN', 'RECOMMENDATION', 'OWN_RESPONSIBILITY'];

/** `people` from bench-sessions.mjs. */
export function floorCases(people) {
  const byId = (list) => () => {
    const pair = random(list);
    return { cookie: pair.cookie, variables: { id: pair.id } };
  };
  const coordinator = (list) => () => ({ cookie: people.coordinator, variables: { id: random(list) } });
  return [
    { key: 'round', name: 'round dashboard (coordinator)', query: ROUND, next: coordinator(people.rounds) },
    { key: 'visit-findings', name: 'visit findings list (lead)', query: VISIT_FINDINGS, next: byId(people.leads) },
    { key: 'host-board', name: 'findings board (host)', query: HOST_BOARD, next: byId(people.hosts) },
    { key: 'programme', name: 'programme page (coordinator)', query: PROGRAMME, next: coordinator(people.programmes) },
    {
      key: 'my-tasks',
      name: 'my tasks (coordinator)',
      query: MY_TASKS,
      next: () => ({ cookie: people.coordinator, variables: {} }),
      note: 'Kijkje keeps the facts in memory until the network’s task facts version moves (task-facts-cache.ts) and asks only that version; the floor runs the facts statement every time.',
    },
    {
      key: 'harvest-counts',
      name: 'harvest counts (coordinator)',
      query: HARVEST_COUNTS,
      next: coordinator(people.harvests),
      note: 'Kijkje keeps computed counts in memory until the rollup or the harvest changes, a minute at most (harvest-counts-cache.ts); the floor counts every time.',
    },
    {
      key: 'create-finding',
      name: 'create a finding (lead)',
      write: true,
      query: CREATE_FINDING,
      next: () => {
        const pair = random(people.capturingLeads);
        const n = Math.floor(Math.random() * 1e6);
        const input = { visitId: pair.id, kind: random(KINDS), theme: 'Wmo', text: `Bevinding ${n}: de wachtlijst is in beeld.`, tags: ['wachtlijsten'] };
        return { cookie: pair.cookie, variables: { input } };
      },
      // What differs between two creations of the same finding.
      unique: ['id', 'createdAt', 'updatedAt'],
    },
  ];
}
