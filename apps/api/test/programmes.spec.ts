import { hash } from '@node-rs/argon2';
import { ARGON2_OPTIONS } from '@kijkje/api/core';
import { withAdmin } from './support/database';
import { codeOf, type GqlClient } from './support/gql-client';
import { outbox } from './support/outbox';
import { startTestApp, type TestApp } from './support/test-app';
import { buildWorld, PASSWORD, signedIn, type Person, type World } from './support/world';

const CREATE = `mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { id name status version themes places } }`;
const STATUS = `mutation($input: ChangeProgrammeStatusInput!) { changeProgrammeStatus(input: $input) { id status version } }`;
const APPLY = `mutation($input: ApplyInput!) { applyForProgramme(input: $input) { id status waitlistPosition organisation { name } } }`;
const CODES = ['GM0503', 'GM0772', 'GM0268', 'GM0014', 'GM0202', 'GM0935', 'GM0150', 'GM0153', 'GM0080', 'GM0345', 'GM0796', 'GM0599', 'GM0518'];

/** n extra municipalities in network A, each with a member who speaks for it. */
async function contacts(t: TestApp, world: World, n: number, offset = 0): Promise<(Person & { organisationId: string })[]> {
  const passwordHash = await hash(PASSWORD, ARGON2_OPTIONS);
  return withAdmin(async (c) => {
    const people = [];
    for (let i = offset; i < offset + n; i++) {
      const org = await c.query(
        `INSERT INTO organisation (network_id, name, kind, cbs_code, province, population) VALUES ($1, $2, 'MUNICIPALITY', $3, 'Utrecht', 40000) RETURNING id`,
        [world.a.id, `Gemeente ${i}`, CODES[i]],
      );
      const email = `contact-${i}@test.kijkje.nl`;
      const user = await c.query(`INSERT INTO app_user (email, name, password_hash) VALUES ($1, $2, $3) RETURNING id`, [email, `Contact ${i}`, passwordHash]);
      await c.query(`INSERT INTO membership (network_id, user_id, organisation_id, role) VALUES ($1, $2, $3, 'MEMBER')`, [world.a.id, user.rows[0].id, org.rows[0].id]);
      people.push({ id: user.rows[0].id, email, name: `Contact ${i}`, organisationId: org.rows[0].id });
    }
    return people;
  }, t.db.ownerUrl);
}

const window = () => ({ signUpOpensAt: new Date(Date.now() - 3600_000).toISOString(), signUpClosesAt: new Date(Date.now() + 7 * 86400_000).toISOString() });

async function openProgramme(coordinator: GqlClient, name: string, places: number) {
  const created = (await coordinator.ok(CREATE, { input: { name, places, defaultSharing: 'NETWORK', ...window() } })).createProgramme;
  const opened = (await coordinator.ok(STATUS, { input: { id: created.id, status: 'OPEN', version: created.version } })).changeProgrammeStatus;
  return { ...created, ...opened };
}

const applyInput = (programmeId: string, extra: Record<string, unknown> = {}) => ({
  programmeId,
  reviewQuestion: 'Hoe sturen wij op kwaliteit in de Wmo?',
  themes: ['Wmo'],
  consent: 'NETWORK',
  ...extra,
});

