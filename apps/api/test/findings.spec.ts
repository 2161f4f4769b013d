import { withAdmin } from './support/database';
import { codeOf, type GqlClient } from './support/gql-client';
import { outbox } from './support/outbox';
import { startTestApp, type TestApp } from './support/test-app';
import { buildVisitWorld, type VisitWorld } from './support/visit-world';
import { buildWorld, signedIn, type World } from './support/world';
import { subscribe, wsClient } from './support/ws-client';

const CREATE = `mutation($input: CreateFindingInput!) { createFinding(input: $input) { id status version kind theme text tags evidence { source quote indicator } author { id } } }`;
const UPDATE = `mutation($input: UpdateFindingInput!) { updateFinding(input: $input) { id version text } }`;
const SUBMIT = `mutation($input: FindingStepInput!) { submitFinding(input: $input) { status version } }`;
const SHARE = `mutation($input: ShareFindingsInput!) { shareFindings(input: $input) { replyDeadline } }`;
const BOARD = `query($id: ID!) { visit(id: $id) { findings { id status text response { kind text } } findingCounts { submitted shared final released } } }`;
const CHANGES = `subscription($id: ID!) { findingChanged(visitId: $id) { visitId findingId change } }`;

const draft = (visitId: string, extra: Record<string, unknown> = {}) => ({
  visitId,
  kind: 'CONCERN',
  theme: 'Wmo',
  text: 'De **wachtlijst** voor de Wmo groeit.',
  tags: ['#Wachtlijsten ', 'wachtlijsten', 'Regie'],
  ...extra,
});

/** Back to a held visit with no findings, replies or comments. */
async function clearFindings(t: TestApp, v: VisitWorld): Promise<void> {
  await withAdmin(async (c) => {
    await c.query(`DELETE FROM finding WHERE visit_id = $1`, [v.visitId]);
    await c.query(`UPDATE visit SET status = 'HELD', reply_deadline = NULL WHERE id = $1`, [v.visitId]);
  }, t.db.ownerUrl);
}

