import { addDays, dutchToday } from '@kijkje/domain';
import { withAdmin } from './support/database';
import { codeOf, type GqlClient } from './support/gql-client';
import { meetingMembers, subjectOf } from './support/meeting-mails';
import { auditOf, earlierInvitation, membershipIdOf } from './support/membership-changes';
import type { OutboxMail } from './support/outbox';
import { mailWatch } from './support/track-calendar';
import { startTestApp, type TestApp } from './support/test-app';
import { attachedCalendars, calendarMessage } from './support/meeting-mails';
import { buildWorld, PASSWORD, signedIn, type Person, type World } from './support/world';

const MEETING = `id version status facilitators { userId } registrations { userId status } tables { id name hostUserId }`;
const CREATE = `mutation($input: MeetingFieldsInput!) { createMeeting(input: $input) { ${MEETING} } }`;
const STEP = `mutation($input: MeetingStepInput!) { stepMeeting(input: $input) { ${MEETING} } }`;
const READ = `query($id: ID!) { meeting(id: $id) { ${MEETING} } }`;
const ADD_TABLE = `mutation($input: AddMeetingTableInput!) { addMeetingTable(input: $input) { ${MEETING} } }`;
const ASSIGN = `mutation($input: MeetingFacilitatorInput!) { assignMeetingFacilitator(input: $input) { ${MEETING} } }`;
const REGISTER = `mutation($id: ID!) { registerForMeeting(meetingId: $id) { id } }`;
const POST = `mutation($input: PostMeetingCardInput!) { postMeetingCard(input: $input) { id } }`;
const TABLE = `query($id: ID!) { tableCards(tableId: $id) { atTable canModerate cards { text } } }`;
const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { currentMembership { role } } }`;
const DEACTIVATE = `mutation($id: ID!) { deactivateMembership(id: $id) { id active } }`;

/** The body as UTF-8 (the outbox reader leaves quoted-printable bytes one character each). */
const textOf = (m: OutboxMail) => Buffer.from(m.body, 'latin1').toString('utf8');

/*
 * Issue 17: who hosts a theme table is who may read its meeting (mayHostTable), and the same holds
 * for running a meeting and having a place at it. When someone's standing in the network changes
 * (a member becomes a facilitator by accepting an invitation as one, a facilitator becomes a
 * member, a membership ends), what they may no longer do at the meetings still to come ends in the
 * same transaction, as when the coordinator takes a facilitator off a meeting: the tables keep their
 * cards and wait for another host, a freed place goes to the waitlist, and they are told by mail,
 * with the cancellation where they no longer hold the meeting in any way. A meeting that has begun
 * keeps who hosted its tables.
 */
describe('what someone did at the network’s meetings ends with their standing in it', () => {
  let t: TestApp;
  let world: World;
  let coordinator: GqlClient;
  /**
   * Anna hosts Wmo and becomes a facilitator; Bart hosts Jeugd, has the one place and leaves; Cees
   * waits for a place; Fenna runs the meeting, hosts Participatie and becomes a member; Gert runs it and leaves.
   */
  let anna: Person;
  let bart: Person;
  let cees: Person;
  let fenna: Person;
  let gert: Person;
  let meetingId: string;
  /** A meeting that began ten days ago, where Anna hosted a table. */
  let past: { meetingId: string; tableId: string };
  const mails = mailWatch(() => t);

  const read = async () => (await coordinator.ok(READ, { id: meetingId })).meeting;
  const table = async (name: string) => (await read()).tables.find((x: { name: string }) => x.name === name) as { id: string; hostUserId: string | null };
  const cardsAt = (tableId: string) =>
    withAdmin(async (c) => (await c.query(`SELECT count(*)::int AS n FROM meeting_card WHERE table_id = $1`, [tableId])).rows[0].n as number, t.db.ownerUrl);
  /** The mails to one person among `sent`, each with the METHOD of its calendar file (none: no file). */
  const mailsTo = (sent: OutboxMail[], who: Person) =>
    sent
      .filter((m) => m.to.includes(who.email))
      .map((m) => ({ subject: subjectOf(m), text: textOf(m), calendar: attachedCalendars(t, m.file).map((f) => String(calendarMessage(f).method)) }));

  beforeAll(async () => {
    t = await startTestApp({ SCHEDULE_TICK_MS: '0' });
    world = await buildWorld(t);
    const a = { id: world.a.id, organisationId: world.a.organisations[1].id, passwordOf: world.a.member.id };
    [anna, bart, cees] = await meetingMembers(t, a, [{ tag: 'wordt-begeleider' }, { tag: 'vertrekt' }, { tag: 'wacht' }]);
    [fenna, gert] = await meetingMembers(t, a, [
      { tag: 'begeleider-wordt-lid', role: 'FACILITATOR' },
      { tag: 'begeleider-vertrekt', role: 'FACILITATOR' },
    ]);
    coordinator = await signedIn(t, world.a.coordinator);
    const input = {
      title: 'Werkbijeenkomst Nieuwegein',
      description: null,
      hostOrganisationId: null,
      hostMayEdit: false,
      day: addDays(dutchToday(), 21),
      startTime: '13:30',
      endTime: '17:00',
      place: 'Stadshuis',
      onlineLink: null,
      capacity: 1,
    };
    const created = (await coordinator.ok(CREATE, { input })).createMeeting;
    meetingId = created.id;
    await coordinator.ok(STEP, { input: { id: meetingId, version: created.version, step: 'OPEN' } });
    await coordinator.ok(ASSIGN, { input: { meetingId, userId: fenna.id } });
    await coordinator.ok(ASSIGN, { input: { meetingId, userId: gert.id } });
    for (const [name, host] of [
      ['Wmo', anna],
      ['Jeugd', bart],
      ['Participatie', fenna],
    ] as const)
      await coordinator.ok(ADD_TABLE, { input: { meetingId, name, hostUserId: host.id, capacity: 8 } });
    await (await signedIn(t, bart)).ok(REGISTER, { id: meetingId });
    await (await signedIn(t, cees)).ok(REGISTER, { id: meetingId });
    await (await signedIn(t, anna)).ok(POST, { input: { tableId: (await table('Wmo')).id, kind: 'CONCERN', text: 'Wachtlijsten in de jeugdzorg.' } });
    await (await signedIn(t, bart)).ok(POST, { input: { tableId: (await table('Jeugd')).id, kind: 'STRENGTH', text: 'Korte lijnen met de wijkteams.' } });
    past = await withAdmin(async (c) => {
      const m = await c.query(
        `INSERT INTO meeting (network_id, title, starts_at, ends_at, capacity, status) VALUES ($1, 'Werkbijeenkomst Houten', now() - interval '10 days', now() - interval '10 days' + interval '3 hours', 20, 'HELD') RETURNING id`,
        [world.a.id],
      );
      const tbl = await c.query(
        `INSERT INTO meeting_table (network_id, meeting_id, name, host_user_id, capacity) VALUES ($1, $2, 'Wonen', $3, 8) RETURNING id`,
        [world.a.id, m.rows[0].id, anna.id],
      );
      return { meetingId: m.rows[0].id as string, tableId: tbl.rows[0].id as string };
    }, t.db.ownerUrl);
    await mails.fresh();
  });
  afterAll(() => t.close());

  it('takes a member who becomes a facilitator off the tables of meetings they do not run; the tables keep their cards', async () => {
    const wmo = await table('Wmo');
    const token = await earlierInvitation(t, world.a.id, anna.email, 'FACILITATOR', null);
    const asAnna = t.client();
    expect((await asAnna.ok(ACCEPT, { input: { token, password: PASSWORD } })).acceptInvitation.currentMembership.role).toBe('FACILITATOR');

    expect((await table('Wmo')).hostUserId).toBeNull();
    expect(await cardsAt(wmo.id)).toBe(1);
    // She hosted it only: told so, with the cancellation for her calendar.
    const sent = await mails.fresh();
    expect(sent.map((m) => m.to)).toEqual([anna.email]);
    const [told] = mailsTo(sent, anna);
    expect(told.subject).toBe('Kijkje: u bent geen tafelvoorzitter meer bij Werkbijeenkomst Nieuwegein');
    expect(told.text).toContain('U bent niet langer tafelvoorzitter van de thematafel Wmo bij de werkbijeenkomst Werkbijeenkomst Nieuwegein');
    expect(told.calendar).toEqual(['CANCEL']);
    expect(codeOf(await asAnna.gql(TABLE, { id: wmo.id }))).toBe('NOT_FOUND');
    expect(await auditOf(t, 'meeting.table_hosts_released', meetingId)).toEqual([
      { actor: anna.id, data: { userId: anna.id, tables: [wmo.id], membership: 'FACILITATOR' } },
    ]);
    // The meeting that has begun keeps who hosted its table.
    const host = await withAdmin(
      async (c) => (await c.query(`SELECT host_user_id FROM meeting_table WHERE id = $1`, [past.tableId])).rows[0].host_user_id,
      t.db.ownerUrl,
    );
    expect(host).toBe(anna.id);
  });

  it('takes a member whose membership ends off their tables and their place, which goes to the waitlist', async () => {
    const jeugd = await table('Jeugd');
    const asBart = await signedIn(t, bart);
    expect((await asBart.ok(TABLE, { id: jeugd.id })).tableCards).toMatchObject({ atTable: true, canModerate: true });
    await coordinator.ok(DEACTIVATE, { id: await membershipIdOf(t, world.a.id, bart.id) });

    expect((await table('Jeugd')).hostUserId).toBeNull();
    expect(await cardsAt(jeugd.id)).toBe(1);
    // His place cancelled (a cancelled registration is not listed), Cees has it.
    expect((await read()).registrations).toEqual([{ userId: cees.id, status: 'REGISTERED' }]);
    const sent = await mails.fresh();
    expect([...new Set(sent.map((m) => m.to))].sort()).toEqual([bart.email, cees.email].sort());
    // One mail naming both, off the table and out of his place, with the cancellation (he holds the meeting in no way now).
    const toBart = mailsTo(sent, bart);
    expect(toBart.map(({ subject, calendar }) => ({ subject, calendar }))).toEqual([
      { subject: 'Kijkje: u bent geen tafelvoorzitter meer bij Werkbijeenkomst Nieuwegein en afgemeld', calendar: ['CANCEL'] },
    ]);
    expect(toBart[0].text).toContain('U bent niet langer tafelvoorzitter van de thematafel Jeugd bij de werkbijeenkomst Werkbijeenkomst Nieuwegein');
    expect(toBart[0].text).toContain('Ook uw aanmelding voor deze bijeenkomst is vervallen: uw plaats is vrijgegeven.');
    expect(toBart[0].text).toContain('De annulering in de bijlage haalt de afspraak uit uw agenda.');
    expect(mailsTo(sent, cees)).toEqual([
      expect.objectContaining({ subject: 'Kijkje: er is een plaats voor u bij Werkbijeenkomst Nieuwegein', calendar: ['PUBLISH'] }),
    ]);
    expect(codeOf(await asBart.gql(TABLE, { id: jeugd.id }))).toBe('UNAUTHENTICATED');
    const actions = await withAdmin(
      async (c) =>
        (
          await c.query(`SELECT action, actor_user_id AS actor FROM audit_event WHERE target_id = $1 AND data->>'userId' = $2 ORDER BY created_at`, [
            meetingId,
            bart.id,
          ])
        ).rows,
      t.db.ownerUrl,
    );
    expect(actions).toEqual([
      { action: 'meeting.table_hosts_released', actor: world.a.coordinator.id },
      { action: 'meeting.registration_cancelled', actor: world.a.coordinator.id },
    ]);
  });

  it('takes a facilitator who becomes a member off the meeting they ran; as a member they still host its table', async () => {
    const participatie = await table('Participatie');
    const token = await earlierInvitation(t, world.a.id, fenna.email, 'MEMBER', world.a.organisations[1].id);
    const asFenna = t.client();
    await asFenna.ok(ACCEPT, { input: { token, password: PASSWORD } });

    expect((await read()).facilitators).toEqual([{ userId: gert.id }]);
    expect((await table('Participatie')).hostUserId).toBe(fenna.id);
    const [told] = mailsTo(await mails.fresh(), fenna);
    expect(told.subject).toBe('Kijkje: u begeleidt Werkbijeenkomst Nieuwegein niet meer');
    expect(told.text).toContain('De afspraak blijft in uw agenda staan');
    expect(told.calendar).toEqual([]);
    expect((await asFenna.ok(TABLE, { id: participatie.id })).tableCards).toMatchObject({ atTable: true, canModerate: true });
    expect(await auditOf(t, 'meeting.facilitator_removed', meetingId)).toEqual([{ actor: fenna.id, data: { userId: fenna.id, membership: 'MEMBER' } }]);
  });

  it('takes a facilitator whose membership ends off the meeting they ran, with the cancellation', async () => {
    await coordinator.ok(DEACTIVATE, { id: await membershipIdOf(t, world.a.id, gert.id) });
    expect((await read()).facilitators).toEqual([]);
    const sent = await mails.fresh();
    expect(sent.map((m) => m.to)).toEqual([gert.email]);
    expect(mailsTo(sent, gert)).toEqual([
      expect.objectContaining({ subject: 'Kijkje: u begeleidt Werkbijeenkomst Nieuwegein niet meer', calendar: ['CANCEL'] }),
    ]);
  });
});
