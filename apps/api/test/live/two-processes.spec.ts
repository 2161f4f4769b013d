import { createTestDatabase, type TestDatabase } from '../support/database';
import { ensureApiBuilt, startApiProcess, type ApiProcess } from '../reliability/support/api-process';
import type { TestApp } from '../support/test-app';
import { buildVisitWorld, type VisitWorld } from '../support/visit-world';
import { buildWorld, PASSWORD, type Person } from '../support/world';
import { subscribe, wsClient } from '../support/ws-client';

const CHANGES = `subscription($id: ID!) { findingChanged(visitId: $id) { findingId change } }`;
const CREATE = `mutation($input: CreateFindingInput!) { createFinding(input: $input) { id } }`;

async function signIn(api: ApiProcess, who: Person): Promise<string> {
  const res = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }`,
      variables: { input: { email: who.email, password: PASSWORD } },
    }),
  });
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error(`sign-in failed: ${await res.text()}`);
  return cookie;
}

async function gql(api: ApiProcess, cookie: string, query: string, variables: Record<string, unknown>) {
  const res = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as any;
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/**
 * The live board across replicas: a reviewer connected to one API process sees a finding that
 * another reviewer saves through a second process, carried by PostgreSQL LISTEN/NOTIFY.
 */
describe('live findings across two API processes', () => {
  let db: TestDatabase;
  let one: ApiProcess;
  let two: ApiProcess;
  let v: VisitWorld;

  beforeAll(async () => {
    await ensureApiBuilt();
    db = await createTestDatabase();
    // The first process migrates and creates the app role; then both serve the same database.
    one = await startApiProcess(db.ownerUrl);
    two = await startApiProcess(db.ownerUrl);
    const t = { db } as TestApp;
    v = await buildVisitWorld(t, await buildWorld(t));
  }, 300_000);
  afterAll(async () => {
    one?.kill();
    two?.kill();
    await db?.drop();
  });

  it('delivers a finding saved on one process to a subscriber on the other', async () => {
    const watcher = await signIn(one, v.people.otherReviewer);
    const writer = await signIn(two, v.people.author);
    const sub = subscribe(wsClient(one.url, { cookie: watcher }), CHANGES, { id: v.visitId });
    try {
      await sub.next((e: any) => e.findingChanged.change === 'REFRESH');
      const created = await gql(two, writer, CREATE, {
        input: { visitId: v.visitId, kind: 'STRENGTH', theme: 'Wmo', text: 'Over twee processen', submit: true },
      });
      const event = await sub.next((e: any) => e.findingChanged.findingId === created.createFinding.id);
      expect(event.findingChanged.change).toBe('CREATED');
      // And the watcher can read it through its own process.
      const seen = await gql(one, watcher, `query($id: ID!) { finding(id: $id) { text } }`, { id: created.createFinding.id });
      expect(seen.finding.text).toBe('Over twee processen');
    } finally {
      await sub.close();
    }
  });

  it('sends a subscriber that reconnects to the other process what it missed, one by one and as its rules allow, instead of a REFRESH', async () => {
    const RESUMABLE = `subscription($id: ID!) { findingChanged(visitId: $id) { findingId change eventId } }`;
    const watcher = await signIn(one, v.people.otherReviewer);
    const writer = await signIn(two, v.people.author);
    const create = async (text: string, submit: boolean) =>
      (await gql(two, writer, CREATE, { input: { visitId: v.visitId, kind: 'STRENGTH', theme: 'Wmo', text, submit } })).createFinding.id as string;
    const first = subscribe(wsClient(one.url, { cookie: watcher }), RESUMABLE, { id: v.visitId });
    // Listening first: a finding saved before the subscription holds would never reach it.
    await first.next((e: any) => e.findingChanged.change === 'REFRESH');
    const seenId = await create('Gezien voor de onderbreking', true);
    const seen = await first.next((e: any) => e.findingChanged.findingId === seenId);
    expect(seen.findingChanged.eventId).toMatch(/^[0-9a-f-]{36}$/);
    await first.close();

    // While the socket is down: two findings the reviewer may see, and a draft of the author's that it may not.
    const missed = [await create('Gemist één', true), await create('Concept van een ander', false), await create('Gemist twee', true)];
    const resumed = subscribe(wsClient(two.url, { cookie: watcher, connectionParams: { resume: { [v.visitId]: seen.findingChanged.eventId } } }), RESUMABLE, {
      id: v.visitId,
    });
    try {
      await resumed.next((e: any) => e.findingChanged.findingId === missed[2]);
      expect(resumed.received.map((e: any) => [e.findingChanged.change, e.findingChanged.findingId])).toEqual([
        ['CREATED', missed[0]],
        ['CREATED', missed[2]],
      ]);
    } finally {
      await resumed.close();
    }

    // An event this process never heard of (or garbage): the board is told to reload, as without resuming.
    for (const resume of [{ [v.visitId]: '00000000-0000-4000-8000-000000000000' }, { [v.visitId]: 'x' }, 'nonsense']) {
      const unknown = subscribe(wsClient(two.url, { cookie: watcher, connectionParams: { resume } }), RESUMABLE, { id: v.visitId });
      try {
        expect((await unknown.next()).findingChanged).toEqual({ findingId: null, change: 'REFRESH', eventId: null });
      } finally {
        await unknown.close();
      }
    }
  });

  it('sends nothing for a change that was rolled back', async () => {
    const watcher = await signIn(one, v.people.otherReviewer);
    const writer = await signIn(two, v.people.author);
    const sub = subscribe(wsClient(one.url, { cookie: watcher }), CHANGES, { id: v.visitId });
    try {
      await sub.next((e: any) => e.findingChanged.change === 'REFRESH');
      const before = sub.received.length;
      // A theme the programme does not have: the mutation fails after validation, nothing commits.
      await expect(
        gql(two, writer, CREATE, { input: { visitId: v.visitId, kind: 'STRENGTH', theme: 'Sport', text: 'Gaat niet door', submit: true } }),
      ).rejects.toThrow(/BAD_USER_INPUT/);
      const ok = await gql(two, writer, CREATE, { input: { visitId: v.visitId, kind: 'STRENGTH', theme: 'Wmo', text: 'Gaat wel door', submit: true } });
      await sub.next((e: any) => e.findingChanged.findingId === ok.createFinding.id);
      expect(sub.received.slice(before).map((e: any) => e.findingChanged.findingId)).toEqual([ok.createFinding.id]);
    } finally {
      await sub.close();
    }
  });

  it('closes a socket on one process when its session is signed out on the other (SEC-13)', async () => {
    const cookie = await signIn(one, v.people.lead);
    const sub = subscribe(wsClient(one.url, { cookie }), CHANGES, { id: v.visitId });
    try {
      await sub.next((e: any) => e.findingChanged.change === 'REFRESH');
      await gql(two, cookie, `mutation { signOut }`, {});
      await Promise.race([
        sub.ended,
        new Promise((_, reject) => setTimeout(() => reject(new Error('the socket on the other process stayed open')), 5_000).unref()),
      ]);
      expect(sub.closeCode).toBe(4401);
      const again = subscribe(wsClient(one.url, { cookie }), CHANGES, { id: v.visitId });
      await again.ended;
      expect(again.received).toEqual([]);
      expect(again.closeCode).toBe(4403);
    } finally {
      await sub.close();
    }
  });
});
