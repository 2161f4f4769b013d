import ICAL from 'ical.js';
import request from 'supertest';
import { visitCalendar, visitUid } from '@kijkje/api/visits';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withAdmin } from './support/database';
import { outbox } from './support/outbox';
import { type GqlClient } from './support/gql-client';
import { startTestApp, type TestApp } from './support/test-app';
import { buildVisitWorld, type VisitWorld } from './support/visit-world';
import { buildWorld, signedIn, type Person, type World } from './support/world';

const PLAN = `mutation($input: UpdateVisitPlanInput!) { updateVisitPlan(input: $input) { version } }`;

/** The one event of a calendar file, read back by an independent parser. */
function eventOf(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents('vevent');
  expect(events).toHaveLength(1);
  const event = new ICAL.Event(events[0]);
  return { calendar, component: events[0], event };
}

describe('calendar files: a visit as an iCalendar event', () => {
  /** The text/calendar attachment of a mail in the outbox, decoded. */
  const attachedCalendar = (file: string): string => {
    const raw = readFileSync(join(t.outboxDir, file), 'utf8');
    const part = raw.split(/\n--/).find((p) => /content-type: text\/calendar/i.test(p));
    if (!part) throw new Error('no calendar attached');
    const [head, ...body] = part.split('\n\n');
    const content = body.join('\n\n').trim();
    return /base64/i.test(head) ? Buffer.from(content.replace(/\s+/g, ''), 'base64').toString('utf8') : content;
  };

  let t: TestApp;
  let world: World;
  let v: VisitWorld;
  let host: GqlClient;

  const download = (person: GqlClient | null, visitId = v.visitId, query = '') => {
    const req = request(t.http).get(`/export/agenda/bezoek/${visitId}.ics${query}`);
    return person?.cookie ? req.set('cookie', person.cookie) : req;
  };
  const as = async (person: Person) => signedIn(t, person);

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
    v = await buildVisitWorld(t, world);
    host = await as(v.people.hostContact);
    // The host plans the visit afresh: PLANNED, an evening across the October night.
    await withAdmin(
      (c) =>
        c.query(
          `UPDATE visit SET status = 'PLANNED', starts_on = NULL, starts_at = NULL, ends_at = NULL, calendar_sequence = 0, agenda = '[]', version = 1 WHERE id = $1`,
          [v.visitId],
        ),
      t.db.ownerUrl,
    );
    await host.ok(PLAN, {
      input: { visitId: v.visitId, version: 1, startsOn: '2027-10-30', startTime: '20:00', endTime: '03:00', location: 'Stadhuis, Raadzaal', agenda: [] },
    });
  });
  afterAll(() => t.close());

  it('gives the visit in Dutch time, with a stable UID, its place and a link to the visit page', async () => {
    const res = await download(host);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/calendar/);
    expect(res.headers['cache-control']).toBe('private, no-store');
    const { calendar, component, event } = eventOf(res.text);
    expect(event.uid).toBe(visitUid(v.visitId));
    expect(event.sequence).toBe(1);
    expect(event.location).toBe('Stadhuis, Raadzaal');
    expect(event.summary).toBe('Kijkje: bezoek aan Gastgemeente');
    expect(component.getFirstPropertyValue('url')).toMatch(new RegExp(`/bezoeken/${v.visitId}$`));
    // Wall-clock times in Europe/Amsterdam, with the zone's rules in the file itself.
    expect(component.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Amsterdam');
    expect(event.startDate.toString()).toBe('2027-10-30T20:00:00');
    expect(event.endDate.toString()).toBe('2027-10-31T03:00:00');
    const zone = new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone')!);
    expect(zone.tzid).toBe('Europe/Amsterdam');
    event.startDate.zone = zone;
    event.endDate.zone = zone;
    // 20:00 summer time to 03:00 winter time: eight real hours.
    expect(event.startDate.toJSDate().toISOString()).toBe('2027-10-30T18:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2027-10-31T02:00:00.000Z');
    const english = eventOf((await download(host, v.visitId, '?taal=en')).text).event;
    expect(english.summary).toBe('Kijkje: visit to Gastgemeente');
  });

  it('keeps the UID and raises the SEQUENCE when the time changes, not when only the agenda does', async () => {
    const before = eventOf((await download(host)).text).event;
    await host.ok(PLAN, {
      input: {
        visitId: v.visitId,
        version: 2,
        startsOn: '2027-10-30',
        startTime: '20:00',
        endTime: '03:00',
        location: 'Stadhuis, Raadzaal',
        agenda: [{ startTime: '20:00', endTime: '21:00', topic: 'Ontvangst', partners: [] }],
      },
    });
    expect(eventOf((await download(host)).text).event.sequence).toBe(before.sequence);
    await host.ok(PLAN, {
      input: { visitId: v.visitId, version: 3, startsOn: '2027-10-30', startTime: '19:30', endTime: '03:00', location: 'Stadhuis, Raadzaal', agenda: [] },
    });
    const after = eventOf((await download(host)).text).event;
    expect(after.uid).toBe(before.uid);
    expect(after.sequence).toBe(before.sequence + 1);
    expect(after.startDate.toString()).toBe('2027-10-30T19:30:00');
  });

  it('serves the team and the coordinator, and nobody who may not see the visit', async () => {
    for (const person of [v.people.lead, v.people.author, v.people.otherRoundMember]) {
      expect((await download(await as(person))).status).toBe(200);
    }
    expect((await download(await signedIn(t, world.a.coordinator))).status).toBe(200);
    for (const person of [v.people.networkMember, world.b.coordinator]) {
      const res = await download(await as(person));
      expect(res.status).toBe(404);
      expect(res.text).not.toContain('BEGIN:VCALENDAR');
      expect(res.text).not.toContain('Stadhuis');
    }
    expect((await download(null)).status).toBe(401);
    expect((await download(host, 'not-a-visit')).status).toBe(404);
  });

  it('mails the invitation to the host and the team once the host submits the preparation', async () => {
    await withAdmin(
      (c) =>
        c.query(`UPDATE visit SET agenda = $2, answers = $3 WHERE id = $1`, [
          v.visitId,
          JSON.stringify([{ startTime: '20:00', endTime: '22:00', topic: 'Ontvangst', partners: [] }]),
          JSON.stringify({ 'general:FOTO_VAN_NU': 'Foto', 'general:STIP_AAN_DE_HORIZON': 'Stip' }),
        ]),
      t.db.ownerUrl,
    );
    const version = (await host.ok(`query($id: ID!) { visit(id: $id) { version } }`, { id: v.visitId })).visit.version;
    const before = (await outbox(t)).length;
    await host.ok(`mutation($input: VisitStepInput!) { submitPreparation(input: $input) { status } }`, { input: { visitId: v.visitId, version } });
    const mails = (await outbox(t)).slice(before).filter((m) => m.subject.startsWith('Kijkje: bezoek aan Gastgemeente'));
    const team = [v.people.lead, v.people.author, v.people.otherReviewer];
    expect(mails.map((m) => m.to).sort()).toEqual([v.people.hostContact, ...team].map((p) => p.email).sort());
    for (const mail of mails) {
      expect(mail.body).toContain('zaterdag 30 oktober 2027');
      const { event } = eventOf(attachedCalendar(mail.file));
      expect(event.uid).toBe(visitUid(v.visitId));
      expect(event.startDate.toString()).toBe('2027-10-30T19:30:00');
    }
    // Someone who joins the team later gets the invitation too, and only they.
    const coordinator = await signedIn(t, world.a.coordinator);
    const sent = (await outbox(t)).length;
    await coordinator.ok(`mutation($input: AssignReviewerInput!) { assignReviewer(input: $input) { id } }`, {
      input: { visitId: v.visitId, userId: v.people.otherRoundMember.id },
    });
    // Besides the invitation, the newcomer hears that they were added (their notification mail).
    const joined = (await outbox(t)).slice(sent).filter((m) => m.subject.startsWith('Kijkje: bezoek aan Gastgemeente'));
    expect(joined.map((m) => m.to)).toEqual([v.people.otherRoundMember.email]);
    expect(eventOf(attachedCalendar(joined[0].file)).event.uid).toBe(visitUid(v.visitId));
  });

  it('sends whoever is taken off the team a cancellation of the same event, so it leaves their calendar', async () => {
    const coordinator = await signedIn(t, world.a.coordinator);
    const { visit } = await coordinator.ok(`query($id: ID!) { visit(id: $id) { status } }`, { id: v.visitId });
    expect(visit.status).toBe('PREPARED');
    const [{ calendar_sequence: sequence }] = (await withAdmin((c) => c.query(`SELECT calendar_sequence FROM visit WHERE id = $1`, [v.visitId]), t.db.ownerUrl))
      .rows;
    const sent = (await outbox(t)).length;
    await coordinator.ok(`mutation($input: ReviewerRefInput!) { removeReviewer(input: $input) { id } }`, {
      input: { visitId: v.visitId, userId: v.people.author.id },
    });
    const mails = (await outbox(t)).slice(sent);
    const cancel = mails.filter((m) => m.subject.startsWith('Kijkje: u bent niet meer in het team'));
    expect(cancel.map((m) => m.to)).toEqual([v.people.author.email]);
    expect(cancel[0].body).toContain('zaterdag 30 oktober 2027');
    const ics = attachedCalendar(cancel[0].file);
    const { calendar, component, event } = eventOf(ics);
    expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(event.uid).toBe(visitUid(v.visitId));
    expect(event.sequence).toBe(sequence + 1);
    // Nobody else hears of it.
    expect(mails.filter((m) => m.to !== v.people.author.email && /team|calendar|agenda/i.test(m.subject))).toEqual([]);
  });

  it('writes a visit without times as an all-day event and leaves out a visit without a day', () => {
    const base = { id: 'v', host: 'Zwolle', location: '', sequence: 0, url: 'https://kijkje.test/bezoeken/v' };
    const allDay = eventOf(visitCalendar([{ ...base, startsOn: '2027-03-10', startsAt: null, endsAt: null }], 'nl')).event;
    expect(allDay.startDate.isDate).toBe(true);
    expect(allDay.startDate.toString()).toBe('2027-03-10');
    const none = new ICAL.Component(ICAL.parse(visitCalendar([{ ...base, startsOn: null, startsAt: null, endsAt: null }], 'nl')));
    expect(none.getAllSubcomponents('vevent')).toHaveLength(0);
  });
});
