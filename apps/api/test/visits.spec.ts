import { addDays, dutchToday, visitNotYetHeldMessage } from '@kijkje/domain';
import { withAdmin } from './support/database';
import { codeOf, type GqlClient } from './support/gql-client';
import { startTestApp, type TestApp } from './support/test-app';
import { ASSIGN, HELD, LEAD, PLAN, REMOVE, SAVE, SUBMIT, VISIT } from './support/visit-documents';
import { buildVisitWorld, type VisitWorld } from './support/visit-world';
import { buildWorld, signedIn, type World } from './support/world';

/** Puts the world's visit back in PLANNED with an empty preparation and no team. */
async function freshVisit(t: TestApp, v: VisitWorld): Promise<void> {
  await withAdmin(async (c) => {
    await c.query(`DELETE FROM finding WHERE visit_id = $1`, [v.visitId]);
    await c.query(`DELETE FROM visit_reviewer WHERE visit_id = $1`, [v.visitId]);
    await c.query(
      `UPDATE visit SET status = 'PLANNED', starts_on = NULL, starts_at = NULL, ends_at = NULL, location = '', agenda = '[]', answers = '{}', held_at = NULL, reply_deadline = NULL, version = 1 WHERE id = $1`,
      [v.visitId],
    );
    await c.query(`UPDATE round SET status = 'PREPARING' WHERE id = $1`, [v.roundId]);
  }, t.db.ownerUrl);
}

