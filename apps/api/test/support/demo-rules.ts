import {
  checkActionInput,
  checkProgrammePlaces,
  checkProgrammeReadyToOpen,
  checkRoundStart,
  checkTeam,
  checkTimedAgenda,
  dutchWallClock,
  holdsPlace,
  roundStatusFromVisits,
  visitTimesOf,
  type AgendaItem,
  type ApplicationStatus,
  type FindingStatus,
  type OrganisationPair,
  type ProgrammeStatus,
  type RoundStatus,
  type VisitStatus,
} from '@kijkje/domain';
import type { Client } from 'pg';
import { loadMeetings, meetingRuleViolations } from './demo-meeting-rules';

/** Everything of one network that the life-cycle rules speak about, as stored. */
export async function loadNetwork(c: Client, networkId: string) {
  const q = async <T>(sql: string) => (await c.query(sql, [networkId])).rows as T[];
  return {
    programmes: await q<{
      id: string;
      name: string;
      status: ProgrammeStatus;
      places: number;
      themes: string[];
      sign_up_opens_at: Date | null;
      sign_up_closes_at: Date | null;
    }>(`SELECT id, name, status, places, themes, sign_up_opens_at, sign_up_closes_at FROM programme WHERE network_id = $1`),
    applications: await q<{
      id: string;
      programme_id: string;
      organisation_id: string;
      status: ApplicationStatus;
      conflicts: { organisationId: string | null }[];
    }>(`SELECT id, programme_id, organisation_id, status, conflicts FROM application WHERE network_id = $1`),
    rounds: await q<{ id: string; programme_id: string; name: string; status: RoundStatus }>(
      `SELECT id, programme_id, name, status FROM round WHERE network_id = $1`,
    ),
    members: await q<{ application_id: string; round_id: string }>(`SELECT application_id, round_id FROM round_member WHERE network_id = $1`),
    visits: await q<{
      id: string;
      round_id: string;
      host_organisation_id: string;
      status: VisitStatus;
      reply_deadline: Date | null;
      starts_on: string | null;
      starts_at: Date | null;
      ends_at: Date | null;
      agenda: AgendaItem[];
    }>(`SELECT id, round_id, host_organisation_id, status, reply_deadline, to_char(starts_on, 'YYYY-MM-DD') AS starts_on, starts_at, ends_at, agenda
          FROM visit WHERE network_id = $1`),
    reviewers: await q<{ visit_id: string; user_id: string; organisation_id: string; is_lead: boolean }>(
      `SELECT visit_id, user_id, organisation_id, is_lead FROM visit_reviewer WHERE network_id = $1`,
    ),
    memberships: await q<{ user_id: string; organisation_id: string | null }>(`SELECT user_id, organisation_id FROM membership WHERE network_id = $1`),
    findings: await q<{ id: string; visit_id: string; author_id: string; status: FindingStatus }>(
      `SELECT id, visit_id, author_id, status FROM finding WHERE network_id = $1`,
    ),
    responses: await q<{ finding_id: string; responded_by: string }>(`SELECT finding_id, responded_by FROM host_response WHERE network_id = $1`),
    reports: await q<{ visit_id: string }>(`SELECT visit_id FROM visit_report WHERE network_id = $1`),
    plans: await q<{ visit_id: string; answered_finding_ids: string[] }>(`SELECT visit_id, answered_finding_ids FROM action_plan WHERE network_id = $1`),
    actions: await q<{ visit_id: string; title: string; owner: string; due_on: string | null; finding_ids: string[]; created_by: string | null }>(
      `SELECT visit_id, title, owner, to_char(due_on, 'YYYY-MM-DD') AS due_on, finding_ids, created_by FROM plan_action WHERE network_id = $1`,
    ),
    meetings: await loadMeetings(c, networkId),
  };
}

export type NetworkData = Awaited<ReturnType<typeof loadNetwork>>;

