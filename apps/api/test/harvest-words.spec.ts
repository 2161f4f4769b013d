import { randomUUID } from 'node:crypto';
import { withAdmin } from './support/database';
import { codeOf, type GqlClient } from './support/gql-client';
import { buildHarvestWorld, type HarvestWorld } from './support/harvest-world';
import { startTestApp, type TestApp } from './support/test-app';
import { buildWorld, signedIn, type World } from './support/world';

const CREATE = `mutation($input: CreateHarvestInput!) { createHarvest(input: $input) { id version } }`;
const ADD = `mutation($input: AddQuoteInput!) { addHarvestQuote(input: $input) { version quotes { findingId text } } }`;
const QUOTE_FIELDS = `quotes { findingId text remainingNames kept flags { text key reason start end before after } } problems { nl en }`;
const EDIT = `mutation($input: UpdateQuoteInput!) { updateHarvestQuote(input: $input) { version ${QUOTE_FIELDS} } }`;
const DECIDE = `mutation($input: DecideHarvestWordInput!) { decideHarvestWord(input: $input) { version ${QUOTE_FIELDS} } }`;
const PUBLISH = `mutation($input: HarvestStepInput!) { publishHarvest(input: $input) { number quotes { text } } }`;

/**
 * SEC-15 through the real endpoint: names outside the network are caught, words that may be names
 * are flagged, and publishing waits until the coordinator has replaced or kept each (audited).
 */
