import { hash } from '@node-rs/argon2';
import { ARGON2_OPTIONS } from '@kijkje/api/core';
import { withAdmin } from './support/database';
import { codeOf, type GqlClient } from './support/gql-client';
import { ACCEPT, CODES, PROGRAMME, START, SUGGEST, programmeWithApplicants } from './support/rounds-world';
import { startTestApp, type TestApp } from './support/test-app';
import { buildWorld, PASSWORD, signedIn, type World } from './support/world';

describe('composing rounds', () => {
  let t: TestApp;
  let world: World;
  let coordinator: GqlClient;

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
    coordinator = await signedIn(t, world.a.coordinator);
  });
  afterAll(() => t.close());

  it('suggests two explained rounds of five, accepts them as a whole and starts them', async () => {
    const { programmeId } = await programmeWithApplicants(t, world, 'Sturen met Kwaliteit 2026');
    const suggestion = (await coordinator.ok(SUGGEST, { id: programmeId })).suggestedGrouping;
    expect(suggestion.rounds.map((r: { organisations: unknown[] }) => r.organisations.length)).toEqual([5, 5]);
    expect(suggestion.unplaced).toEqual([]);
    for (const r of suggestion.rounds) {
      expect(r.reasons.length).toBeGreaterThan(0);
      for (const reason of r.reasons) expect(reason.nl.length && reason.en.length).toBeTruthy();
    }
    const again = (await coordinator.ok(SUGGEST, { id: programmeId })).suggestedGrouping;
    expect(again).toEqual(suggestion);

    const rounds = (await coordinator.ok(ACCEPT, { input: { programmeId, fingerprint: suggestion.fingerprint } })).acceptSuggestedGrouping;
    expect(rounds.map((r: { name: string; status: string }) => [r.name, r.status])).toEqual([
      ['Ronde 1', 'COMPOSING'],
      ['Ronde 2', 'COMPOSING'],
    ]);
    const board = (await coordinator.ok(PROGRAMME, { id: programmeId })).programme;
    expect(board.rounds.map((r: { organisations: { id: string }[] }) => r.organisations.map((o) => o.id).sort())).toEqual(
      suggestion.rounds.map((r: { organisations: { id: string }[] }) => r.organisations.map((o) => o.id).sort()),
    );
    expect(board.applications.filter((a: { status: string }) => a.status === 'PLACED')).toHaveLength(10);

    // A person of one of the first round's municipalities, to hear that the round began.
    const passwordHash = await hash(PASSWORD, ARGON2_OPTIONS);
    const contactId: string = await withAdmin(async (c) => {
      const u = await c.query(`INSERT INTO app_user (email, name, password_hash) VALUES ('round-start@test.kijkje.nl', 'Ronde Start', $1) RETURNING id`, [
        passwordHash,
      ]);
      await c.query(`INSERT INTO membership (network_id, user_id, organisation_id, role) VALUES ($1, $2, $3, 'MEMBER')`, [
        world.a.id,
        u.rows[0].id,
        suggestion.rounds[0].organisations[0].id,
      ]);
      return u.rows[0].id;
    }, t.db.ownerUrl);

    for (const r of rounds) {
      const started = (await coordinator.ok(START, { input: { id: r.id, version: r.version } })).startRound;
      expect(started.status).toBe('PREPARING');
    }
    // Each round's start reaches exactly the active people of its municipalities.
    await withAdmin(async (c) => {
      for (const r of rounds) {
        const people = await c.query(
          `SELECT DISTINCT m.user_id AS id FROM round_member rm JOIN application a ON a.id = rm.application_id
             JOIN membership m ON m.network_id = rm.network_id AND m.organisation_id = a.organisation_id AND m.active
            WHERE rm.round_id = $1 ORDER BY 1`,
          [r.id],
        );
        const told = await c.query(`SELECT recipient_id AS id FROM notification WHERE kind = 'ROUND_STARTED' AND subject_id = $1 ORDER BY 1`, [r.id]);
        expect(told.rows).toEqual(people.rows);
      }
      const mine = await c.query(`SELECT subject_id FROM notification WHERE kind = 'ROUND_STARTED' AND recipient_id = $1`, [contactId]);
      expect(mine.rows).toEqual([{ subject_id: rounds[0].id }]);
    }, t.db.ownerUrl);
    const stale = await coordinator.gql(START, {
      input: { id: rounds[0].id, version: rounds[0].version },
    });
    expect(codeOf(stale)).toBe('CONFLICT');
    const startedAgain = await coordinator.gql(START, {
      input: { id: rounds[0].id, version: rounds[0].version + 1 },
    });
    expect(codeOf(startedAgain)).toBe('BAD_USER_INPUT');
  });

  it('refuses to start a round of three, flags a declared conflict live, and refuses to start it', async () => {
    const { programmeId, orgs } = await programmeWithApplicants(t, world, 'Handmatig', (i, o) => (i === 0 ? [o[1]] : []));
    const round = (
      await coordinator.ok(`mutation($input: CreateRoundInput!) { createRound(input: $input) { id version } }`, { input: { programmeId, name: 'Ronde A' } })
    ).createRound;
    const versionNow = async () => (await coordinator.ok(PROGRAMME, { id: programmeId })).programme.rounds[0].version;
    const apps = (await coordinator.ok(PROGRAMME, { id: programmeId })).programme.applications;
    const appOf = (org: string) => apps.find((a: { organisation: { id: string } }) => a.organisation.id === org).id;
    const place = (org: string, roundId: string | null) =>
      coordinator.gql(`mutation($input: PlaceApplicationInput!) { placeApplication(input: $input) { status } }`, {
        input: { applicationId: appOf(org), roundId },
      });
    for (const org of orgs.slice(2, 5)) expect(codeOf(await place(org, round.id))).toBe('OK');
    const tooFew = await coordinator.gql(START, {
      input: { id: round.id, version: await versionNow() },
    });
    expect(codeOf(tooFew)).toBe('BAD_USER_INPUT');
    expect(tooFew.errors![0].extensions.fields![0].messages.nl).toMatch(/4/);

    await place(orgs[0], round.id);
    await place(orgs[1], round.id);
    const flagged = (await coordinator.ok(PROGRAMME, { id: programmeId })).programme.rounds[0];
    // These municipalities also shared rounds in the previous programme: those earlier pairings are flagged too.
    const conflicts = flagged.flags.filter((f: { kind: string }) => f.kind === 'CONFLICT');
    expect(conflicts).toEqual([{ kind: 'CONFLICT', organisations: expect.arrayContaining([{ name: 'Gemeente GM0503' }, { name: 'Gemeente GM0772' }]) }]);
    expect(flagged.flags.some((f: { kind: string }) => f.kind === 'EARLIER_PAIRING')).toBe(true);
    const blocked = await coordinator.gql(START, {
      input: { id: round.id, version: flagged.version },
    });
    expect(codeOf(blocked)).toBe('BAD_USER_INPUT');

    // Taking one of the pair out resolves it; a waitlisted application cannot be placed.
    expect((await (await place(orgs[1], null)).data)!.placeApplication.status).toBe('ACCEPTED');
    expect(codeOf(await place(orgs[10], round.id))).toBe('BAD_USER_INPUT');
    // A round of another programme is a wrong choice the coordinator can see, not an unknown round.
    const elsewhere = (
      await coordinator.ok(`mutation($input: CreateRoundInput!) { createRound(input: $input) { id } }`, {
        input: { programmeId: world.a.programmeId, name: 'Elders' },
      })
    ).createRound;
    const wrong = await place(orgs[2], elsewhere.id);
    expect(codeOf(wrong)).toBe('BAD_USER_INPUT');
    expect(wrong.errors![0].extensions.fields![0]).toMatchObject({ field: 'roundId', messages: { nl: expect.stringMatching(/ander programma/) } });
    const ok = await coordinator.gql(`mutation($input: StartRoundInput!) { startRound(input: $input) { status organisations { id } } }`, {
      input: { id: round.id, version: await versionNow() },
    });
    expect(ok.data!.startRound.organisations).toHaveLength(4);
  });

  it('shows the composition flags to the coordinator only: a member of the round learns nothing of declared conflicts or earlier pairings', async () => {
    const { programmeId, orgs } = await programmeWithApplicants(t, world, 'Met een conflict', (i, o) => (i === 0 ? [o[1]] : []));
    const round = (
      await coordinator.ok(`mutation($input: CreateRoundInput!) { createRound(input: $input) { id } }`, { input: { programmeId, name: 'Ronde B' } })
    ).createRound;
    const apps = (await coordinator.ok(PROGRAMME, { id: programmeId })).programme.applications;
    for (const org of orgs.slice(0, 5)) {
      const applicationId = apps.find((a: { organisation: { id: string } }) => a.organisation.id === org).id;
      await coordinator.ok(`mutation($input: PlaceApplicationInput!) { placeApplication(input: $input) { status } }`, {
        input: { applicationId, roundId: round.id },
      });
    }
    const ROUND = `query($id: ID!) { round(id: $id) { organisations { id } flags { kind } } }`;
    const seen = (await coordinator.ok(ROUND, { id: round.id })).round;
    expect(seen.flags.map((f: { kind: string }) => f.kind)).toContain('CONFLICT');
    // A contact of a third municipality in the same round sees the round, but not who declared a conflict with whom.
    const contactOf = async (org: string, tag: string) => {
      const passwordHash = await hash(PASSWORD, ARGON2_OPTIONS);
      await withAdmin(async (c) => {
        const u = await c.query(`INSERT INTO app_user (email, name, password_hash) VALUES ($1, $2, $3) RETURNING id`, [
          `${tag}@test.kijkje.nl`,
          `Contact ${tag}`,
          passwordHash,
        ]);
        await c.query(`INSERT INTO membership (network_id, user_id, organisation_id, role) VALUES ($1, $2, $3, 'MEMBER')`, [world.a.id, u.rows[0].id, org]);
      }, t.db.ownerUrl);
      return signedIn(t, { id: '', email: `${tag}@test.kijkje.nl`, name: tag });
    };
    const member = await contactOf(orgs[2], 'flags-third');
    const asMember = await member.gql(ROUND, { id: round.id });
    expect(codeOf(asMember)).toBe('OK');
    expect(asMember.data!.round.organisations).toHaveLength(5);
    expect(asMember.data!.round.flags).toEqual([]);
    // Nor does one of the pair itself: the declaration is the applicant's and the coordinator's.
    const declared = await contactOf(orgs[1], 'flags-pair');
    expect((await declared.ok(ROUND, { id: round.id })).round.flags).toEqual([]);
  });

  it('takes a withdrawn or declined application out of its composing round, and refuses once the round has started', async () => {
    const { programmeId } = await programmeWithApplicants(t, world, 'Terugtrekken');
    const { fingerprint } = (await coordinator.ok(SUGGEST, { id: programmeId })).suggestedGrouping;
    const rounds = (await coordinator.ok(ACCEPT, { input: { programmeId, fingerprint } })).acceptSuggestedGrouping;
    const [first, second] = rounds;
    const board = async () => (await coordinator.ok(PROGRAMME, { id: programmeId })).programme;
    const appOf = async (org: string) => (await board()).applications.find((a: { organisation: { id: string } }) => a.organisation.id === org);
    const WITHDRAW = `mutation($id: ID!) { withdrawApplication(id: $id) { status } }`;

    // The contact of a municipality in a composing round withdraws: it leaves the round, the waitlisted one is promoted.
    const leaving = first.organisations[0];
    const contact = await signedIn(t, { id: '', name: '', email: `r-${leaving.cbsCode.toLowerCase()}@test.kijkje.nl` });
    expect((await contact.ok(WITHDRAW, { id: (await appOf(leaving.id)).id })).withdrawApplication.status).toBe('WITHDRAWN');
    const after = await board();
    const firstAfter = after.rounds.find((r: { id: string }) => r.id === first.id);
    expect(firstAfter.organisations.map((o: { id: string }) => o.id)).not.toContain(leaving.id);
    expect(firstAfter.organisations).toHaveLength(4);
    expect(after.applications.filter((a: { status: string }) => a.status === 'PLACED')).toHaveLength(9);
    expect(after.applications.filter((a: { status: string }) => a.status === 'ACCEPTED')).toHaveLength(1);
    // The coordinator declines another one of that round: it leaves too.
    const declined = first.organisations[1];
    await coordinator.ok(`mutation($id: ID!) { declineApplication(id: $id) { status } }`, { id: (await appOf(declined.id)).id });
    const firstNow = (await board()).rounds.find((r: { id: string }) => r.id === first.id);
    expect(firstNow.organisations.map((o: { id: string }) => o.id)).toEqual(expect.not.arrayContaining([leaving.id, declined.id]));
    expect(firstNow.organisations).toHaveLength(3);

    // Once a round has started, its municipalities host and review: withdrawing or declining is refused, and nothing changes.
    const current = (await board()).rounds.find((r: { id: string }) => r.id === second.id);
    await coordinator.ok(START, { input: { id: second.id, version: current.version } });
    const staying = second.organisations[0];
    const stayingContact = await signedIn(t, { id: '', name: '', email: `r-${staying.cbsCode.toLowerCase()}@test.kijkje.nl` });
    const refused = await stayingContact.gql(WITHDRAW, { id: (await appOf(staying.id)).id });
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0].extensions.fields![0].messages).toEqual({
      nl: expect.stringMatching(/al gestart/),
      en: expect.stringMatching(/already started/),
    });
    expect(codeOf(await coordinator.gql(`mutation($id: ID!) { declineApplication(id: $id) { status } }`, { id: (await appOf(staying.id)).id }))).toBe(
      'BAD_USER_INPUT',
    );
    const final = await board();
    expect((await appOf(staying.id)).status).toBe('PLACED');
    expect(final.rounds.find((r: { id: string }) => r.id === second.id).organisations).toHaveLength(5);
    expect(final.applications.filter((a: { status: string }) => a.status === 'ACCEPTED')).toHaveLength(1);
  });

  it('changes a round’s version with every placement, move and withdrawal, so a start from a stale screen is a CONFLICT', async () => {
    const { programmeId, orgs } = await programmeWithApplicants(t, world, 'Verouderd scherm');
    const create = async (name: string) =>
      (await coordinator.ok(`mutation($input: CreateRoundInput!) { createRound(input: $input) { id version } }`, { input: { programmeId, name } })).createRound;
    const a = await create('Ronde A');
    const b = await create('Ronde B');
    const apps = (await coordinator.ok(PROGRAMME, { id: programmeId })).programme.applications;
    const appOf = (org: string) => apps.find((x: { organisation: { id: string } }) => x.organisation.id === org).id;
    const place = (org: string, roundId: string | null) =>
      coordinator.ok(`mutation($input: PlaceApplicationInput!) { placeApplication(input: $input) { status } }`, {
        input: { applicationId: appOf(org), roundId },
      });
    const version = async (id: string) =>
      (await coordinator.ok(PROGRAMME, { id: programmeId })).programme.rounds.find((r: { id: string }) => r.id === id).version;

    for (const org of orgs.slice(2, 7)) await place(org, a.id);
    const seen = await version(a.id);
    expect(seen).toBe(a.version + 5);
    // Another screen moves one municipality to round B: both rounds change.
    const bBefore = await version(b.id);
    await place(orgs[2], b.id);
    expect(await version(a.id)).toBe(seen + 1);
    expect(await version(b.id)).toBe(bBefore + 1);
    // Starting round A from the screen that still shows five is refused with the current version, and nothing starts.
    const START = `mutation($input: StartRoundInput!) { startRound(input: $input) { status version } }`;
    const stale = await coordinator.gql(START, { input: { id: a.id, version: seen } });
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors![0].extensions['currentVersion']).toBe(seen + 1);
    expect((await coordinator.ok(PROGRAMME, { id: programmeId })).programme.rounds.find((r: { id: string }) => r.id === a.id).status).toBe('COMPOSING');

    // Taking one out and a withdrawal change it too.
    await place(orgs[3], null);
    expect(await version(a.id)).toBe(seen + 2);
    const leaving = await signedIn(t, { id: '', name: '', email: `r-${CODES[4].toLowerCase()}@test.kijkje.nl` });
    await leaving.ok(`mutation($id: ID!) { withdrawApplication(id: $id) { status } }`, { id: appOf(orgs[4]) });
    expect(await version(a.id)).toBe(seen + 3);
    await place(orgs[3], a.id);
    await place(orgs[7], a.id);
    const fresh = await version(a.id);
    expect((await coordinator.ok(START, { input: { id: a.id, version: fresh } })).startRound).toEqual({ status: 'PREPARING', version: fresh + 1 });
  });

  it('accepts only the suggestion the coordinator saw: a placement since then, or a second accept at once, is a CONFLICT and overwrites nothing', async () => {
    const { programmeId } = await programmeWithApplicants(t, world, 'Voorstel gezien');
    const first = (await coordinator.ok(SUGGEST, { id: programmeId })).suggestedGrouping;
    const rounds = (await coordinator.ok(ACCEPT, { input: { programmeId, fingerprint: first.fingerprint } })).acceptSuggestedGrouping;
    // Accepting the same suggestion twice (a double click, a second tab) is refused: the rounds it replaced are gone.
    expect(codeOf(await coordinator.gql(ACCEPT, { input: { programmeId, fingerprint: first.fingerprint } }))).toBe('CONFLICT');

    // A second tab shows the suggestion; meanwhile a colleague moves a municipality by hand.
    const seen = (await coordinator.ok(SUGGEST, { id: programmeId })).suggestedGrouping;
    expect(seen.fingerprint).not.toBe(first.fingerprint);
    const colleague = await signedIn(t, world.a.coordinator);
    const moved = rounds[0].organisations[0];
    const application = (await coordinator.ok(PROGRAMME, { id: programmeId })).programme.applications.find(
      (a: { organisation: { id: string } }) => a.organisation.id === moved.id,
    );
    await colleague.ok(`mutation($input: PlaceApplicationInput!) { placeApplication(input: $input) { status } }`, {
      input: { applicationId: application.id, roundId: rounds[1].id },
    });
    const composed = (await coordinator.ok(PROGRAMME, { id: programmeId })).programme.rounds;

    const stale = await coordinator.gql(ACCEPT, { input: { programmeId, fingerprint: seen.fingerprint } });
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors![0].message).toBeTruthy();
    expect((await coordinator.ok(PROGRAMME, { id: programmeId })).programme.rounds).toEqual(composed);

    // The current suggestion, accepted from two tabs at the same moment: one wins, the other is told.
    const current = (await coordinator.ok(SUGGEST, { id: programmeId })).suggestedGrouping;
    const both = await Promise.all([coordinator, colleague].map((c) => c.gql(ACCEPT, { input: { programmeId, fingerprint: current.fingerprint } })));
    expect(both.map(codeOf).sort()).toEqual(['CONFLICT', 'OK']);
    const after = (await coordinator.ok(PROGRAMME, { id: programmeId })).programme;
    expect(after.rounds).toHaveLength(current.rounds.length);
    expect(after.applications.filter((a: { status: string }) => a.status === 'PLACED')).toHaveLength(10);

    // A fingerprint that is not one is a field error in both languages.
    const bad = await coordinator.gql(ACCEPT, { input: { programmeId, fingerprint: 'nee' } });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].extensions.fields![0]).toMatchObject({
      field: 'fingerprint',
      messages: { nl: expect.stringMatching(/voorstel/), en: expect.stringMatching(/suggestion/) },
    });
  });

  it('flags organisations that were in a round together in an earlier programme', async () => {
    const { programmeId } = await programmeWithApplicants(t, world, 'Een later programma');
    const suggestion = (await coordinator.ok(SUGGEST, { id: programmeId })).suggestedGrouping;
    const placed = suggestion.rounds.flatMap((r: { organisations: unknown[] }) => r.organisations).length;
    expect(placed).toBe(10);
    // Ten organisations, of which five shared each earlier round: some earlier pairings cannot be avoided and are said so.
    const givenUp = suggestion.rounds.flatMap((r: { givenUp: { code: string }[] }) => r.givenUp.map((g) => g.code));
    expect(givenUp).toContain('EARLIER_PAIRING');
  });

  it('lets a member neither compose nor see a suggestion', async () => {
    const member = await signedIn(t, world.a.member);
    expect(codeOf(await member.gql(SUGGEST, { id: world.a.programmeId }))).toBe('FORBIDDEN');
    expect(
      codeOf(
        await member.gql(`mutation($input: CreateRoundInput!) { createRound(input: $input) { id } }`, {
          input: { programmeId: world.a.programmeId, name: 'X' },
        }),
      ),
    ).toBe('FORBIDDEN');
  });
});
