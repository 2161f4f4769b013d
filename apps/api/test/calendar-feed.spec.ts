import { createHash } from 'node:crypto';
import ICAL from 'ical.js';
import request from 'supertest';
import { visitUid } from '@kijkje/api/visits';
import { personIn } from './hardening/support/people';
import { withAdmin } from './support/database';
import { codeOf, type GqlClient } from './support/gql-client';
import { startTestApp, type TestApp } from './support/test-app';
import { buildVisitWorld, type VisitWorld } from './support/visit-world';
import { buildWorld, signedIn, type Person, type World } from './support/world';

const RENEW = `mutation { renewCalendarFeed { url createdAt } }`;
const REVOKE = `mutation { revokeCalendarFeed }`;
const STATUS = `{ myCalendarFeed { createdAt } }`;

/** The events of a calendar file, read back by an independent parser. */
function eventsOf(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const zone = calendar.getFirstSubcomponent('vtimezone');
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    if (zone) event.startDate.zone = event.endDate.zone = new ICAL.Timezone(zone);
    return { component, event };
  });
}

describe('a personal calendar feed: a secret, revocable address with the visits a person takes part in', () => {
  let t: TestApp;
  let world: World;
  let v: VisitWorld;
  /** In network B: a visit hosted by the organisation of `world.both`, and one hosted by another. */
  let own: { inB: string; otherInB: string; untimedInA: string };

  const pathOf = (url: string) => new URL(url).pathname;
  const feed = (url: string) => request(t.http).get(pathOf(url));
  const uidsIn = async (url: string) => {
    const res = await feed(url);
    expect(res.status).toBe(200);
    return eventsOf(res.text)
      .map((e) => e.event.uid)
      .sort();
  };
  const clients = new Map<string, GqlClient>();
  const as = async (person: Person) => {
    if (!clients.has(person.id)) clients.set(person.id, await signedIn(t, person));
    return clients.get(person.id)!;
  };
  const renew = async (person: Person): Promise<string> => (await (await as(person)).ok(RENEW)).renewCalendarFeed.url;
  const audited = (userId: string) =>
    withAdmin(
      async (c) =>
        (
          await c.query(`SELECT action, network_id AS "networkId" FROM audit_event WHERE actor_user_id = $1 AND action LIKE 'calendar.%' ORDER BY created_at`, [
            userId,
          ])
        ).rows,
      t.db.ownerUrl,
    );

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
    v = await buildVisitWorld(t, world);
    own = await withAdmin(async (c) => {
      const round = await c.query(`INSERT INTO round (network_id, programme_id, name, status) VALUES ($1, $2, 'Ronde B', 'VISITING') RETURNING id`, [
        world.b.id,
        world.b.programmeId,
      ]);
      const visitIn = async (networkId: string, roundId: string, hostId: string, timed: boolean) =>
        (
          await c.query(
            `INSERT INTO visit (network_id, round_id, host_organisation_id, status, starts_on, starts_at, ends_at, location, calendar_sequence)
             VALUES ($1, $2, $3, 'PLANNED', date '2027-03-10', $4, $5, 'Raadhuis', 2) RETURNING id`,
            [networkId, roundId, hostId, timed ? '2027-03-10T08:30:00Z' : null, timed ? '2027-03-10T15:00:00Z' : null],
          )
        ).rows[0].id as string;
      // A second round in A in which the host's organisation hosts again, with a day but no times yet.
      const roundA = await c.query(`INSERT INTO round (network_id, programme_id, name, status) VALUES ($1, $2, 'Ronde 2', 'PREPARING') RETURNING id`, [
        world.a.id,
        v.programmeId,
      ]);
      return {
        inB: await visitIn(world.b.id, round.rows[0].id, world.b.organisations[0].id, true),
        otherInB: await visitIn(world.b.id, round.rows[0].id, world.b.organisations[1].id, true),
        untimedInA: await visitIn(world.a.id, roundA.rows[0].id, v.organisations.host, false),
      };
    }, t.db.ownerUrl);
  });
  afterAll(() => t.close());

  it('has none until the person makes one; an unknown address is not found', async () => {
    const host = await as(v.people.hostContact);
    expect((await host.ok(STATUS)).myCalendarFeed).toBeNull();
    expect(codeOf(await t.client().gql(STATUS))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.client().gql(RENEW))).toBe('UNAUTHENTICATED');
    expect((await request(t.http).get(`/export/agenda/persoonlijk/${'A'.repeat(43)}.ics`)).status).toBe(404);
    expect((await request(t.http).get(`/export/agenda/persoonlijk/kort.ics`)).status).toBe(404);
  });

  it('gives the host the visit as the single-visit file has it (same UID, SEQUENCE and Dutch times), keeping only the token’s hash', async () => {
    const host = await as(v.people.hostContact);
    const made = (await host.ok(RENEW)).renewCalendarFeed;
    expect(made.url).toMatch(/^http:\/\/localhost:3000\/export\/agenda\/persoonlijk\/[A-Za-z0-9_-]{43}\.ics$/);
    expect((await host.ok(STATUS)).myCalendarFeed).toEqual({ createdAt: made.createdAt });

    // Without any session, as a calendar program asks for it.
    const res = await feed(made.url);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/calendar/);
    expect(res.headers['cache-control']).toBe('private, no-store');
    const events = eventsOf(res.text);
    // The untimed visit of the second round is left out.
    expect(events.map((e) => e.event.uid)).toEqual([visitUid(v.visitId)]);
    const single = await request(t.http).get(`/export/agenda/bezoek/${v.visitId}.ics`).set('cookie', host.cookie!);
    const [alone] = eventsOf(single.text);
    const [inFeed] = events;
    expect(inFeed.event.sequence).toBe(alone.event.sequence);
    expect(inFeed.component.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Amsterdam');
    expect(inFeed.event.startDate.toString()).toBe(alone.event.startDate.toString());
    expect(inFeed.event.startDate.toJSDate().getTime()).toBe(alone.event.startDate.toJSDate().getTime());
    expect(inFeed.event.summary).toBe(alone.event.summary);

    const token = /persoonlijk\/(.+)\.ics$/.exec(made.url)![1];
    const stored = await withAdmin(
      async (c) => (await c.query(`SELECT token_hash FROM calendar_feed WHERE user_id = $1`, [v.people.hostContact.id])).rows,
      t.db.ownerUrl,
    );
    expect(stored).toEqual([{ token_hash: createHash('sha256').update(token).digest('hex') }]);
    expect(await audited(v.people.hostContact.id)).toEqual([{ action: 'calendar.feed_created', networkId: null }]);
  });

  it('holds the visit for everyone on the team, and nothing for a coordinator, another round member or a network member', async () => {
    for (const person of [v.people.lead, v.people.author, v.people.otherReviewer]) expect(await uidsIn(await renew(person))).toEqual([visitUid(v.visitId)]);
    for (const person of [world.a.coordinator, v.people.otherRoundMember, v.people.networkMember]) {
      const res = await feed(await renew(person));
      expect(res.status).toBe(200);
      expect(res.text).toContain('BEGIN:VCALENDAR');
      expect(eventsOf(res.text)).toEqual([]);
      expect(res.text).not.toContain('Gastgemeente');
    }
  });

  it('covers every network the person is a member of, and only their own visits there', async () => {
    // world.both coordinates A (no visit of theirs there) and is a member of B's first organisation.
    const uids = await uidsIn(await renew(world.both));
    expect(uids).toEqual([visitUid(own.inB)]);
    expect(uids).not.toContain(visitUid(own.otherInB));
    // Leaving B's organisation's membership takes B's visit out.
    await withAdmin((c) => c.query(`UPDATE membership SET active = false WHERE user_id = $1 AND network_id = $2`, [world.both.id, world.b.id]), t.db.ownerUrl);
    try {
      expect(await uidsIn((await (await as(world.both)).ok(RENEW)).renewCalendarFeed.url)).toEqual([]);
    } finally {
      await withAdmin((c) => c.query(`UPDATE membership SET active = true WHERE user_id = $1 AND network_id = $2`, [world.both.id, world.b.id]), t.db.ownerUrl);
    }
  });

  it('renewal gives a new address and the old one stops working, the same not-found as an unknown one', async () => {
    const person = v.people.otherReviewer;
    const old = await renew(person);
    expect((await feed(old)).status).toBe(200);
    const fresh = await renew(person);
    expect(fresh).not.toBe(old);
    const gone = await feed(old);
    const unknown = await request(t.http).get(`/export/agenda/persoonlijk/${'B'.repeat(43)}.ics`);
    expect([gone.status, gone.text]).toEqual([404, unknown.text]);
    expect(gone.text).not.toContain('BEGIN:VCALENDAR');
    expect(await uidsIn(fresh)).toEqual([visitUid(v.visitId)]);
    expect((await audited(person.id)).map((a) => a.action)).toEqual(['calendar.feed_created', 'calendar.feed_renewed', 'calendar.feed_renewed']);
  });

  it('revoking makes the address not found and says there is no feed; revoking again changes nothing', async () => {
    const person = v.people.lead;
    const url = await renew(person);
    const client = await as(person);
    expect((await client.ok(REVOKE)).revokeCalendarFeed).toBe(true);
    expect((await feed(url)).status).toBe(404);
    expect((await client.ok(STATUS)).myCalendarFeed).toBeNull();
    expect((await client.ok(REVOKE)).revokeCalendarFeed).toBe(false);
    expect((await audited(person.id)).map((a) => a.action).slice(-1)).toEqual(['calendar.feed_revoked']);
    expect((await audited(person.id)).filter((a) => a.action === 'calendar.feed_revoked')).toHaveLength(1);
  });

  it('drops the visit from the feed of someone taken off the team', async () => {
    const person = v.people.author;
    const url = await renew(person);
    expect(await uidsIn(url)).toEqual([visitUid(v.visitId)]);
    // The team can change while the visit is being planned.
    await withAdmin((c) => c.query(`UPDATE visit SET status = 'PLANNED' WHERE id = $1`, [v.visitId]), t.db.ownerUrl);
    await (
      await as(world.a.coordinator)
    ).ok(`mutation($input: ReviewerRefInput!) { removeReviewer(input: $input) { id } }`, {
      input: { visitId: v.visitId, userId: person.id },
    });
    expect(await uidsIn(url)).toEqual([]);
  });

  it('stops serving a person who is no longer active', async () => {
    const person = v.people.hostContact;
    const url = await renew(person);
    expect((await feed(url)).status).toBe(200);
    await withAdmin((c) => c.query(`UPDATE app_user SET active = false WHERE id = $1`, [person.id]), t.db.ownerUrl);
    expect((await feed(url)).status).toBe(404);
  });

  it('holds the work meetings the person holds a place at, with the SEQUENCE of their mail, and no draft, cancelled meeting or waiting place', async () => {
    const person = v.people.networkMember;
    const meetings = await withAdmin(async (c) => {
      const meeting = async (title: string, status: string, registration: string, sequence: number | null) => {
        const m = await c.query(
          `INSERT INTO meeting (network_id, title, starts_at, ends_at, capacity, status, place, version)
           VALUES ($1, $2, timestamptz '2027-05-11 13:30+02', timestamptz '2027-05-11 17:00+02', 20, $3, 'Stadhuis', 2) RETURNING id`,
          [world.a.id, title, status],
        );
        await c.query(`INSERT INTO meeting_registration (network_id, meeting_id, user_id, status) VALUES ($1, $2, $3, $4)`, [
          world.a.id,
          m.rows[0].id,
          person.id,
          registration,
        ]);
        if (sequence !== null)
          await c.query(`INSERT INTO meeting_calendar (network_id, meeting_id, user_id, sequence, in_calendar) VALUES ($1, $2, $3, $4, $5)`, [
            world.a.id,
            m.rows[0].id,
            person.id,
            sequence,
            registration === 'REGISTERED' && status !== 'CANCELLED',
          ]);
        return m.rows[0].id as string;
      };
      return {
        held: await meeting('Werkbijeenkomst in de agenda', 'OPEN', 'REGISTERED', 3),
        draft: await meeting('Concept', 'DRAFT', 'REGISTERED', null),
        cancelled: await meeting('Gaat niet door', 'CANCELLED', 'REGISTERED', 4),
        waiting: await meeting('Vol', 'OPEN', 'WAITLISTED', null),
      };
    }, t.db.ownerUrl);
    const res = await feed(await renew(person));
    const events = eventsOf(res.text);
    expect(events.map((e) => e.event.uid)).toEqual([`bijeenkomst-${meetings.held}@kijkje`]);
    expect(events[0].event.sequence).toBe(3);
    expect(events[0].component.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Amsterdam');
    expect(events[0].event.startDate.toString()).toBe('2027-05-11T13:30:00');
    expect(res.text).not.toContain('Concept');
  });

  it('holds the work meetings a facilitator runs, a draft too, with the SEQUENCE of their mail; not one cancelled or one they were taken off', async () => {
    const { person, meetings } = await withAdmin(async (c) => {
      const person = await personIn(c, world.a.id, null, 'agenda-begeleider', 'FACILITATOR');
      const meeting = async (title: string, status: string, assigned: boolean, sent: { sequence: number; inCalendar: boolean } | null) => {
        const m = await c.query(
          `INSERT INTO meeting (network_id, title, starts_at, ends_at, capacity, status, place, version)
           VALUES ($1, $2, timestamptz '2027-06-08 13:30+02', timestamptz '2027-06-08 17:00+02', 20, $3, 'Stadhuis', 2) RETURNING id`,
          [world.a.id, title, status],
        );
        const id = m.rows[0].id as string;
        if (assigned) await c.query(`INSERT INTO meeting_facilitator (network_id, meeting_id, user_id) VALUES ($1, $2, $3)`, [world.a.id, id, person.id]);
        if (sent)
          await c.query(`INSERT INTO meeting_calendar (network_id, meeting_id, user_id, sequence, in_calendar) VALUES ($1, $2, $3, $4, $5)`, [
            world.a.id,
            id,
            person.id,
            sent.sequence,
            sent.inCalendar,
          ]);
        return id;
      };
      return {
        person,
        meetings: {
          open: await meeting('Begeleid en open', 'OPEN', true, { sequence: 4, inCalendar: true }),
          draft: await meeting('Begeleid concept', 'DRAFT', true, { sequence: 2, inCalendar: true }),
          held: await meeting('Begeleid en gehouden', 'REPORT_PUBLISHED', true, null),
          cancelled: await meeting('Begeleid maar geannuleerd', 'CANCELLED', true, { sequence: 5, inCalendar: false }),
          takenOff: await meeting('Niet meer begeleid', 'OPEN', false, { sequence: 3, inCalendar: false }),
        },
      };
    }, t.db.ownerUrl);
    const res = await feed(await renew(person));
    const events = eventsOf(res.text);
    expect(events.map((e) => [e.event.summary, e.event.uid, e.event.sequence]).sort()).toEqual(
      [
        ['Kijkje: Begeleid en open', `bijeenkomst-${meetings.open}@kijkje`, 4],
        ['Kijkje: Begeleid concept', `bijeenkomst-${meetings.draft}@kijkje`, 2],
        ['Kijkje: Begeleid en gehouden', `bijeenkomst-${meetings.held}@kijkje`, 2],
      ].sort(),
    );
    expect(events[0].component.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Amsterdam');
    // Another facilitator of the network, who runs none of them, has none of them.
    const other = await withAdmin((c) => personIn(c, world.a.id, null, 'agenda-andere-begeleider', 'FACILITATOR'), t.db.ownerUrl);
    expect(eventsOf((await feed(await renew(other))).text)).toEqual([]);
  });

  it('holds the work meetings a person hosts a table of once announced, once however many ways they hold it; not a draft, one cancelled or one taken off', async () => {
    const { person, meetings } = await withAdmin(async (c) => {
      const person = await personIn(c, world.a.id, world.a.organisations[0].id, 'agenda-tafelvoorzitter');
      const meeting = async (title: string, status: string, tables: number, registered: boolean, sent: { sequence: number; inCalendar: boolean } | null) => {
        const m = await c.query(
          `INSERT INTO meeting (network_id, title, starts_at, ends_at, capacity, status, place, version)
           VALUES ($1, $2, timestamptz '2027-09-14 13:30+02', timestamptz '2027-09-14 17:00+02', 20, $3, 'Stadhuis', 2) RETURNING id`,
          [world.a.id, title, status],
        );
        const id = m.rows[0].id as string;
        for (let i = 0; i < tables; i++)
          await c.query(`INSERT INTO meeting_table (network_id, meeting_id, name, host_user_id, capacity) VALUES ($1, $2, $3, $4, 8)`, [
            world.a.id,
            id,
            `Tafel ${i + 1}`,
            person.id,
          ]);
        if (registered)
          await c.query(`INSERT INTO meeting_registration (network_id, meeting_id, user_id, status) VALUES ($1, $2, $3, 'REGISTERED')`, [
            world.a.id,
            id,
            person.id,
          ]);
        if (sent)
          await c.query(`INSERT INTO meeting_calendar (network_id, meeting_id, user_id, sequence, in_calendar) VALUES ($1, $2, $3, $4, $5)`, [
            world.a.id,
            id,
            person.id,
            sent.sequence,
            sent.inCalendar,
          ]);
        return id;
      };
      return {
        person,
        meetings: {
          open: await meeting('Tafel open', 'OPEN', 1, false, { sequence: 4, inCalendar: true }),
          twice: await meeting('Twee tafels en een plaats', 'OPEN', 2, true, { sequence: 6, inCalendar: true }),
          held: await meeting('Tafel gehouden', 'HELD', 1, false, null),
          draft: await meeting('Tafel in concept', 'DRAFT', 1, false, null),
          cancelled: await meeting('Tafel geannuleerd', 'CANCELLED', 1, false, { sequence: 5, inCalendar: false }),
          takenOff: await meeting('Geen tafel meer', 'OPEN', 0, false, { sequence: 3, inCalendar: false }),
        },
      };
    }, t.db.ownerUrl);
    const res = await feed(await renew(person));
    const events = eventsOf(res.text);
    expect(events.map((e) => [e.event.summary, e.event.uid, e.event.sequence]).sort()).toEqual(
      [
        ['Kijkje: Tafel open', `bijeenkomst-${meetings.open}@kijkje`, 4],
        ['Kijkje: Twee tafels en een plaats', `bijeenkomst-${meetings.twice}@kijkje`, 6],
        ['Kijkje: Tafel gehouden', `bijeenkomst-${meetings.held}@kijkje`, 2],
      ].sort(),
    );
    expect(events[0].component.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Amsterdam');
  });
});
