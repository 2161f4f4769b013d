import { hash } from '@node-rs/argon2';
import { ARGON2_OPTIONS } from '@kijkje/api/core';
import { withAdmin } from './support/database';
import { codeOf, type GqlClient } from './support/gql-client';
import { outbox } from './support/outbox';
import { startTestApp, type TestApp } from './support/test-app';
import fc from 'fast-check';
import { buildVisitWorld, type VisitWorld } from './support/visit-world';
import { buildWorld, PASSWORD, signedIn, type Person, type World } from './support/world';

const CREATE = `mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { id name status version themes places } }`;
const STATUS = `mutation($input: ChangeProgrammeStatusInput!) { changeProgrammeStatus(input: $input) { id status version } }`;
const APPLY = `mutation($input: ApplyInput!) { applyForProgramme(input: $input) { id status waitlistPosition organisation { name } } }`;
const PROGRAMME_FIELDS = `id name description status version themes places signUpOpensAt signUpClosesAt defaultSharing placesTaken
  framework { theme questions { key nl en hint { nl en } } }`;
const CREATE_FULL = `mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { ${PROGRAMME_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateProgrammeInput!) { updateProgramme(input: $input) { ${PROGRAMME_FIELDS} } }`;
const READ = `query($id: ID!) { programme(id: $id) { ${PROGRAMME_FIELDS} } }`;
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
      await c.query(`INSERT INTO membership (network_id, user_id, organisation_id, role) VALUES ($1, $2, $3, 'MEMBER')`, [
        world.a.id,
        user.rows[0].id,
        org.rows[0].id,
      ]);
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
    expect(draft).toMatchObject({
      status: 'DRAFT',
      version: 1,
      places: 10,
      themes: ['Wmo', 'Jeugd', 'Participatie', 'Informatievoorziening', 'Financiële beheersbaarheid'],
    });
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
    const eleventh = (await clients[10].ok(`query($id: ID!) { programme(id: $id) { applications { id status waitlistPosition } } }`, { id: programme.id }))
      .programme;
    expect(eleventh.applications).toEqual([{ id: expect.any(String), status: 'WAITLISTED', waitlistPosition: 1 }]);
    expect(codeOf(await clients[0].gql(APPLY, { input: applyInput(programme.id) }))).toBe('BAD_USER_INPUT');

    const board = (
      await coordinator.ok(`query($id: ID!) { programme(id: $id) { placesTaken waitlistLength applications { id status organisation { name } } } }`, {
        id: programme.id,
      })
    ).programme;
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
    expect(
      (await coordinator.ok(`mutation($id: ID!) { declineApplication(id: $id) { status } }`, { id: board.applications[1].id })).declineApplication.status,
    ).toBe('DECLINED');
  });

  it('refuses applications outside the window and for themes the programme does not have', async () => {
    const p = (
      await coordinator.ok(CREATE, {
        input: {
          name: 'Gesloten venster',
          places: 5,
          defaultSharing: 'NETWORK',
          signUpOpensAt: new Date(Date.now() + 86400_000).toISOString(),
          signUpClosesAt: new Date(Date.now() + 2 * 86400_000).toISOString(),
        },
      })
    ).createProgramme;
    await coordinator.ok(STATUS, { input: { id: p.id, status: 'OPEN', version: 1 } });
    const member = await signedIn(t, world.a.member);
    const early = await member.gql(APPLY, { input: applyInput(p.id) });
    expect(codeOf(early)).toBe('BAD_USER_INPUT');
    const open = await openProgramme(coordinator, 'Thema’s', 5);
    const wrongTheme = await member.gql(APPLY, { input: applyInput(open.id, { themes: ['Onbekend thema'] }) });
    expect(wrongTheme.errors![0].extensions.fields![0].field).toBe('themes');
    expect(
      codeOf(await member.gql(APPLY, { input: applyInput(open.id, { conflicts: [{ organisationId: world.b.organisations[0].id, description: 'Elders' }] }) })),
    ).toBe('BAD_USER_INPUT');
    const ok = await member.ok(APPLY, {
      input: applyInput(open.id, { conflicts: [{ organisationId: world.a.organisations[1].id, description: 'Gedeelde regeling' }] }),
    });
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
          await c.query(
            `INSERT INTO application (network_id, programme_id, organisation_id, review_question, themes, consent, status) VALUES ($1, $2, $3, 'Vraag', '[]', 'ROUND', 'ACCEPTED')`,
            [world.a.id, programme.id, org],
          );
        }
        const extra = await c.query(`INSERT INTO organisation (network_id, name, kind) VALUES ($1, $2, 'PARTNERSHIP') RETURNING id`, [
          world.a.id,
          `Regio ${i}`,
        ]);
        await c.query(
          `INSERT INTO application (network_id, programme_id, organisation_id, review_question, themes, consent, status) VALUES ($1, $2, $3, 'Vraag', '[]', 'ROUND', 'ACCEPTED')`,
          [world.a.id, programme.id, extra.rows[0].id],
        );
      }, t.db.ownerUrl);
      const results = await Promise.all(racers.map((r) => r.ok(APPLY, { input: applyInput(programme.id) })));
      const statuses = results.map((r) => r.applyForProgramme.status).sort();
      expect(statuses).toEqual(['ACCEPTED', 'WAITLISTED']);
    }
  }, 120_000);

  describe('editing a programme', () => {
    let v: VisitWorld;
    beforeAll(async () => {
      v = await buildVisitWorld(t, world, 'edit');
    });

    /** The visit world's programme, opened, at its current version. */
    const openVisitProgramme = async (): Promise<number> =>
      (
        await withAdmin(
          (c) =>
            c.query(
              `UPDATE programme SET status = 'OPEN', sign_up_opens_at = now() - interval '1 day', sign_up_closes_at = now() + interval '1 day' WHERE id = $1 RETURNING version`,
              [v.programmeId],
            ),
          t.db.ownerUrl,
        )
      ).rows[0].version;

    const keysOf = (p: any) => p.framework.map((s: any) => [s.theme, ...s.questions.map((q: any) => q.key)]);
    const sectionsOf = (p: any) =>
      p.framework.map((s: any) => ({
        theme: s.theme,
        questions: s.questions.map((q: any) => ({ key: q.key, nl: q.nl, en: q.en, hintNl: q.hint.nl, hintEn: q.hint.en })),
      }));

    /** Applications written directly, for organisations made up for the purpose. */
    async function applications(programmeId: string, rows: { themes: string[]; status: string }[]): Promise<string[]> {
      return withAdmin(async (c) => {
        const ids: string[] = [];
        for (const [i, row] of rows.entries()) {
          const org = await c.query(`INSERT INTO organisation (network_id, name, kind) VALUES ($1, $2, 'PARTNERSHIP') RETURNING id`, [
            world.a.id,
            `Regio ${Math.random().toString(36).slice(2)}`,
          ]);
          // A second apart: the waitlist orders by submission, and rows written within one
          // millisecond would be a tie broken by their (random) ids.
          const a = await c.query(
            `INSERT INTO application (network_id, programme_id, organisation_id, review_question, themes, consent, status, submitted_at)
             VALUES ($1, $2, $3, 'Vraag', $4, 'ROUND', $5, now() - make_interval(secs => $6)) RETURNING id`,
            [world.a.id, programmeId, org.rows[0].id, JSON.stringify(row.themes), row.status, rows.length - i],
          );
          ids.push(a.rows[0].id);
        }
        return ids;
      }, t.db.ownerUrl);
    }

    it('creates a programme with an own theme, one default left out, and an edited framework', async () => {
      const created = (
        await coordinator.ok(CREATE_FULL, {
          input: {
            name: 'Eigen kader',
            places: 10,
            defaultSharing: 'NETWORK',
            themes: [' Wmo ', 'Jeugd', 'Wonen en zorg'],
            framework: [
              {
                theme: null,
                questions: [
                  { key: 'FOTO_VAN_NU', nl: 'Waar staat u nu?', en: 'Where do you stand?' },
                  { nl: 'Wat wilt u de reviewers meegeven?', en: 'What should the reviewers know?', hintNl: 'Kort' },
                ],
              },
            ],
          },
        })
      ).createProgramme;
      expect(created.themes).toEqual(['Wmo', 'Jeugd', 'Wonen en zorg']);
      expect(keysOf(created)).toEqual([
        [null, 'FOTO_VAN_NU', 'CUSTOM_1'],
        ['Wmo', 'WHAT_GOES_WELL', 'WHAT_WORRIES_YOU', 'OWN_RESPONSIBILITY'],
        ['Jeugd', 'WHAT_GOES_WELL', 'WHAT_WORRIES_YOU', 'OWN_RESPONSIBILITY'],
        ['Wonen en zorg', 'WHAT_GOES_WELL', 'WHAT_WORRIES_YOU', 'OWN_RESPONSIBILITY'],
      ]);
      expect(created.framework[0].questions[1]).toEqual({
        key: 'CUSTOM_1',
        nl: 'Wat wilt u de reviewers meegeven?',
        en: 'What should the reviewers know?',
        hint: { nl: 'Kort', en: '' },
      });
    });

    it('refuses a framework or themes that break the rules, with a bilingual message on each field', async () => {
      const res = await coordinator.gql(CREATE_FULL, {
        input: {
          name: 'Fout kader',
          places: 10,
          defaultSharing: 'NETWORK',
          themes: ['Wmo', 'Jeugd'],
          framework: [
            { theme: null, questions: [] },
            { theme: 'Jeugd', questions: [{ nl: 'Goed', en: 'Good' }] },
            { theme: 'Wmo', questions: [{ nl: '  ', en: 'Empty' }] },
          ],
        },
      });
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions.fields).toEqual([
        {
          field: 'framework.0.questions',
          messages: { nl: 'Het algemene deel houdt minstens één vraag.', en: 'The general part keeps at least one question.' },
        },
        { field: 'framework.2.questions.0.nl', messages: { nl: 'Vul de vraag in.', en: 'Enter the question.' } },
      ]);
      const themes = await coordinator.gql(CREATE_FULL, { input: { name: 'Fout thema', places: 10, defaultSharing: 'NETWORK', themes: ['Wmo', 'wmo'] } });
      expect(themes.errors![0].extensions.fields).toEqual([
        { field: 'themes.1', messages: { nl: 'Elk thema mag maar één keer voorkomen.', en: 'Each theme may appear only once.' } },
      ]);
      const tooLong = await coordinator.gql(CREATE_FULL, {
        input: { name: 'Te lang', places: 10, defaultSharing: 'NETWORK', framework: [{ theme: 'Wmo', questions: [{ nl: 'x'.repeat(301), en: 'E' }] }] },
      });
      expect(tooLong.errors![0].extensions.fields![0].field).toBe('framework.0.questions.0.nl');
      expect(
        (await withAdmin((c) => c.query(`SELECT count(*)::int AS n FROM programme WHERE name LIKE 'Fout%' OR name = 'Te lang'`), t.db.ownerUrl)).rows[0].n,
      ).toBe(0);
    });

    it('edits themes, questions and facts at the current version, in one audited step, and refuses the stale version', async () => {
      const p = (
        await coordinator.ok(CREATE_FULL, { input: { name: 'Bewerken', places: 10, defaultSharing: 'NETWORK', themes: ['Wmo', 'Jeugd', 'Participatie'] } })
      ).createProgramme;
      const sections = sectionsOf(p);
      sections[0].questions[1] = { ...sections[0].questions[1], nl: 'Stip aan de horizon: waar wilt u heen?', hintEn: 'Where to?' };
      const wmo = sections.find((s: any) => s.theme === 'Wmo');
      wmo.questions.push({ nl: 'Hoe werkt u samen met de huisartsen?', en: 'How do you work with GPs?' });
      const edited = (
        await coordinator.ok(UPDATE, {
          input: {
            id: p.id,
            version: 1,
            name: 'Bewerkt programma',
            description: 'Met eigen vragen',
            themes: ['Wmo', 'Schulden', 'Jeugd'],
            framework: sections.filter((s: any) => s.theme !== 'Participatie'),
            places: 15,
            signUpOpensAt: '2026-03-01T00:00:00.000Z',
            signUpClosesAt: '2026-04-01T00:00:00.000Z',
            defaultSharing: 'PUBLIC',
          },
        })
      ).updateProgramme;
      expect(edited).toMatchObject({
        name: 'Bewerkt programma',
        description: 'Met eigen vragen',
        version: 2,
        themes: ['Wmo', 'Schulden', 'Jeugd'],
        places: 15,
        defaultSharing: 'PUBLIC',
        signUpOpensAt: '2026-03-01T00:00:00.000Z',
      });
      expect(keysOf(edited)).toEqual([
        [null, 'FOTO_VAN_NU', 'STIP_AAN_DE_HORIZON'],
        ['Wmo', 'WHAT_GOES_WELL', 'WHAT_WORRIES_YOU', 'OWN_RESPONSIBILITY', 'CUSTOM_1'],
        ['Schulden', 'WHAT_GOES_WELL', 'WHAT_WORRIES_YOU', 'OWN_RESPONSIBILITY'],
        ['Jeugd', 'WHAT_GOES_WELL', 'WHAT_WORRIES_YOU', 'OWN_RESPONSIBILITY'],
      ]);
      expect(edited.framework[0].questions[1]).toMatchObject({ nl: 'Stip aan de horizon: waar wilt u heen?', hint: { en: 'Where to?' } });
      expect((await coordinator.ok(READ, { id: p.id })).programme).toEqual(edited);

      const { rows } = await withAdmin(
        (c) => c.query(`SELECT data FROM audit_event WHERE action = 'programme.updated' AND target_id = $1`, [p.id]),
        t.db.ownerUrl,
      );
      expect(rows).toEqual([
        {
          data: {
            changed: ['name', 'description', 'themes', 'framework', 'places', 'signUpOpensAt', 'signUpClosesAt', 'defaultSharing'],
            removedThemes: ['Participatie'],
          },
        },
      ]);

      const stale = await coordinator.gql(UPDATE, { input: { id: p.id, version: 1, name: 'Te laat' } });
      expect(codeOf(stale)).toBe('CONFLICT');
      expect(stale.errors![0].extensions['currentVersion']).toBe(2);
      expect((await coordinator.ok(READ, { id: p.id })).programme.name).toBe('Bewerkt programma');

      // Sending everything back unchanged changes nothing, not even the version.
      const same = (
        await coordinator.ok(UPDATE, { input: { id: p.id, version: 2, name: edited.name, themes: edited.themes, framework: sectionsOf(edited), places: 15 } })
      ).updateProgramme;
      expect(same.version).toBe(2);
      // A removed custom question's key is not given to the next new question.
      const withoutCustom = sectionsOf(same).map((s: any) => (s.theme === 'Wmo' ? { ...s, questions: s.questions.slice(0, 3) } : s));
      const next = (await coordinator.ok(UPDATE, { input: { id: p.id, version: 2, framework: withoutCustom } })).updateProgramme;
      const readded = sectionsOf(next).map((s: any) =>
        s.theme === 'Wmo' ? { ...s, questions: [...s.questions, { nl: 'Nieuwe vraag', en: 'New question' }] } : s,
      );
      const last = (await coordinator.ok(UPDATE, { input: { id: p.id, version: 3, framework: readded } })).updateProgramme;
      expect(keysOf(last)[1]).toEqual(['Wmo', 'WHAT_GOES_WELL', 'WHAT_WORRIES_YOU', 'OWN_RESPONSIBILITY', 'CUSTOM_2']);
    });

    it('lets exactly one of two coordinators editing the same version win', async () => {
      // A second session of a coordinator: another tab, or a colleague.
      const other = await signedIn(t, world.a.coordinator);
      for (let i = 0; i < 10; i++) {
        const p = (await coordinator.ok(CREATE, { input: { name: `Tegelijk ${i}`, places: 10, defaultSharing: 'NETWORK' } })).createProgramme;
        const results = await Promise.all([
          coordinator.gql(UPDATE, { input: { id: p.id, version: 1, name: `Tegelijk ${i} A` } }),
          other.gql(UPDATE, { input: { id: p.id, version: 1, name: `Tegelijk ${i} B` } }),
        ]);
        expect(results.map(codeOf).sort()).toEqual(['CONFLICT', 'OK']);
        const winner = results.find((r) => codeOf(r) === 'OK')!.data!.updateProgramme.name;
        expect((await coordinator.ok(READ, { id: p.id })).programme).toMatchObject({ name: winner, version: 2 });
      }
    });

    it('is for coordinators: a member is refused, another network sees nothing', async () => {
      const member = await signedIn(t, world.a.member);
      expect(codeOf(await member.gql(UPDATE, { input: { id: world.a.programmeId, version: 1, name: 'Van het lid' } }))).toBe('FORBIDDEN');
      const outsider = await signedIn(t, world.b.coordinator);
      expect(codeOf(await outsider.gql(UPDATE, { input: { id: world.a.programmeId, version: 1, name: 'Van buiten' } }))).toBe('NOT_FOUND');
      expect((await coordinator.ok(READ, { id: world.a.programmeId })).programme).toMatchObject({ name: 'Programma a', version: 1 });
    });

    it('refuses fewer places than one round needs when the programme is created or edited, not only when it opens', async () => {
      const tooFew = { nl: expect.stringMatching(/minstens 4 plaatsen/), en: expect.stringMatching(/At least 4 places/) };
      const created = await coordinator.gql(CREATE, { input: { name: 'Drie plaatsen', places: 3, defaultSharing: 'NETWORK' } });
      expect(codeOf(created)).toBe('BAD_USER_INPUT');
      expect(created.errors![0].extensions.fields).toEqual([{ field: 'places', messages: tooFew }]);
      const { rows } = await withAdmin((c) => c.query(`SELECT 1 FROM programme WHERE name = 'Drie plaatsen'`), t.db.ownerUrl);
      expect(rows).toHaveLength(0);

      const draft = (await coordinator.ok(CREATE, { input: { name: 'Vier plaatsen', places: 4, defaultSharing: 'NETWORK' } })).createProgramme;
      const edited = await coordinator.gql(UPDATE, { input: { id: draft.id, version: draft.version, places: 2 } });
      expect(codeOf(edited)).toBe('BAD_USER_INPUT');
      expect(edited.errors![0].extensions.fields).toEqual([{ field: 'places', messages: tooFew }]);
      expect((await coordinator.ok(READ, { id: draft.id })).programme).toMatchObject({ places: 4, version: draft.version });
    });

    it('keeps places at or above those taken, and moves the waitlist up when places are added', async () => {
      const p = await openProgramme(coordinator, 'Plaatsen', 5);
      const [, , , , , waitlisted] = await applications(p.id, [
        ...Array.from({ length: 5 }, () => ({ themes: ['Wmo'], status: 'ACCEPTED' })),
        { themes: ['Wmo'], status: 'WAITLISTED' },
        { themes: ['Wmo'], status: 'WAITLISTED' },
      ]);
      const below = await coordinator.gql(UPDATE, { input: { id: p.id, version: p.version, places: 4, name: 'Minder plaatsen' } });
      expect(below.errors![0].extensions.fields).toEqual([
        {
          field: 'places',
          messages: {
            nl: 'Er zijn al 5 plaatsen bezet; het aantal plaatsen kan niet lager dan 5.',
            en: '5 places are already taken; the number of places cannot go below 5.',
          },
        },
      ]);
      expect((await coordinator.ok(READ, { id: p.id })).programme).toMatchObject({ name: 'Plaatsen', places: 5, version: p.version });

      const more = (await coordinator.ok(UPDATE, { input: { id: p.id, version: p.version, places: 6 } })).updateProgramme;
      expect(more).toMatchObject({ places: 6, placesTaken: 6 });
      const { rows } = await withAdmin(
        (c) => c.query(`SELECT id, status FROM application WHERE programme_id = $1 AND status = 'WAITLISTED'`, [p.id]),
        t.db.ownerUrl,
      );
      expect(rows).toHaveLength(1);
      expect(rows[0].id).not.toBe(waitlisted);
    });

    it('refuses to remove a theme applications use once open, and says which and by how many', async () => {
      const p = await openProgramme(coordinator, 'Thema in gebruik', 10);
      await applications(p.id, [
        { themes: ['Wmo', 'Jeugd'], status: 'ACCEPTED' },
        { themes: ['Wmo'], status: 'WAITLISTED' },
        { themes: ['Participatie'], status: 'WITHDRAWN' },
      ]);
      const res = await coordinator.gql(UPDATE, {
        input: { id: p.id, version: p.version, themes: ['Jeugd', 'Informatievoorziening'], name: 'Niet doorgevoerd' },
      });
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions.fields).toEqual([
        {
          field: 'themes',
          messages: {
            nl: 'Het thema "Wmo" kan niet worden verwijderd: het wordt al gebruikt in 2 aanmeldingen.',
            en: 'The theme "Wmo" cannot be removed: it is already used in 2 applications.',
          },
        },
      ]);
      expect((await coordinator.ok(READ, { id: p.id })).programme).toMatchObject({ name: 'Thema in gebruik', version: p.version });
      // Themes nobody uses (a withdrawn application does not count) can go; a new one can come.
      const ok = (await coordinator.ok(UPDATE, { input: { id: p.id, version: p.version, themes: ['Wmo', 'Jeugd', 'Wonen'] } })).updateProgramme;
      expect(ok.themes).toEqual(['Wmo', 'Jeugd', 'Wonen']);
      // An open programme stays ready to be open.
      const noWindow = await coordinator.gql(UPDATE, { input: { id: p.id, version: ok.version, signUpOpensAt: null, places: 3 } });
      expect(noWindow.errors![0].extensions.fields!.map((f) => f.field)).toEqual(['signUpOpensAt', 'places']);
    });

    it('answers any shape of themes and framework with OK or field errors, never a 5xx or a half-stored edit (fast-check)', async () => {
      const p = (await coordinator.ok(CREATE_FULL, { input: { name: 'Willekeurig', places: 10, defaultSharing: 'NETWORK' } })).createProgramme;
      const text = fc.oneof(
        { weight: 4, arbitrary: fc.string({ maxLength: 30 }) },
        { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
        { weight: 1, arbitrary: fc.constantFrom('', '   ', 'x'.repeat(400), 'nul\u0000', 'Wmo', 'Jeugd', "' OR 1=1 --") },
      );
      const question = fc.record(
        {
          key: fc.constantFrom('FOTO_VAN_NU', 'STIP_AAN_DE_HORIZON', 'WHAT_GOES_WELL', 'CUSTOM_1', '', 'x'.repeat(50), 'theme:Wmo:X'),
          nl: text,
          en: text,
          hintNl: text,
          hintEn: text,
        },
        { requiredKeys: ['nl', 'en'] },
      );
      const section = fc.record({
        theme: fc.option(fc.constantFrom('Wmo', 'Jeugd', 'wmo', 'Onbekend', ''), { nil: null }),
        questions: fc.array(question, { maxLength: 4 }),
      });
      const edit = fc.record({ themes: fc.array(text, { maxLength: 4 }), framework: fc.array(section, { maxLength: 3 }) }, { requiredKeys: [] });
      let version = 1;
      await fc.assert(
        fc.asyncProperty(edit, async (input) => {
          const before = (await coordinator.ok(READ, { id: p.id })).programme;
          const res = await coordinator.gql(UPDATE, { input: { id: p.id, version, ...input } });
          expect(res.status).toBeLessThan(500);
          expect(['OK', 'BAD_USER_INPUT']).toContain(codeOf(res));
          if (codeOf(res) === 'BAD_USER_INPUT') {
            for (const f of res.errors![0].extensions.fields ?? []) expect(f.messages.nl && f.messages.en).toBeTruthy();
            expect((await coordinator.ok(READ, { id: p.id })).programme).toEqual(before);
            return;
          }
          const after = res.data!.updateProgramme;
          version = after.version;
          expect(after.framework.map((s: any) => s.theme)).toEqual([null, ...after.themes]);
          for (const s of after.framework) expect(new Set(s.questions.map((q: any) => q.key)).size).toBe(s.questions.length);
          expect(after.framework[0].questions.length).toBeGreaterThan(0);
        }),
        { numRuns: 40 },
      );
    });

    it('keeps a host’s answer to a question removed later, out of the way of the next save and of new questions', async () => {
      const version = await openVisitProgramme();
      await withAdmin((c) => c.query(`UPDATE visit SET status = 'PLANNED', answers = '{}' WHERE id = $1`, [v.visitId]), t.db.ownerUrl);
      const host = await signedIn(t, v.people.hostContact);
      const SAVE = `mutation($input: SaveSelfAssessmentInput!) { saveSelfAssessment(input: $input) { version selfAssessment { answers { key text } } } }`;
      const visitVersion = async () => (await withAdmin((c) => c.query(`SELECT version FROM visit WHERE id = $1`, [v.visitId]), t.db.ownerUrl)).rows[0].version;
      const answers = [
        { key: 'general:FOTO_VAN_NU', text: 'Wij staan hier.' },
        { key: 'theme:Wmo:WHAT_WORRIES_YOU', text: 'De wachtlijsten.' },
      ];
      await host.ok(SAVE, { input: { visitId: v.visitId, version: await visitVersion(), answers } });

      // The coordinator drops the question the host has answered and adds one of their own.
      const current = (await coordinator.ok(READ, { id: v.programmeId })).programme;
      const sections = sectionsOf(current).map((s: any) =>
        s.theme === 'Wmo'
          ? {
              ...s,
              questions: [
                ...s.questions.filter((q: any) => q.key !== 'WHAT_WORRIES_YOU'),
                { nl: 'Hoe lang wacht een inwoner?', en: 'How long does a resident wait?' },
              ],
            }
          : s,
      );
      const edited = (await coordinator.ok(UPDATE, { input: { id: v.programmeId, version, framework: sections } })).updateProgramme;
      expect(keysOf(edited)[1]).toEqual(['Wmo', 'WHAT_GOES_WELL', 'OWN_RESPONSIBILITY', 'CUSTOM_1']);

      // A tab that still sends the old answer back saves; the old answer stays stored, the new one is added.
      await host.ok(SAVE, {
        input: { visitId: v.visitId, version: await visitVersion(), answers: [...answers, { key: 'theme:Wmo:CUSTOM_1', text: 'Zes weken.' }] },
      });
      const { rows } = await withAdmin((c) => c.query(`SELECT answers FROM visit WHERE id = $1`, [v.visitId]), t.db.ownerUrl);
      expect(rows[0].answers).toEqual({
        'general:FOTO_VAN_NU': 'Wij staan hier.',
        'theme:Wmo:WHAT_WORRIES_YOU': 'De wachtlijsten.',
        'theme:Wmo:CUSTOM_1': 'Zes weken.',
      });
      // A key the framework never had is still refused.
      const unknown = await host.gql(SAVE, {
        input: { visitId: v.visitId, version: await visitVersion(), answers: [{ key: 'theme:Wmo:CUSTOM_9', text: 'x' }] },
      });
      expect(unknown.errors![0].extensions.fields![0].field).toBe('answers.theme:Wmo:CUSTOM_9');
    });

    it('counts findings and self-assessments that use a theme, and only name and description change once running', async () => {
      const version = await openVisitProgramme();
      await withAdmin((c) => c.query(`UPDATE visit SET answers = '{"theme:Jeugd:WHAT_GOES_WELL": "Veel"}' WHERE id = $1`, [v.visitId]), t.db.ownerUrl);
      const res = await coordinator.gql(UPDATE, { input: { id: v.programmeId, version, themes: ['Participatie'] } });
      expect(res.errors![0].extensions.fields!.map((f) => f.messages.nl)).toEqual([
        // Five findings are past their draft; the draft is not counted.
        'Het thema "Wmo" kan niet worden verwijderd: het wordt al gebruikt in 4 aanmeldingen en 5 bevindingen.',
        'Het thema "Jeugd" kan niet worden verwijderd: het wordt al gebruikt in 1 zelfanalyse.',
      ]);

      await withAdmin((c) => c.query(`UPDATE programme SET status = 'RUNNING' WHERE id = $1`, [v.programmeId]), t.db.ownerUrl);
      const current = (await coordinator.ok(READ, { id: v.programmeId })).programme;
      const locked = await coordinator.gql(UPDATE, {
        input: {
          id: v.programmeId,
          version,
          themes: ['Wmo', 'Jeugd', 'Wonen'],
          places: 12,
          framework: [{ theme: null, questions: [{ nl: 'Alleen dit', en: 'Only this' }] }],
        },
      });
      expect(locked.errors![0].extensions.fields!.map((f) => f.field)).toEqual(['themes', 'framework', 'places']);
      expect(locked.errors![0].extensions.fields![0].messages.nl).toMatch(/Alleen de naam en de beschrijving/);
      // The whole form sent back with only a new name and description is fine.
      const renamed = (
        await coordinator.ok(UPDATE, {
          input: {
            id: v.programmeId,
            version,
            name: 'Lopend, hernoemd',
            description: 'Nu met beschrijving',
            themes: current.themes,
            framework: sectionsOf(current),
            places: current.places,
            defaultSharing: current.defaultSharing,
          },
        })
      ).updateProgramme;
      expect(renamed).toMatchObject({ name: 'Lopend, hernoemd', description: 'Nu met beschrijving', version: version + 1, themes: ['Wmo', 'Jeugd'] });
    });
  });
});