describe('findings: captured by the team, shared, answered', () => {
  let t: TestApp;
  let world: World;
  let v: VisitWorld;
  let author: GqlClient;
  let reviewer: GqlClient;
  let lead: GqlClient;
  let host: GqlClient;

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
    v = await buildVisitWorld(t, world);
    [author, reviewer, lead, host] = await Promise.all(
      [v.people.author, v.people.otherReviewer, v.people.lead, v.people.hostContact].map((p) => signedIn(t, p)),
    );
  });
  afterAll(() => t.close());
  beforeEach(() => clearFindings(t, v));

  it('keeps a draft to its author, then offers it to the team; tags are normalised, evidence kept', async () => {
    const created = (
      await author.ok(CREATE, { input: draft(v.visitId, { evidence: { source: 'Dashboard Wmo', quote: '"Wij lopen achter"', indicator: '312 wachtenden' } }) })
    ).createFinding;
    expect(created).toMatchObject({
      status: 'DRAFT',
      version: 1,
      tags: ['wachtlijsten', 'regie'],
      evidence: { source: 'Dashboard Wmo', quote: '"Wij lopen achter"', indicator: '312 wachtenden' },
    });
    expect((await reviewer.ok(BOARD, { id: v.visitId })).visit.findings).toEqual([]);
    expect((await author.ok(BOARD, { id: v.visitId })).visit.findings.map((f: { id: string }) => f.id)).toEqual([created.id]);
    const submitted = (await author.ok(SUBMIT, { input: { id: created.id, version: 1 } })).submitFinding;
    expect(submitted).toEqual({ status: 'SUBMITTED', version: 2 });
    expect((await reviewer.ok(BOARD, { id: v.visitId })).visit.findings.map((f: { id: string }) => f.id)).toEqual([created.id]);
    // Not a theme of the programme, or no text: refused per field, nothing stored.
    const bad = await author.gql(CREATE, { input: draft(v.visitId, { theme: 'Sport', text: '   ' }) });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].extensions.fields!.map((f) => f.field)).toEqual(['text']);
    const badTheme = await author.gql(CREATE, { input: draft(v.visitId, { theme: 'Sport' }) });
    expect(badTheme.errors![0].extensions.fields).toEqual([
      { field: 'theme', messages: { nl: 'Kies een thema van dit programma.', en: 'Choose a theme of this programme.' } },
    ]);
    expect((await author.ok(BOARD, { id: v.visitId })).visit.findings).toHaveLength(1);
  });

  it('creates one finding for one idempotency key, however often it is sent (REL-03)', async () => {
    const input = draft(v.visitId, { idempotencyKey: 'offline-finding-0001', submit: true });
    const results = await Promise.all([1, 2, 3].map(() => author.gql(CREATE, { input })));
    const ids = new Set(results.map((r) => r.data?.createFinding?.id).filter(Boolean));
    expect(ids.size).toBe(1);
    expect(results.every((r) => codeOf(r) === 'OK' || codeOf(r) === 'CONFLICT')).toBe(true);
    const again = await author.ok(CREATE, { input });
    expect(again.createFinding.id).toBe([...ids][0]);
    const { rows } = await withAdmin((c) => c.query(`SELECT count(*)::int AS n FROM finding WHERE visit_id = $1`, [v.visitId]), t.db.ownerUrl);
    expect(rows[0].n).toBe(1);
  });

  it('never lets two writers of one version both win: 50 races, one winner each, the loser sees the current text (REL-02)', async () => {
    const created = (await author.ok(CREATE, { input: draft(v.visitId, { submit: true }) })).createFinding;
    // The same author on a laptop and a tablet.
    const tablet = await signedIn(t, v.people.author);
    let version = created.version;
    for (let i = 0; i < 50; i++) {
      const [a, b] = await Promise.all([
        author.gql(UPDATE, { input: { id: created.id, version, kind: 'CONCERN', theme: 'Wmo', text: `laptop ${i}` } }),
        tablet.gql(UPDATE, { input: { id: created.id, version, kind: 'CONCERN', theme: 'Wmo', text: `tablet ${i}` } }),
      ]);
      const codes = [codeOf(a), codeOf(b)].sort();
      expect(codes).toEqual(['CONFLICT', 'OK']);
      const [winner, loser] = codeOf(a) === 'OK' ? [a, b] : [b, a];
      const current = loser.errors![0].extensions['current'] as { text: string; version: number };
      expect(current.text).toBe(winner.data!.updateFinding.text);
      expect(current.version).toBe(version + 1);
      version = winner.data!.updateFinding.version;
    }
    const { rows } = await withAdmin((c) => c.query(`SELECT version FROM finding WHERE id = $1`, [created.id]), t.db.ownerUrl);
    expect(rows[0].version).toBe(created.version + 50);
  });

  it('is shared by the lead with a reply period, e-mailed to the host, answered and released by the host', async () => {
    const one = (await author.ok(CREATE, { input: draft(v.visitId, { submit: true }) })).createFinding;
    const own = (await author.ok(CREATE, { input: draft(v.visitId, { text: 'Nog een concept' }) })).createFinding;
    // A reviewer sees the visit but sharing is the lead's: FORBIDDEN, with the reason.
    const notLead = await reviewer.gql(SHARE, { input: { visitId: v.visitId, replyDays: 14 } });
    expect(codeOf(notLead)).toBe('FORBIDDEN');
    expect(notLead.errors![0].extensions.messages!.nl).toMatch(/andere rol/);
    expect(codeOf(await lead.gql(SHARE, { input: { visitId: v.visitId, replyDays: 0 } }))).toBe('BAD_USER_INPUT');
    const shared = (await lead.ok(SHARE, { input: { visitId: v.visitId, replyDays: 14 } })).shareFindings;
    expect(new Date(shared.replyDeadline).getTime()).toBeGreaterThan(Date.now() + 13 * 86_400_000);
    const mails = (await outbox(t)).filter((m) => m.to.includes(v.people.hostContact.email));
    expect(mails.at(-1)!.body).toContain(`/bezoeken/${v.visitId}`);

    // The host sees the shared finding, not the draft; a correction needs a text.
    const board = (await host.ok(BOARD, { id: v.visitId })).visit;
    expect(board.findings.map((f: { id: string; status: string }) => [f.id, f.status])).toEqual([[one.id, 'SHARED']]);
    expect(board.findings.some((f: { id: string }) => f.id === own.id)).toBe(false);
    const noText = await host.gql(`mutation($input: ReplyToFindingInput!) { replyToFinding(input: $input) { id } }`, {
      input: { findingId: one.id, kind: 'CORRECTION' },
    });
    expect(noText.errors![0].extensions.fields![0]).toMatchObject({ field: 'text', messages: { nl: 'Licht uw correctie of opmerking toe.' } });
    await host.ok(`mutation($input: ReplyToFindingInput!) { replyToFinding(input: $input) { id } }`, {
      input: { findingId: one.id, kind: 'CORRECTION', text: 'Het zijn er 280.' },
    });
    const stale = await host.gql(`mutation($input: ReplyToFindingInput!) { replyToFinding(input: $input) { id } }`, {
      input: { findingId: one.id, kind: 'AGREE' },
    });
    expect(codeOf(stale)).toBe('CONFLICT');
    await host.ok(`mutation($input: ReplyToFindingInput!) { replyToFinding(input: $input) { id } }`, {
      input: { findingId: one.id, kind: 'COMMENT', text: 'Aangevuld.', version: 1 },
    });
    await host.ok(`mutation($input: SetFindingReleaseInput!) { setFindingRelease(input: $input) { releasedForHarvest } }`, {
      input: { findingId: one.id, released: true },
    });

    // The team reads the reply; the coordinator now reads the released finding.
    expect((await lead.ok(BOARD, { id: v.visitId })).visit.findings[0].response).toEqual({ kind: 'COMMENT', text: 'Aangevuld.' });
    const coordinator = await signedIn(t, world.a.coordinator);
    const seen = (await coordinator.ok(BOARD, { id: v.visitId })).visit;
    expect(seen.findings.map((f: { id: string }) => f.id)).toEqual([one.id]);
    expect(seen.findingCounts).toEqual({ submitted: 0, shared: 1, final: 0, released: 1 });

    // The lead finalises; after the reply period the host can no longer reply.
    await lead.ok(`mutation($input: FinaliseFindingsInput!) { finaliseFindings(input: $input) { id } }`, { input: { visitId: v.visitId } });
    await withAdmin((c) => c.query(`UPDATE visit SET reply_deadline = now() - interval '1 minute' WHERE id = $1`, [v.visitId]), t.db.ownerUrl);
    const late = await host.gql(`mutation($input: ReplyToFindingInput!) { replyToFinding(input: $input) { id } }`, {
      input: { findingId: one.id, kind: 'AGREE', version: 2 },
    });
    expect(late.errors![0].extensions.fields![0].messages.nl).toBe('De reactietermijn is verstreken.');
    const audit = await withAdmin(
      (c) => c.query(`SELECT action FROM audit_event WHERE target_id IN ($1, $2) ORDER BY created_at`, [one.id, v.visitId]),
      t.db.ownerUrl,
    );
    expect(audit.rows.map((r) => r.action)).toEqual(
      expect.arrayContaining(['finding.created', 'finding.shared', 'finding.replied', 'finding.released', 'finding.finalised']),
    );
  });

  it('shares and finalises exactly the findings there are: the e-mail counts them, the audit names them, nothing to do is refused', async () => {
    const FINALISE = `mutation($input: FinaliseFindingsInput!) { finaliseFindings(input: $input) { id } }`;
    const nothingShared = await lead.gql(SHARE, { input: { visitId: v.visitId, replyDays: 14 } });
    expect(nothingShared.errors![0].extensions.fields![0].messages.en).toBe('There are no submitted findings to share.');
    const ids: string[] = [];
    for (const text of ['Eén', 'Twee', 'Drie']) ids.push((await author.ok(CREATE, { input: draft(v.visitId, { submit: true, text }) })).createFinding.id);
    await lead.ok(SHARE, { input: { visitId: v.visitId, replyDays: 14 } });
    const mail = (await outbox(t)).filter((m) => m.to.includes(v.people.hostContact.email)).at(-1)!;
    expect(mail.body).toContain('heeft 3 bevinding(en)');
    await lead.ok(FINALISE, { input: { visitId: v.visitId } });
    const nothingToFinalise = await lead.gql(FINALISE, { input: { visitId: v.visitId } });
    expect(nothingToFinalise.errors![0].extensions.fields![0].messages.en).toBe('There are no shared findings to finalise.');
    const audit = await withAdmin(
      (c) =>
        c.query(`SELECT action, data FROM audit_event WHERE target_id = $1 AND action IN ('finding.shared', 'finding.finalised') ORDER BY created_at`, [
          v.visitId,
        ]),
      t.db.ownerUrl,
    );
    const named = audit.rows.slice(-2).map((r) => [r.action, [...r.data.findings].sort()]);
    expect(named).toEqual([
      ['finding.shared', [...ids].sort()],
      ['finding.finalised', [...ids].sort()],
    ]);
  });

  it('reads a finding stored without evidence, or with part of it, as empty fields', async () => {
    const created = (await author.ok(CREATE, { input: draft(v.visitId) })).createFinding;
    const read = `query($id: ID!) { visit(id: $id) { findings { id evidence { source quote indicator } } } }`;
    await withAdmin((c) => c.query(`UPDATE finding SET evidence = '{}'::jsonb WHERE id = $1`, [created.id]), t.db.ownerUrl);
    expect((await author.ok(read, { id: v.visitId })).visit.findings).toEqual([{ id: created.id, evidence: { source: '', quote: '', indicator: '' } }]);
    await withAdmin((c) => c.query(`UPDATE finding SET evidence = '{"quote": "Wij lopen achter"}'::jsonb WHERE id = $1`, [created.id]), t.db.ownerUrl);
    expect((await author.ok(read, { id: v.visitId })).visit.findings[0].evidence).toEqual({ source: '', quote: 'Wij lopen achter', indicator: '' });
  });

  it('lets the author throw a draft away, and nobody else', async () => {
    const created = (await author.ok(CREATE, { input: draft(v.visitId) })).createFinding;
    const del = `mutation($input: FindingStepInput!) { deleteFinding(input: $input) }`;
    expect(codeOf(await lead.gql(del, { input: { id: created.id, version: 1 } }))).toBe('NOT_FOUND');
    expect((await author.ok(del, { input: { id: created.id, version: 1 } })).deleteFinding).toBe(created.id);
    expect((await author.ok(BOARD, { id: v.visitId })).visit.findings).toEqual([]);
  });

  it('tells the team live what changed, and tells nobody about someone else’s draft', async () => {
    const url = await t.listen();
    const teamSub = subscribe(wsClient(url, { cookie: reviewer.cookie, origin: t.config.appUrl }), CHANGES, { id: v.visitId });
    const authorSub = subscribe(wsClient(url, { cookie: author.cookie, origin: t.config.appUrl }), CHANGES, { id: v.visitId });
    // The first event says the subscription listens.
    await teamSub.next((e: any) => e.findingChanged.change === 'REFRESH');
    await authorSub.next((e: any) => e.findingChanged.change === 'REFRESH');
    try {
      const secret = (await author.ok(CREATE, { input: draft(v.visitId, { text: 'Nog even voor mezelf' }) })).createFinding;
      const open = (await author.ok(CREATE, { input: draft(v.visitId, { submit: true }) })).createFinding;
      const seen = await teamSub.next((e: any) => e.findingChanged.findingId === open.id);
      expect(seen.findingChanged).toEqual({ visitId: v.visitId, findingId: open.id, change: 'CREATED' });
      await authorSub.next((e: any) => e.findingChanged.findingId === secret.id);
      await author.ok(SUBMIT, { input: { id: secret.id, version: 1 } });
      await teamSub.next((e: any) => e.findingChanged.findingId === secret.id && e.findingChanged.change === 'UPDATED');
      // Before it was submitted, the team heard nothing of the draft.
      const aboutSecret = teamSub.received.filter((e: any) => e.findingChanged.findingId === secret.id);
      expect(aboutSecret.map((e: any) => e.findingChanged.change)).toEqual(['UPDATED']);
    } finally {
      await teamSub.close();
      await authorSub.close();
    }
  });

  it('refuses a WebSocket from another origin, and one without a session', async () => {
    const url = await t.listen();
    const foreign = subscribe(wsClient(url, { cookie: reviewer.cookie, origin: 'https://evil.example' }), CHANGES, { id: v.visitId });
    await foreign.ready;
    expect(foreign.received).toEqual([]);
    expect(String((foreign.error as { reason?: string })?.reason ?? foreign.error)).toMatch(/Forbidden/);
    const anonymous = subscribe(wsClient(url, { origin: t.config.appUrl }), CHANGES, { id: v.visitId });
    await anonymous.ready;
    expect(anonymous.received).toEqual([]);
    await foreign.close();
    await anonymous.close();
  });

  it('carries only subscriptions over the WebSocket', async () => {
    const url = await t.listen();
    const sub = subscribe(wsClient(url, { cookie: reviewer.cookie, origin: t.config.appUrl }), `query($id: ID!) { visit(id: $id) { id } }`, { id: v.visitId });
    await sub.ready;
    expect(sub.received).toEqual([]);
    expect(JSON.stringify(sub.error)).toMatch(/Only subscriptions/);
    await sub.close();
  });
});