describe('programmes, applications and the waitlist', () => {
  let t: TestApp;
  let world: World;
  let coordinator: GqlClient;

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
    coordinator = await signedIn(t, world.a.coordinator);
  });
  afterAll(() => t.close());

  it('creates a draft with the default themes and framework, and opens it only when the guards hold', async () => {
    const draft = (await coordinator.ok(CREATE, { input: { name: 'Sturen met Kwaliteit 2026', places: 10, defaultSharing: 'NETWORK' } })).createProgramme;
    expect(draft).toMatchObject({ status: 'DRAFT', version: 1, places: 10, themes: ['Wmo', 'Jeugd', 'Participatie', 'Informatievoorziening', 'Financiële beheersbaarheid'] });
    const refused = await coordinator.gql(STATUS, { input: { id: draft.id, status: 'OPEN', version: 1 } });
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0].extensions.fields![0].messages.nl).toMatch(/aanmeld/i);
    expect(codeOf(await coordinator.gql(STATUS, { input: { id: draft.id, status: 'CLOSED', version: 1 } }))).toBe('BAD_USER_INPUT');
  });

  it('refuses a stale version with CONFLICT', async () => {
    const p = (await coordinator.ok(CREATE, { input: { name: 'Versies', places: 8, defaultSharing: 'ROUND', ...window() } })).createProgramme;
    await coordinator.ok(STATUS, { input: { id: p.id, status: 'OPEN', version: 1 } });
    const stale = await coordinator.gql(STATUS, { input: { id: p.id, status: 'RUNNING', version: 1 } });
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors![0].extensions['currentVersion']).toBe(2);
  });

  it('accepts ten, waitlists the eleventh, and promotes it when one withdraws, with an e-mail', async () => {
    const programme = await openProgramme(coordinator, 'Sturen met Kwaliteit 2027', 10);
    const people = await contacts(t, world, 11);
    const clients: GqlClient[] = [];
    for (const person of people) {
      const client = await signedIn(t, person);
      clients.push(client);
      const res = (await client.ok(APPLY, { input: applyInput(programme.id) })).applyForProgramme;
      expect(res.status).toBe(clients.length <= 10 ? 'ACCEPTED' : 'WAITLISTED');
    }
    const eleventh = (await clients[10].ok(`query($id: ID!) { programme(id: $id) { applications { id status waitlistPosition } } }`, { id: programme.id })).programme;
    expect(eleventh.applications).toEqual([{ id: expect.any(String), status: 'WAITLISTED', waitlistPosition: 1 }]);
    expect(codeOf(await clients[0].gql(APPLY, { input: applyInput(programme.id) }))).toBe('BAD_USER_INPUT');

    const board = (await coordinator.ok(`query($id: ID!) { programme(id: $id) { placesTaken waitlistLength applications { id status organisation { name } } } }`, { id: programme.id })).programme;
    expect(board).toMatchObject({ placesTaken: 10, waitlistLength: 1 });
    expect(board.applications).toHaveLength(11);

    const third = board.applications[2];
    const withdrawn = (await clients[2].ok(`mutation($id: ID!) { withdrawApplication(id: $id) { status } }`, { id: third.id })).withdrawApplication;
    expect(withdrawn.status).toBe('WITHDRAWN');
    const after = (await clients[10].ok(`query($id: ID!) { programme(id: $id) { applications { status waitlistPosition } } }`, { id: programme.id })).programme;
    expect(after.applications).toEqual([{ status: 'ACCEPTED', waitlistPosition: null }]);
    const mail = (await outbox(t)).filter((m) => m.to.includes(people[10].email));
    expect(mail).toHaveLength(1);
    expect(mail[0].body).toMatch(/wachtlijst/);

    // A member cannot withdraw another organisation's application: it does not exist for them.
    expect(codeOf(await clients[0].gql(`mutation($id: ID!) { withdrawApplication(id: $id) { status } }`, { id: board.applications[1].id }))).toBe('NOT_FOUND');
    // Declining is the coordinator's; a member is refused.
    expect(codeOf(await clients[0].gql(`mutation($id: ID!) { declineApplication(id: $id) { status } }`, { id: board.applications[1].id }))).toBe('FORBIDDEN');
    expect((await coordinator.ok(`mutation($id: ID!) { declineApplication(id: $id) { status } }`, { id: board.applications[1].id })).declineApplication.status).toBe('DECLINED');
  });

  it('refuses applications outside the window and for themes the programme does not have', async () => {
    const p = (await coordinator.ok(CREATE, { input: { name: 'Gesloten venster', places: 5, defaultSharing: 'NETWORK', signUpOpensAt: new Date(Date.now() + 86400_000).toISOString(), signUpClosesAt: new Date(Date.now() + 2 * 86400_000).toISOString() } })).createProgramme;
    await coordinator.ok(STATUS, { input: { id: p.id, status: 'OPEN', version: 1 } });
    const member = await signedIn(t, world.a.member);
    const early = await member.gql(APPLY, { input: applyInput(p.id) });
    expect(codeOf(early)).toBe('BAD_USER_INPUT');
    const open = await openProgramme(coordinator, 'Thema’s', 5);
    const wrongTheme = await member.gql(APPLY, { input: applyInput(open.id, { themes: ['Onbekend thema'] }) });
    expect(wrongTheme.errors![0].extensions.fields![0].field).toBe('themes');
    expect(codeOf(await member.gql(APPLY, { input: applyInput(open.id, { conflicts: [{ organisationId: world.b.organisations[0].id, description: 'Elders' }] }) }))).toBe('BAD_USER_INPUT');
    const ok = await member.ok(APPLY, { input: applyInput(open.id, { conflicts: [{ organisationId: world.a.organisations[1].id, description: 'Gedeelde regeling' }] }) });
    expect(ok.applyForProgramme.status).toBe('ACCEPTED');
  });

  it('never gives the last place to two parallel applications (50 races)', async () => {
    const people = await contacts(t, world, 2, 11);
    const racers = await Promise.all(people.map((p) => signedIn(t, p)));
    for (let i = 0; i < 50; i++) {
      const programme = await openProgramme(coordinator, `Race ${i}`, 4);
      // Three places taken directly, so one is left for the two racers.
      await withAdmin(async (c) => {
        for (const org of [world.a.organisations[0].id, world.a.organisations[1].id]) {
          await c.query(`INSERT INTO application (network_id, programme_id, organisation_id, review_question, themes, consent, status) VALUES ($1, $2, $3, 'Vraag', '[]', 'ROUND', 'ACCEPTED')`, [world.a.id, programme.id, org]);
        }
        const extra = await c.query(`INSERT INTO organisation (network_id, name, kind) VALUES ($1, $2, 'PARTNERSHIP') RETURNING id`, [world.a.id, `Regio ${i}`]);
        await c.query(`INSERT INTO application (network_id, programme_id, organisation_id, review_question, themes, consent, status) VALUES ($1, $2, $3, 'Vraag', '[]', 'ROUND', 'ACCEPTED')`, [world.a.id, programme.id, extra.rows[0].id]);
      }, t.db.ownerUrl);
      const results = await Promise.all(racers.map((r) => r.ok(APPLY, { input: applyInput(programme.id) })));
      const statuses = results.map((r) => r.applyForProgramme.status).sort();
      expect(statuses).toEqual(['ACCEPTED', 'WAITLISTED']);
    }
  }, 120_000);
});