const STARTED: readonly RoundStatus[] = ['PREPARING', 'VISITING', 'REPORTING', 'CLOSED'];
const ORDER: readonly VisitStatus[] = ['PLANNED', 'PREPARED', 'HELD', 'REPORT_DRAFT', 'REPORT_SHARED', 'REPORT_FINAL'];
const atLeast = (status: VisitStatus, floor: VisitStatus) => ORDER.indexOf(status) >= ORDER.indexOf(floor);

/**
 * Every rule of DOMAIN.md's life cycles that stored data can break, checked with the functions of
 * libs/domain. Returns what is wrong, in words; empty when the data obeys the rules.
 */
export function ruleViolations(d: NetworkData): string[] {
  const problems: string[] = [];
  const say = (what: string) => problems.push(what);
  const orgOf = new Map(d.applications.map((a) => [a.id, a.organisation_id]));
  const memberOrg = new Map(d.memberships.map((m) => [m.user_id, m.organisation_id]));

  for (const p of d.programmes) {
    const apps = d.applications.filter((a) => a.programme_id === p.id);
    const rounds = d.rounds.filter((r) => r.programme_id === p.id);
    if (checkProgrammePlaces(p.places).length) say(`${p.name}: ${p.places} places do not fill a round`);
    if (p.status === 'OPEN')
      for (const v of checkProgrammeReadyToOpen({ places: p.places, themes: p.themes, signUpOpensAt: p.sign_up_opens_at, signUpClosesAt: p.sign_up_closes_at }))
        say(`${p.name}: open but ${v}`);
    const holders = apps.filter((a) => holdsPlace(a.status)).length;
    if (holders > p.places) say(`${p.name}: ${holders} places taken of ${p.places}`);
    if (apps.some((a) => a.status === 'WAITLISTED') && holders < p.places) say(`${p.name}: a waitlist while places are free`);
    const orgs = apps.map((a) => a.organisation_id);
    if (new Set(orgs).size !== orgs.length) say(`${p.name}: an organisation applied twice`);
    if (p.status === 'DRAFT' && apps.length) say(`${p.name}: applications to a draft`);
    for (const r of rounds) {
      if (STARTED.includes(r.status) && !['RUNNING', 'CLOSED'].includes(p.status)) say(`${p.name}: round ${r.name} started while the programme is ${p.status}`);
      if (p.status === 'CLOSED' && r.status !== 'CLOSED') say(`${p.name}: closed, but round ${r.name} is ${r.status}`);
    }
    if (p.status === 'CLOSED' && rounds.length === 0) say(`${p.name}: closed without rounds`);
  }

  for (const a of d.applications) {
    const placed = d.members.some((m) => m.application_id === a.id);
    if ((a.status === 'PLACED') !== placed) say(`application ${a.id}: ${a.status} but ${placed ? 'in' : 'not in'} a round`);
  }

  for (const r of d.rounds) {
    const organisationIds = d.members.filter((m) => m.round_id === r.id).map((m) => orgOf.get(m.application_id)!);
    const conflicts: OrganisationPair[] = d.applications
      .filter((a) => organisationIds.includes(a.organisation_id))
      .flatMap((a) => a.conflicts.filter((c) => c.organisationId).map((c) => [a.organisation_id, c.organisationId!] as const));
    const visits = d.visits.filter((v) => v.round_id === r.id);
    if (!STARTED.includes(r.status)) {
      if (visits.length) say(`round ${r.name}: visits before it started`);
      continue;
    }
    for (const v of checkRoundStart({ organisationIds, conflicts })) say(`round ${r.name}: ${v.code}${'count' in v ? ` (${v.count})` : ''}`);
    const hosts = visits.map((v) => v.host_organisation_id).sort();
    if (JSON.stringify(hosts) !== JSON.stringify([...organisationIds].sort())) say(`round ${r.name}: its organisations do not each host exactly one visit`);
    const derived = roundStatusFromVisits(
      'PREPARING',
      visits.map((v) => v.status),
    );
    if (derived !== r.status) say(`round ${r.name}: ${r.status}, but its visits make it ${derived}`);

    for (const v of visits) {
      const team = d.reviewers.filter((x) => x.visit_id === v.id).map((x) => ({ userId: x.user_id, organisationId: x.organisation_id, lead: x.is_lead }));
      const name = `visit ${v.id.slice(0, 8)} in ${r.name}`;
      for (const m of team) if (memberOrg.get(m.userId) !== m.organisationId) say(`${name}: a reviewer is not of the organisation they review for`);
      const teamViolations = checkTeam({ hostOrganisationId: v.host_organisation_id, roundOrganisationIds: organisationIds, conflicts, team });
      // Before the visit is held the team may still be growing; anyone on it must be eligible all along.
      const relevant = atLeast(v.status, 'HELD')
        ? teamViolations
        : teamViolations.filter((x) => x.code === 'INELIGIBLE_MEMBER' || x.code === 'MORE_THAN_ONE_LEAD');
      for (const x of relevant) say(`${name}: team ${x.code}`);
      const findings = d.findings.filter((f) => f.visit_id === v.id);
      for (const f of findings) {
        if (!team.some((m) => m.userId === f.author_id)) say(`${name}: a finding by someone not on the team`);
        if ((f.status === 'SHARED' || f.status === 'FINAL') && !v.reply_deadline) say(`${name}: a ${f.status} finding without a reply period`);
        if (f.status === 'SHARED' && atLeast(v.status, 'REPORT_DRAFT')) say(`${name}: a shared finding in a report (it is final from the report's start)`);
      }
      if (findings.length && !atLeast(v.status, 'PREPARED')) say(`${name}: findings before the visit`);
      // A planned day has times that exist in Dutch time on that day, and the agenda lies inside them.
      const times = visitTimesOf({ startsOn: v.starts_on, startsAt: v.starts_at, endsAt: v.ends_at });
      if (v.starts_at && (!v.starts_on || dutchWallClock(v.starts_at).day !== v.starts_on)) say(`${name}: starts on another day than its day`);
      if (atLeast(v.status, 'PREPARED') && !times) say(`${name}: prepared without a start and end time`);
      if (checkTimedAgenda(v.agenda, times).length) say(`${name}: its agenda does not fit the visit`);
      if (v.status === 'REPORT_FINAL' && v.reply_deadline && v.reply_deadline.getTime() > Date.now())
        say(`${name}: the report is final while its reply period runs`);
      const hasReport = d.reports.some((x) => x.visit_id === v.id);
      if (hasReport !== atLeast(v.status, 'REPORT_DRAFT')) say(`${name}: ${v.status} ${hasReport ? 'with' : 'without'} a report`);
      for (const resp of d.responses.filter((x) => findings.some((f) => f.id === x.finding_id))) {
        const finding = findings.find((f) => f.id === resp.finding_id)!;
        if (finding.status !== 'SHARED' && finding.status !== 'FINAL') say(`${name}: a reply to a ${finding.status} finding`);
        if (memberOrg.get(resp.responded_by) !== v.host_organisation_id) say(`${name}: a reply by someone not of the host`);
      }
      // An action plan follows a final report; its actions answer that report's findings and are written by the host.
      const plan = d.plans.find((x) => x.visit_id === v.id);
      if (plan && v.status !== 'REPORT_FINAL') say(`${name}: an action plan before the report is final`);
      const inReport = new Set(findings.filter((f) => f.status === 'FINAL').map((f) => f.id));
      for (const a of d.actions.filter((x) => x.visit_id === v.id)) {
        for (const x of checkActionInput({ ...a, description: null, dueOn: a.due_on, findingIds: a.finding_ids }, v.starts_on, inReport))
          say(`${name}: action "${a.title}" ${x.code}`);
        if (a.created_by && memberOrg.get(a.created_by) !== v.host_organisation_id) say(`${name}: an action written by someone not of the host`);
      }
      if (plan?.answered_finding_ids.some((id) => !inReport.has(id))) say(`${name}: an answered recommendation that is not in the report`);
    }
  }
  problems.push(...meetingRuleViolations(d.meetings));
  return problems;
}
