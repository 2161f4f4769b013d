import { DataSource } from 'typeorm';
import { AppointmentReminderJob } from '@kijkje/api/core';
import { addDays, dutchToday, startOfDutchDay } from '@kijkje/domain';
import { withAdmin } from './support/database';
import type { GqlClient } from './support/gql-client';
import { subjectOf } from './support/meeting-mails';
import { outbox, type OutboxMail } from './support/outbox';
import { startTestApp, type TestApp } from './support/test-app';
import * as d from './support/track-documents';
import { buildTrackWorld, type TrackWorld } from './support/track-world';
import { buildWorld, signedIn, type Person, type World } from './support/world';

/**
 * The mails of a learning track's sessions lead to the theme tables of a session held with them
 * (its meeting's page, /bijeenkomsten/<id>): the invitation when it moves, the schedule of someone
 * newly accepted and the reminders before it; not the mails of a session without tables, nor a
 * cancellation. Everyone they go to is of the tables' audience (the track's facilitators and cohort).
 */
describe('track session mails of a session held with theme tables', () => {
  let t: TestApp;
  let world: World;
  let tr: TrackWorld;
  let facilitator: GqlClient;
  let tablesPath: string;
  const day = addDays(dutchToday(), 20);

  /** The mails to a person since `from` whose subject matches. */
  const mailsTo = async (who: Person, subject: RegExp, from = 0): Promise<OutboxMail[]> =>
    (await outbox(t)).slice(from).filter((m) => m.to.includes(who.email) && subject.test(subjectOf(m)));
  const leadsToTables = (m: OutboxMail) => m.body.includes(`${tablesPath}"`) && m.body.split('\n').some((line) => line.endsWith(tablesPath));

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
    tr = await buildTrackWorld(t, world.a.id, world.a.organisations[0].id);
    await withAdmin((c) => c.query(`UPDATE app_user SET language = 'en' WHERE id = $1`, [tr.facilitator.id]), t.db.ownerUrl);
    facilitator = await signedIn(t, tr.facilitator);
    const held = (await facilitator.ok(d.HOLD_WITH_TABLES, { id: tr.sessionId })).holdTrackSessionWithTables;
    tablesPath = `/bijeenkomsten/${held.sessions[0].meetingId}`;
  });
  afterAll(() => t.close());

  it('leads the facilitator and the cohort to the tables when the session moves ahead, in their language', async () => {
    const { track } = await facilitator.ok(`query($id: ID!) { track(id: $id) { sessions { id version } } }`, { id: tr.trackId });
    await facilitator.ok(d.UPDATE_SESSION, {
      input: { sessionId: tr.sessionId, version: track.sessions[0].version, title: 'Startbijeenkomst', day, startTime: '13:00', endTime: '17:00', place: 'VU' },
    });
    for (const who of [tr.owner, tr.peer, tr.otherGroup]) {
      const [moved] = await mailsTo(who, /Startbijeenkomst \(Veranderlab lab\) is gewijzigd/);
      expect([who.name, leadsToTables(moved)]).toEqual([who.name, true]);
      expect(moved.body).toContain('Startbijeenkomst wordt gehouden met thematafels.');
      expect(moved.body).toContain(`/leergangen/${tr.trackId}`);
    }
    const [english] = await mailsTo(tr.facilitator, /Startbijeenkomst \(Veranderlab lab\) has changed/);
    expect(leadsToTables(english)).toBe(true);
    expect(english.body).toContain('Startbijeenkomst is held with theme tables.');
    // The applicant still waiting holds no session: no mail, and no link to tables they may not read.
    expect((await outbox(t)).filter((m) => m.to.includes(tr.applicant.email))).toEqual([]);
  });

  it('leaves the tables out of the mails of a session without them', async () => {
    const before = (await outbox(t)).length;
    await facilitator.ok(d.ADD_SESSION, { input: { ...d.session(tr.trackId, 'WORKSHOP', 20, 'Workshop'), startTime: '17:30', endTime: '19:00' } });
    const [added] = await mailsTo(tr.owner, /nieuwe bijeenkomst van Veranderlab lab: Workshop/, before);
    expect(added.body).toContain(`/leergangen/${tr.trackId}`);
    expect(added.body).not.toContain('/bijeenkomsten/');
  });

  it('lists the sessions for someone newly accepted, the tables with the session held with them', async () => {
    const before = (await outbox(t)).length;
    await facilitator.ok(d.DECIDE, { input: { participantId: tr.participants.applicant, decision: 'ACCEPT' } });
    const [joined] = await mailsTo(tr.applicant, /de bijeenkomsten van Veranderlab lab voor uw agenda/, before);
    expect(leadsToTables(joined)).toBe(true);
    expect(joined.body.split('Startbijeenkomst wordt gehouden met thematafels.')).toHaveLength(3); // the HTML and the text part
    expect(joined.body).not.toContain('Workshop wordt gehouden met thematafels');
  });

  it('reminds of the session with its tables, of the other without', async () => {
    const before = (await outbox(t)).length;
    const ds = t.app.get(DataSource);
    await ds.transaction((em) => t.app.get(AppointmentReminderJob).run(em, new Date(startOfDutchDay(addDays(day, -7)).getTime() + 6 * 3_600_000)));
    const [kickOff] = await mailsTo(tr.owner, /^Kijkje herinnering: Startbijeenkomst \(Veranderlab lab\)/, before);
    expect(leadsToTables(kickOff)).toBe(true);
    const [workshop] = await mailsTo(tr.owner, /^Kijkje herinnering: Workshop \(Veranderlab lab\)/, before);
    expect(workshop.body).toContain(`/leergangen/${tr.trackId}`);
    expect(workshop.body).not.toContain('/bijeenkomsten/');
  });

  it('said nothing when the session held with tables had begun already: nothing to choose any more', async () => {
    expect((await outbox(t)).filter((m) => /thematafels|theme tables/.test(subjectOf(m)))).toEqual([]);
  });

  it('tells the cohort and the facilitators, once, when a session still to come will be held with theme tables', async () => {
    const added = (await facilitator.ok(d.ADD_SESSION, { input: d.session(tr.trackId, 'FEEDBACK', 25, 'Feedbacksessie') })).addTrackSession;
    const sessionId = added.sessions.find((s: { title: string }) => s.title === 'Feedbacksessie').id;
    const before = (await outbox(t)).length;
    const held = (await facilitator.ok(d.HOLD_WITH_TABLES, { id: sessionId })).holdTrackSessionWithTables;
    const path = `/bijeenkomsten/${held.sessions.find((s: { id: string }) => s.id === sessionId).meetingId}`;
    const sent = (await outbox(t)).slice(before);
    // The cohort (the applicant accepted since) and the facilitator, one mail each; nobody else.
    expect(sent.map((m) => m.to).sort()).toEqual([tr.owner.email, tr.peer.email, tr.otherGroup.email, tr.applicant.email, tr.facilitator.email].sort());
    for (const who of [tr.owner, tr.peer, tr.applicant]) {
      const [mail] = sent.filter((m) => m.to.includes(who.email));
      expect(subjectOf(mail)).toBe('Kijkje: Feedbacksessie (Veranderlab lab) wordt gehouden met thematafels');
      expect(mail.body).toContain('Kies op de pagina van de thematafels uw tafel, of zie waar u al zit.');
      expect([who.name, mail.body.includes(`${path}"`), mail.body.split('\n').some((line) => line.endsWith(path))]).toEqual([who.name, true, true]);
    }
    const [english] = sent.filter((m) => m.to.includes(tr.facilitator.email));
    expect(subjectOf(english)).toBe('Kijkje: Feedbacksessie (Veranderlab lab) will be held with theme tables');
    expect(english.body).toContain('On the page of the theme tables you set out the tables and see who sits where.');
    // Asked again, the session has its tables: nothing more is sent.
    const again = (await outbox(t)).length;
    await facilitator.ok(d.HOLD_WITH_TABLES, { id: sessionId });
    expect((await outbox(t)).slice(again)).toEqual([]);
  });

  it('holds a session named in emoji with tables: the mail’s preview is cut between characters, not inside one', async () => {
    // The preview begins with the title and is cut at 150 code units: here inside the 75th emoji.
    const title = `x${'😀'.repeat(80)}`;
    const added = (await facilitator.ok(d.ADD_SESSION, { input: d.session(tr.trackId, 'WORKSHOP', 26, title) })).addTrackSession;
    const sessionId = added.sessions.find((s: { title: string }) => s.title === title).id;
    const before = (await outbox(t)).length;
    await facilitator.ok(d.HOLD_WITH_TABLES, { id: sessionId });
    const sent = (await outbox(t)).slice(before);
    expect(sent.map((m) => m.to).sort()).toEqual([tr.owner.email, tr.peer.email, tr.otherGroup.email, tr.applicant.email, tr.facilitator.email].sort());
    for (const m of sent) expect(m.body.isWellFormed()).toBe(true);
  });

  it('does not lead someone who withdraws to the tables: the cancellation has no link to them', async () => {
    const before = (await outbox(t)).length;
    await (await signedIn(t, tr.otherGroup)).ok(d.WITHDRAW, { id: tr.trackId });
    const [left] = await mailsTo(tr.otherGroup, /Veranderlab lab staat niet meer in uw agenda/, before);
    expect(left.body).toContain('Startbijeenkomst');
    expect(left.body).not.toContain('/bijeenkomsten/');
  });
});
