import {
  findRemainingNames,
  isTableYield,
  nextMeetingProblem,
  planMerge,
  registrationOpen,
  tableCapacityAllows,
  tablesWorking,
  type MeetingStatus,
  type RegistrationStatus,
} from '@kijkje/domain';
import type { Client } from 'pg';

/** Everything of one network's work meetings that the rules speak about, as stored. */
export async function loadMeetings(c: Client, networkId: string) {
  const q = async <T>(sql: string) => (await c.query(sql, [networkId])).rows as T[];
  return {
    meetings: await q<{
      id: string;
      title: string;
      status: MeetingStatus;
      capacity: number;
      host_organisation_id: string | null;
      starts_at: Date;
      ends_at: Date;
      next_meeting_id: string | null;
    }>(`SELECT id, title, status, capacity, host_organisation_id, starts_at, ends_at, next_meeting_id FROM meeting WHERE network_id = $1`),
    tables: await q<{ id: string; meeting_id: string; capacity: number; host_user_id: string | null }>(
      `SELECT id, meeting_id, capacity, host_user_id FROM meeting_table WHERE network_id = $1`,
    ),
    facilitators: await q<{ meeting_id: string; user_id: string; role: string | null; active: boolean | null }>(
      `SELECT f.meeting_id, f.user_id, m.role, m.active FROM meeting_facilitator f
         LEFT JOIN membership m ON m.network_id = f.network_id AND m.user_id = f.user_id WHERE f.network_id = $1`,
    ),
    registrations: await q<{ meeting_id: string; user_id: string; status: RegistrationStatus; table_id: string | null }>(
      `SELECT meeting_id, user_id, status, table_id FROM meeting_registration WHERE network_id = $1`,
    ),
    cards: await q<{
      id: string;
      meeting_id: string;
      table_id: string;
      author_id: string;
      merged_into_id: string | null;
      is_yield: boolean;
      is_recommendation: boolean;
    }>(`SELECT id, meeting_id, table_id, author_id, merged_into_id, is_yield, is_recommendation FROM meeting_card WHERE network_id = $1`),
    versions: await q<{ meeting_id: string; text: string }>(`SELECT meeting_id, content->>'text' AS text FROM meeting_report_version WHERE network_id = $1`),
    organisations: await q<{ id: string; name: string }>(`SELECT id, name FROM organisation WHERE network_id = $1`),
    people: await q<{ name: string }>(`SELECT u.name FROM membership m JOIN app_user u ON u.id = m.user_id WHERE m.network_id = $1`),
  };
}

export type MeetingData = Awaited<ReturnType<typeof loadMeetings>>;

/** The rules of work meetings (libs/domain) that stored data can break, in words; empty when it obeys them. */
export function meetingRuleViolations(d: MeetingData): string[] {
  const problems: string[] = [];
  const say = (what: string) => problems.push(what);
  const byId = new Map(d.meetings.map((m) => [m.id, m]));
  for (const m of d.meetings) {
    const name = `meeting ${m.title}`;
    const regs = d.registrations.filter((r) => r.meeting_id === m.id);
    const registered = regs.filter((r) => r.status === 'REGISTERED');
    if (registered.length > m.capacity) say(`${name}: ${registered.length} registered for ${m.capacity} places`);
    if (regs.some((r) => r.status === 'WAITLISTED') && registered.length < m.capacity) say(`${name}: a waitlist while places are free`);
    if (regs.length && m.status === 'DRAFT') say(`${name}: registrations for a draft`);
    if (registrationOpen(m.status) && m.ends_at.getTime() < Date.now()) say(`${name}: open for registration after it ended`);
    for (const t of d.tables.filter((x) => x.meeting_id === m.id)) {
      const occupied = registered.filter((r) => r.table_id === t.id).length;
      if (!tableCapacityAllows(t.capacity, occupied)) say(`${name}: a table over capacity`);
    }
    if (regs.some((r) => r.table_id && r.status !== 'REGISTERED')) say(`${name}: a seat for someone without a place`);
    // Only an active facilitator of the network runs a meeting (the coordinator's assignment checks it); they never register or sit at a table.
    for (const f of d.facilitators.filter((x) => x.meeting_id === m.id)) {
      if (f.role !== 'FACILITATOR' || !f.active) say(`${name}: facilitator ${f.user_id} is no active facilitator of the network`);
      const seated = regs.some((r) => r.user_id === f.user_id) || d.tables.some((t) => t.meeting_id === m.id && t.host_user_id === f.user_id);
      if (seated) say(`${name}: facilitator ${f.user_id} takes part as a member`);
    }
    const cards = d.cards.filter((x) => x.meeting_id === m.id);
    if (cards.length && !tablesWorking(m.status) && m.status !== 'REPORT_PUBLISHED') say(`${name}: cards while ${m.status}`);
    for (const card of cards) {
      const table = d.tables.find((x) => x.id === card.table_id);
      const seated = registered.some((r) => r.user_id === card.author_id && r.table_id === card.table_id) || table?.host_user_id === card.author_id;
      if (!seated) say(`${name}: a card by someone not at its table`);
      if (card.merged_into_id) {
        const others = cards.filter((x) => x.id !== card.id).map((x) => ({ ...x, mergedIntoId: x.merged_into_id, tableId: x.table_id }));
        const plan = planMerge([...others, { id: card.id, tableId: card.table_id, mergedIntoId: null }], card.id, card.merged_into_id);
        if ('violation' in plan) say(`${name}: a merge that is ${plan.violation}`);
        if (card.is_yield || card.is_recommendation) say(`${name}: a merged card marked as yield`);
      }
    }
    const published = d.versions.filter((v) => v.meeting_id === m.id);
    if ((m.status === 'REPORT_PUBLISHED') !== published.length > 0) say(`${name}: ${m.status} with ${published.length} published reports`);
    if (published.length && !cards.some((c) => isTableYield({ isYield: c.is_yield, isRecommendation: c.is_recommendation, mergedIntoId: c.merged_into_id })))
      say(`${name}: a report without yields`);
    const names = { organisations: d.organisations, persons: d.people.map((p) => p.name), places: [] };
    for (const v of published) if (findRemainingNames(v.text, names).length) say(`${name}: a published report that names someone`);
    if (m.next_meeting_id) {
      const next = byId.get(m.next_meeting_id);
      const previous = d.meetings.find((x) => x.next_meeting_id === m.next_meeting_id && x.id !== m.id)?.id ?? null;
      const series = (x: typeof m) => ({ id: x.id, hostOrganisationId: x.host_organisation_id, startsAt: x.starts_at, status: x.status });
      const problem = next ? nextMeetingProblem(series(m), series(next), previous) : 'UNKNOWN';
      if (problem) say(`${name}: its next meeting is ${problem}`);
    }
  }
  return problems;
}