describe('visits: the host prepares, the team is assigned, the visit is held', () => {
  let t: TestApp;
  let world: World;
  let v: VisitWorld;
  let host: GqlClient;
  let coordinator: GqlClient;

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
    v = await buildVisitWorld(t, world);
    host = await signedIn(t, v.people.hostContact);
    coordinator = await signedIn(t, world.a.coordinator);
  });
  afterAll(() => t.close());
  beforeEach(() => freshVisit(t, v));

  it('starting a round gives every organisation its visit, once', async () => {
    const round = await withAdmin(async (c) => {
      const r = await c.query(`INSERT INTO round (network_id, programme_id, name) VALUES ($1, $2, 'Ronde 2') RETURNING id`, [world.a.id, v.programmeId]);
      const orgs = [];
      for (let i = 0; i < 4; i++) {
        const o = await c.query(`INSERT INTO organisation (network_id, name, kind, cbs_code) VALUES ($1, $2, 'MUNICIPALITY', $3) RETURNING id`, [
          world.a.id,
          `Gemeente R2-${i}`,
          `GM08${i}0`,
        ]);
        const a = await c.query(
          `INSERT INTO application (network_id, programme_id, organisation_id, review_question, themes, consent, status) VALUES ($1, $2, $3, 'Vraag?', '[]', 'ROUND', 'PLACED') RETURNING id`,
          [world.a.id, v.programmeId, o.rows[0].id],
        );
        await c.query(`INSERT INTO round_member (application_id, network_id, round_id) VALUES ($1, $2, $3)`, [a.rows[0].id, world.a.id, r.rows[0].id]);
        orgs.push(o.rows[0].id);
      }
      return r.rows[0].id as string;
    }, t.db.ownerUrl);
    const started = await coordinator.ok(
      `mutation($input: StartRoundInput!) { startRound(input: $input) { status visits { status hostOrganisation { name } } } }`,
      { input: { id: round, version: 1 } },
    );
    expect(started.startRound.status).toBe('PREPARING');
    expect(started.startRound.visits.map((x: { hostOrganisation: { name: string } }) => x.hostOrganisation.name).sort()).toEqual([
      'Gemeente R2-0',
      'Gemeente R2-1',
      'Gemeente R2-2',
      'Gemeente R2-3',
    ]);
    expect(new Set(started.startRound.visits.map((x: { status: string }) => x.status))).toEqual(new Set(['PLANNED']));
  });

  it('lets the host plan the day and autosave the self-assessment, refusing a stale version', async () => {
    const plan = await host.ok(PLAN, {
      input: {
        visitId: v.visitId,
        version: 1,
        startsOn: '2027-03-10',
        location: 'Stadhuis, Raadzaal',
        agenda: [
          { startTime: '13:00', endTime: '14:30', topic: 'Gesprek met het wijkteam', partners: ['WIJKTEAM'] },
          { startTime: '09:30', endTime: '10:30', topic: 'Ontvangst door de wethouder', partners: ['WETHOUDER'] },
        ],
      },
    });
    expect(plan.updateVisitPlan.agenda.map((a: { startTime: string }) => a.startTime)).toEqual(['09:30', '13:00']);
    expect(plan.updateVisitPlan.version).toBe(2);
    const saved = await host.ok(SAVE, { input: { visitId: v.visitId, version: 2, answers: [{ key: 'general:FOTO_VAN_NU', text: 'Wij staan hier.' }] } });
    expect(saved.saveSelfAssessment.version).toBe(3);
    // A second tab that still has version 2 is refused, and nothing is overwritten.
    const stale = await host.gql(SAVE, { input: { visitId: v.visitId, version: 2, answers: [{ key: 'general:FOTO_VAN_NU', text: 'Oud tabblad' }] } });
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors![0].extensions['currentVersion']).toBe(3);
    const after = (await host.ok(VISIT, { id: v.visitId })).visit;
    expect(after.selfAssessment).toEqual({ submitted: false, answers: [{ key: 'general:FOTO_VAN_NU', text: 'Wij staan hier.' }] });
    // Questions the framework does not have are refused.
    const unknown = await host.gql(SAVE, { input: { visitId: v.visitId, version: 3, answers: [{ key: 'theme:Sport:WHAT_GOES_WELL', text: 'x' }] } });
    expect(codeOf(unknown)).toBe('BAD_USER_INPUT');
    expect(unknown.errors![0].extensions.fields![0].field).toBe('answers.theme:Sport:WHAT_GOES_WELL');
  });

  it('refuses an agenda with an overlap or an end before the start, per item', async () => {
    const res = await host.gql(PLAN, {
      input: {
        visitId: v.visitId,
        version: 1,
        location: 'Stadhuis',
        agenda: [
          { startTime: '09:00', endTime: '10:00', topic: 'Ontvangst', partners: [] },
          { startTime: '09:30', endTime: '11:00', topic: 'Overlap', partners: [] },
          { startTime: '12:00', endTime: '11:00', topic: 'Achterstevoren', partners: [] },
        ],
      },
    });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions.fields!.map((f) => f.field).sort()).toEqual(['agenda.1.startTime', 'agenda.2.endTime']);
    expect((await host.ok(VISIT, { id: v.visitId })).visit.version).toBe(1);
  });

  it('keeps the self-assessment to the host until it is submitted, then shows it to the team and coordinator', async () => {
    await host.ok(PLAN, {
      input: {
        visitId: v.visitId,
        version: 1,
        startsOn: '2027-03-10',
        startTime: '09:00',
        endTime: '16:00',
        location: 'Stadhuis',
        agenda: [{ startTime: '09:30', endTime: '10:30', topic: 'Ontvangst', partners: [] }],
      },
    });
    await host.ok(SAVE, { input: { visitId: v.visitId, version: 2, answers: [{ key: 'general:FOTO_VAN_NU', text: 'Foto' }] } });
    await coordinator.ok(ASSIGN, { input: { visitId: v.visitId, userId: v.people.author.id } });
    const reviewer = await signedIn(t, v.people.author);
    expect((await reviewer.ok(VISIT, { id: v.visitId })).visit.selfAssessment).toBeNull();
    expect((await coordinator.ok(VISIT, { id: v.visitId })).visit.selfAssessment).toBeNull();

    const early = await host.gql(SUBMIT, { input: { visitId: v.visitId, version: 3 } });
    expect(codeOf(early)).toBe('BAD_USER_INPUT');
    expect(early.errors![0].extensions.fields![0].messages.nl).toBe('Beantwoord eerst "Stip aan de horizon".');
    expect((await host.ok(VISIT, { id: v.visitId })).visit.preparationProblems).toEqual([
      { nl: 'Beantwoord eerst "Stip aan de horizon".', en: 'First answer "Point on the horizon".' },
    ]);

    await host.ok(SAVE, {
      input: {
        visitId: v.visitId,
        version: 3,
        answers: [
          { key: 'general:FOTO_VAN_NU', text: 'Foto' },
          { key: 'general:STIP_AAN_DE_HORIZON', text: 'Stip' },
        ],
      },
    });
    expect((await host.ok(SUBMIT, { input: { visitId: v.visitId, version: 4 } })).submitPreparation.status).toBe('PREPARED');
    for (const who of [reviewer, coordinator]) {
      const seen = (await who.ok(VISIT, { id: v.visitId })).visit;
      expect(seen.selfAssessment.submitted).toBe(true);
      expect(seen.selfAssessment.answers).toHaveLength(2);
      expect(seen.agenda).toHaveLength(1);
    }
    // Other round members see that the visit exists, not its preparation.
    const other = (await (await signedIn(t, v.people.otherRoundMember)).ok(VISIT, { id: v.visitId })).visit;
    expect([other.selfAssessment, other.agenda]).toEqual([null, null]);
    // Submitted is frozen.
    expect(codeOf(await host.gql(SAVE, { input: { visitId: v.visitId, version: 5, answers: [] } }))).toBe('BAD_USER_INPUT');
  });

  it('assigns a team by the rules: never the host, never across a conflict, the round offers its own people, the coordinator picks the lead', async () => {
    const assign = (who: GqlClient, userId: string, lead = false) => who.gql(ASSIGN, { input: { visitId: v.visitId, userId, lead } });
    const roundMember = await signedIn(t, v.people.otherRoundMember);

    expect(codeOf(await assign(coordinator, v.people.hostContact.id))).toBe('BAD_USER_INPUT');
    expect(codeOf(await assign(coordinator, v.people.networkMember.id))).toBe('BAD_USER_INPUT');
    // A member of organisation B offers B's author, not D's reviewer, and cannot choose the lead.
    expect(codeOf(await assign(roundMember, v.people.author.id))).toBe('OK');
    expect(codeOf(await assign(roundMember, v.people.otherReviewer.id))).toBe('NOT_FOUND');
    expect(codeOf(await assign(roundMember, v.people.otherRoundMember.id, true))).toBe('BAD_USER_INPUT');
    // The host sees its visit but cannot compose its own team: told so, not told the visit is unknown.
    const byHost = await assign(host, v.people.lead.id);
    expect(codeOf(byHost)).toBe('FORBIDDEN');
    expect(byHost.errors![0].extensions.messages).toEqual({
      nl: expect.stringMatching(/U kunt dit bezoek bekijken/),
      en: expect.stringMatching(/You can view this visit/),
    });
    expect(codeOf(await assign(coordinator, v.people.author.id))).toBe('BAD_USER_INPUT');

    let team = (await coordinator.ok(VISIT, { id: v.visitId })).visit;
    expect(team.teamProblems.map((p: { nl: string }) => p.nl)).toEqual([
      'Een reviewteam heeft minstens 2 reviewers; dit team heeft er 1.',
      'De reviewers komen uit minstens 2 verschillende gemeenten; nu uit 1.',
      'Kies een teamleider.',
    ]);
    await assign(coordinator, v.people.lead.id, true);
    team = (await coordinator.ok(VISIT, { id: v.visitId })).visit;
    expect(team.teamProblems).toEqual([]);
    expect(team.team.find((m: { isLead: boolean }) => m.isLead).user.id).toBe(v.people.lead.id);

    await assign(coordinator, v.people.otherReviewer.id);
    const moved = (await coordinator.ok(LEAD, { input: { visitId: v.visitId, userId: v.people.otherReviewer.id } })).setVisitLead.team;
    expect(moved.filter((m: { isLead: boolean }) => m.isLead).map((m: { user: { id: string } }) => m.user.id)).toEqual([v.people.otherReviewer.id]);
    // Anyone may step off a team; the round member may take off their own organisation's people only.
    expect(codeOf(await roundMember.gql(REMOVE, { input: { visitId: v.visitId, userId: v.people.lead.id } }))).toBe('FORBIDDEN');
    // Someone who is not on the team cannot be taken off it.
    expect(codeOf(await roundMember.gql(REMOVE, { input: { visitId: v.visitId, userId: v.people.networkMember.id } }))).toBe('NOT_FOUND');
    expect(codeOf(await roundMember.gql(REMOVE, { input: { visitId: v.visitId, userId: v.people.author.id } }))).toBe('OK');
  });

  it('refuses a reviewer whose municipality declared a conflict with the host', async () => {
    await withAdmin(
      (c) =>
        c.query(`UPDATE application SET conflicts = $3 WHERE network_id = $1 AND organisation_id = $2`, [
          world.a.id,
          v.organisations.c,
          JSON.stringify([{ organisationId: v.organisations.host, description: 'Gedeelde regeling' }]),
        ]),
      t.db.ownerUrl,
    );
    try {
      const res = await coordinator.gql(ASSIGN, { input: { visitId: v.visitId, userId: v.people.lead.id } });
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions.fields![0].messages.nl).toMatch(/belangenconflict/);
      const candidates = (
        await coordinator.ok(`query($id: ID!) { reviewerCandidates(visitId: $id) { user { id } eligible problems { nl } } }`, { id: v.visitId })
      ).reviewerCandidates;
      expect(candidates.find((c: { user: { id: string } }) => c.user.id === v.people.lead.id)).toMatchObject({ eligible: false });
      expect(candidates.find((c: { user: { id: string } }) => c.user.id === v.people.author.id)).toMatchObject({ eligible: true });
      expect(candidates.some((c: { user: { id: string } }) => c.user.id === v.people.hostContact.id)).toBe(false);
    } finally {
      await withAdmin((c) => c.query(`UPDATE application SET conflicts = '[]' WHERE network_id = $1`, [world.a.id]), t.db.ownerUrl);
    }
  });

  it('is held only with a complete team, by the lead or coordinator, and the round follows', async () => {
    await withAdmin(async (c) => {
      await c.query(`UPDATE visit SET status = 'PREPARED', version = 1, starts_on = $2 WHERE id = $1`, [v.visitId, addDays(dutchToday(), 1)]);
      await c.query(`INSERT INTO visit_reviewer (network_id, visit_id, user_id, organisation_id, is_lead) VALUES ($1, $2, $3, $4, true)`, [
        world.a.id,
        v.visitId,
        v.people.lead.id,
        v.organisations.c,
      ]);
    }, t.db.ownerUrl);
    const lead = await signedIn(t, v.people.lead);
    const incomplete = await lead.gql(HELD, { input: { visitId: v.visitId, version: 1 } });
    expect(codeOf(incomplete)).toBe('BAD_USER_INPUT');
    await coordinator.ok(ASSIGN, { input: { visitId: v.visitId, userId: v.people.author.id } });
    const reviewer = await signedIn(t, v.people.author);
    expect(codeOf(await reviewer.gql(HELD, { input: { visitId: v.visitId, version: 1 } }))).toBe('FORBIDDEN');
    // Someone of the network who is not in the round learns nothing of the visit.
    expect(codeOf(await (await signedIn(t, v.people.networkMember)).gql(HELD, { input: { visitId: v.visitId, version: 1 } }))).toBe('NOT_FOUND');
    // Not before the visit's day: the page says from when, and the API refuses with the day in words.
    const RIGHTS = `query($id: ID!) { visit(id: $id) { startsOn rights { markHeld markHeldLater } } }`;
    expect((await lead.ok(RIGHTS, { id: v.visitId })).visit.rights).toEqual({ markHeld: false, markHeldLater: true });
    const early = await lead.gql(HELD, { input: { visitId: v.visitId, version: 1 } });
    expect(codeOf(early)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(early.errors)).toContain(visitNotYetHeldMessage(addDays(dutchToday(), 1)).nl);
    await withAdmin((c) => c.query(`UPDATE visit SET starts_on = $2 WHERE id = $1`, [v.visitId, dutchToday()]), t.db.ownerUrl);
    expect((await lead.ok(RIGHTS, { id: v.visitId })).visit.rights).toEqual({ markHeld: true, markHeldLater: false });
    expect((await reviewer.ok(RIGHTS, { id: v.visitId })).visit.rights).toEqual({ markHeld: false, markHeldLater: false });
    expect((await lead.ok(HELD, { input: { visitId: v.visitId, version: 1 } })).markVisitHeld.status).toBe('HELD');
    expect((await coordinator.ok(VISIT, { id: v.visitId })).visit.round.status).toBe('VISITING');
    const audit = await withAdmin((c) => c.query(`SELECT action FROM audit_event WHERE target_id = $1 ORDER BY created_at`, [v.visitId]), t.db.ownerUrl);
    expect(audit.rows.map((r) => r.action)).toEqual(expect.arrayContaining(['visit.reviewer_assigned', 'visit.held']));
  });

  it('shows a round to the coordinator and its own municipalities; other members of the network see the programme only', async () => {
    const ROUND = `query($id: ID!) { round(id: $id) { name organisations { name } visits { id } } }`;
    const ROUNDS = `query($id: ID!) { programme(id: $id) { name rounds { id } } }`;
    expect((await coordinator.ok(ROUND, { id: v.roundId })).round.organisations).toHaveLength(4);
    const roundMember = await signedIn(t, v.people.otherRoundMember);
    expect((await roundMember.ok(ROUND, { id: v.roundId })).round.visits.map((x: { id: string }) => x.id)).toEqual([v.visitId]);
    expect((await roundMember.ok(ROUNDS, { id: v.programmeId })).programme.rounds).toEqual([{ id: v.roundId }]);
    const outside = await signedIn(t, v.people.networkMember);
    expect(codeOf(await outside.gql(ROUND, { id: v.roundId }))).toBe('NOT_FOUND');
    expect((await outside.ok(ROUNDS, { id: v.programmeId })).programme).toEqual({ name: 'Programma met bezoek', rounds: [] });
  });

  it('shows each person the visits they host or review', async () => {
    await withAdmin(
      (c) =>
        c.query(`INSERT INTO visit_reviewer (network_id, visit_id, user_id, organisation_id) VALUES ($1, $2, $3, $4)`, [
          world.a.id,
          v.visitId,
          v.people.author.id,
          v.organisations.b,
        ]),
      t.db.ownerUrl,
    );
    const mine = (who: GqlClient) => who.ok(`{ myVisits { id } }`).then((d) => d.myVisits.map((x: { id: string }) => x.id));
    expect(await mine(host)).toEqual([v.visitId]);
    expect(await mine(await signedIn(t, v.people.author))).toEqual([v.visitId]);
    expect(await mine(await signedIn(t, v.people.otherRoundMember))).toEqual([]);
    expect(await mine(await signedIn(t, v.people.networkMember))).toEqual([]);
  });
});