describe('harvests: words that may be names, whoever is in the network', () => {
  let t: TestApp;
  let world: World;
  let w: HarvestWorld;
  let coordinator: GqlClient;

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
    w = await buildHarvestWorld(t, world);
    coordinator = await signedIn(t, world.a.coordinator);
  });
  afterAll(() => t.close());

  async function harvestWithQuote(text: string): Promise<{ id: string; version: number; findingId: string; edited: any }> {
    const { createHarvest } = await coordinator.ok(CREATE, {
      input: { programmeId: w.programmeId, title: `Woorden ${randomUUID().slice(0, 8)}`, visibility: 'PUBLIC' },
    });
    const findingId = w.findings.utrechtWachtlijst;
    const version = (await coordinator.ok(ADD, { input: { harvestId: createHarvest.id, version: createHarvest.version, findingId } })).addHarvestQuote.version;
    const edited = (await coordinator.ok(EDIT, { input: { harvestId: createHarvest.id, version, findingId, text } })).updateHarvestQuote;
    return { id: createHarvest.id, version: edited.version, findingId, edited };
  }

  it('catches a municipality outside the network and a person who is no user, and blocks publishing until they are gone', async () => {
    const h = await harvestWithQuote('Volgens wethouder Bakker werkt het in Lisse en in Zevenhuizen-Moerkapelle.');
    const { edited } = h;
    expect(edited.quotes[0].remainingNames).toEqual(['Bakker', 'Lisse', 'Zevenhuizen-Moerkapelle']);
    const blocked = await coordinator.gql(PUBLISH, { input: { id: h.id, version: edited.version } });
    expect(codeOf(blocked)).toBe('BAD_USER_INPUT');
    expect(blocked.errors![0].extensions.fields!.map((f) => f.messages.nl).join(' ')).toMatch(/‘Bakker’, ‘Lisse’, ‘Zevenhuizen-Moerkapelle’/);
  });

  it('knows the people the network’s data names without being users: invitees and conversation partners on an agenda', async () => {
    await withAdmin(async (c) => {
      await c.query(`UPDATE invitation SET name = 'Henriëtte Zwanenburg' WHERE id = $1`, [world.a.invitationId]);
      await c.query(`UPDATE visit SET agenda = $2 WHERE id = $1`, [
        w.visits.Utrecht,
        JSON.stringify([
          { startTime: '09:00', endTime: '10:00', topic: 'Toegang', partners: ['wethouder Gerrit Hoogerwerf', 'wijkteam Noord', 'ketenpartners'] },
        ]),
      ]);
    }, t.db.ownerUrl);
    const h = await harvestWithQuote('Henriëtte sprak met Hoogerwerf. Het wijkteam en de ketenpartners waren er.');
    expect(h.edited.quotes[0].remainingNames).toEqual(['Henriëtte', 'Hoogerwerf']);
    expect(h.edited.quotes[0].flags).toEqual([]);
  });

  it('flags an unknown name in context, refuses to publish while it is undecided (in Dutch and English), and publishes once it is kept; keeping is audited', async () => {
    const h = await harvestWithQuote('Het wijkteam werkt goed samen, zei Pietersen tegen ons.');
    const before = h.edited;
    expect(before.quotes[0].flags).toEqual([
      { text: 'Pietersen', key: 'pietersen', reason: 'UNKNOWN_NAME', start: 35, end: 44, before: 'Het wijkteam werkt goed samen, zei ', after: ' tegen ons.' },
    ]);
    expect(before.problems).toEqual([
      {
        nl: 'Citaat 1 bevat woorden die een naam kunnen zijn: ‘Pietersen’. Kies per woord ‘vervangen’ of ‘behouden’.',
        en: 'Quote 1 contains words that may be names: ‘Pietersen’. Choose ‘replace’ or ‘keep’ for each word.',
      },
    ]);

    const blocked = await coordinator.gql(PUBLISH, { input: { id: h.id, version: before.version } });
    expect(codeOf(blocked)).toBe('BAD_USER_INPUT');
    expect(blocked.errors![0].extensions.fields![0].messages.nl).toMatch(/‘Pietersen’/);
    expect(blocked.errors![0].extensions.fields![0].messages.en).toMatch(/‘Pietersen’/);

    // A stale version is refused and changes nothing.
    const stale = await coordinator.gql(DECIDE, {
      input: { harvestId: h.id, version: before.version - 1, findingId: h.findingId, word: 'Pietersen', decision: 'KEEP' },
    });
    expect(codeOf(stale)).toBe('CONFLICT');

    const kept = (
      await coordinator.ok(DECIDE, { input: { harvestId: h.id, version: before.version, findingId: h.findingId, word: 'Pietersen', decision: 'KEEP' } })
    ).decideHarvestWord;
    expect(kept.quotes[0]).toMatchObject({ text: 'Het wijkteam werkt goed samen, zei Pietersen tegen ons.', flags: [], kept: ['pietersen'] });
    expect(kept.problems).toEqual([]);
    const audit = await withAdmin(
      (c) => c.query(`SELECT action, actor_user_id AS actor, data FROM audit_event WHERE target_id = $1 AND action LIKE 'harvest.word%'`, [h.id]),
      t.db.ownerUrl,
    );
    expect(audit.rows).toEqual([
      { action: 'harvest.word_kept', actor: world.a.coordinator.id, data: { findingId: h.findingId, word: 'Pietersen', key: 'pietersen' } },
    ]);

    const published = (await coordinator.ok(PUBLISH, { input: { id: h.id, version: kept.version } })).publishHarvest;
    expect(published.quotes).toEqual([{ text: 'Het wijkteam werkt goed samen, zei Pietersen tegen ons.' }]);
  });

  it('replaces every flagged occurrence of a word with the chosen placeholder, and only those', async () => {
    const text = 'Best is dat het team in Zuidveld het best doet. Zuidveld leert van Zuidveld-Oost.';
    const h = await harvestWithQuote(text);
    const flagged = h.edited;
    expect(flagged.quotes[0].flags.map((f: { text: string; reason: string }) => `${f.text}:${f.reason}`)).toEqual([
      'Best:AMBIGUOUS_NAME',
      'Zuidveld:UNKNOWN_NAME',
      'Zuidveld:UNKNOWN_NAME',
    ]);

    const replaced = (
      await coordinator.ok(DECIDE, {
        input: { harvestId: h.id, version: flagged.version, findingId: h.findingId, word: 'zuidveld', decision: 'REPLACE', replacement: 'PLACE' },
      })
    ).decideHarvestWord;
    expect(replaced.quotes[0].text).toBe('Best is dat het team in [plaats] het best doet. Zuidveld leert van [plaats]-Oost.');
    const kept = (
      await coordinator.ok(DECIDE, { input: { harvestId: h.id, version: replaced.version, findingId: h.findingId, word: 'Best', decision: 'KEEP' } })
    ).decideHarvestWord;
    expect(kept.quotes[0].flags).toEqual([]);
    const audit = await withAdmin(
      (c) =>
        c.query(
          `SELECT action, data->>'replacement' AS replacement FROM audit_event WHERE target_id = $1 AND action LIKE 'harvest.word%' ORDER BY created_at`,
          [h.id],
        ),
      t.db.ownerUrl,
    );
    expect(audit.rows).toEqual([
      { action: 'harvest.word_replaced', replacement: '[plaats]' },
      { action: 'harvest.word_kept', replacement: null },
    ]);
  });

  it('refuses a word that is not flagged, a quote that is not in the harvest, and callers who do not manage harvests', async () => {
    const h = await harvestWithQuote('Zei Pietersen.');
    const notFlagged = await coordinator.gql(DECIDE, {
      input: { harvestId: h.id, version: h.version, findingId: h.findingId, word: 'wijkteam', decision: 'KEEP' },
    });
    expect(codeOf(notFlagged)).toBe('BAD_USER_INPUT');
    expect(notFlagged.errors![0].extensions.fields![0]).toMatchObject({
      field: 'word',
      messages: { nl: expect.stringMatching(/niet \(meer\) gemarkeerd/), en: expect.stringMatching(/not \(or no longer\) flagged/) },
    });
    const badDecision = await coordinator.gql(DECIDE, { input: { harvestId: h.id, version: h.version, findingId: h.findingId, word: '', decision: 'KEEP' } });
    expect(codeOf(badDecision)).toBe('BAD_USER_INPUT');
    const otherQuote = await coordinator.gql(DECIDE, {
      input: { harvestId: h.id, version: h.version, findingId: randomUUID(), word: 'Pietersen', decision: 'KEEP' },
    });
    expect(codeOf(otherQuote)).toBe('NOT_FOUND');
    const member = await signedIn(t, world.a.member);
    const byMember = await member.gql(DECIDE, { input: { harvestId: h.id, version: h.version, findingId: h.findingId, word: 'Pietersen', decision: 'KEEP' } });
    expect(['NOT_FOUND', 'FORBIDDEN']).toContain(codeOf(byMember));
    const after = await withAdmin((c) => c.query(`SELECT version, quotes FROM harvest WHERE id = $1`, [h.id]), t.db.ownerUrl);
    expect(after.rows[0]).toMatchObject({ version: h.version, quotes: [{ findingId: h.findingId, text: 'Zei Pietersen.' }] });
  });
});
