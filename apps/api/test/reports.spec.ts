import { paragraphTexts, readDocx, readPdf } from '@kijkje/api/documents/testing';
import { MATRIX_ROLES, reportRights, type MatrixRole } from '@kijkje/domain';
import request from 'supertest';
import { withAdmin } from './support/database';
import { codeOf, type GqlClient } from './support/gql-client';
import { outbox } from './support/outbox';
import { startTestApp, type TestApp } from './support/test-app';
import { buildVisitWorld, type VisitWorld } from './support/visit-world';
import { buildWorld, signedIn, type World } from './support/world';

const REPORT = `query($id: ID!, $r: Int) { visitReport(visitId: $id, revision: $r) {
  visitId status revision host programme round summary hostComment sharing version replyDeadline
  team { name lead } findings { id kind theme text releasedForHarvest response { kind text } }
  revisions { number status } rights { edit share reopen finalise comment setSharing }
} }`;
const step = (name: string, type: string) => `mutation($input: ${type}!) { ${name}(input: $input) { status version revision revisions { number status } } }`;

function binary(res: request.Test) {
  return res.buffer(true).parse((r, cb) => {
    const chunks: Buffer[] = [];
    r.on('data', (c: Buffer) => chunks.push(c));
    r.on('end', () => cb(null, Buffer.concat(chunks)));
  });
}

describe('visit reports: drafted by the lead, answered by the host, kept in versions, exported', () => {
  let t: TestApp;
  let world: World;
  let v: VisitWorld;
  const as = new Map<MatrixRole, GqlClient>();

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
    v = await buildVisitWorld(t, world);
    for (const role of Object.keys(MATRIX_ROLES) as MatrixRole[]) {
      as.set(role, await signedIn(t, role === 'coordinator' ? world.a.coordinator : role === 'otherNetwork' ? world.b.coordinator : v.people[role]));
    }
    await withAdmin(async (c) => {
      // The host replied to one shared finding and released the other.
      const shared = v.findings.filter((f) => f.status === 'SHARED');
      await c.query(
        `INSERT INTO host_response (network_id, finding_id, kind, text, responded_by) VALUES ($1, $2, 'CORRECTION', 'Het zijn er 280, geen 312.', $3)`,
        [world.a.id, shared[0].id, v.people.hostContact.id],
      );
    }, t.db.ownerUrl);
  });
  afterAll(() => t.close());

  /** Who may read the report now, per role: exactly reportRights of libs/domain. */
  async function expectReaders(status: string, sharing: 'TEAM' | 'ROUND' | 'NETWORK') {
    for (const [role, client] of as) {
      const res = await client.gql(`query($id: ID!) { visitReport(visitId: $id) { status } }`, { id: v.visitId });
      const expected = reportRights(MATRIX_ROLES[role], status as never, sharing).read;
      expect({ role, status, sharing, reads: codeOf(res) === 'OK' }).toEqual({ role, status, sharing, reads: expected });
    }
  }

  it('goes from draft to shared to final, keeping each shared and the final version, with the right readers at each step', async () => {
    const lead = as.get('lead')!;
    const host = as.get('hostContact')!;
    expect(codeOf(await as.get('otherReviewer')!.gql(`mutation($id: ID!) { startVisitReport(visitId: $id) { status } }`, { id: v.visitId }))).toBe('NOT_FOUND');
    const started = (await lead.ok(`mutation($id: ID!) { startVisitReport(visitId: $id) { status version findings { id } } }`, { id: v.visitId }))
      .startVisitReport;
    expect(started.status).toBe('REPORT_DRAFT');
    // What was shared is final now, and in the report; drafts and merely submitted findings are not.
    expect(started.findings).toHaveLength(4);
    await expectReaders('REPORT_DRAFT', 'TEAM');

    const empty = await lead.gql(step('shareVisitReport', 'ShareReportInput'), { input: { visitId: v.visitId, version: started.version, replyDays: 10 } });
    expect(empty.errors![0].extensions.fields![0]).toMatchObject({ field: 'summary', messages: { nl: 'Schrijf eerst een samenvatting.' } });
    const saved = (
      await lead.ok(`mutation($input: SaveReportInput!) { saveVisitReport(input: $input) { version summary } }`, {
        input: { visitId: v.visitId, version: started.version, summary: 'Eerste **samenvatting**.' },
      })
    ).saveVisitReport;
    const stale = await lead.gql(`mutation($input: SaveReportInput!) { saveVisitReport(input: $input) { version } }`, {
      input: { visitId: v.visitId, version: started.version, summary: 'Van een oud tabblad' },
    });
    expect(codeOf(stale)).toBe('CONFLICT');

    const shared = (await lead.ok(step('shareVisitReport', 'ShareReportInput'), { input: { visitId: v.visitId, version: saved.version, replyDays: 10 } }))
      .shareVisitReport;
    expect(shared.status).toBe('REPORT_SHARED');
    expect(shared.revisions).toEqual([{ number: 1, status: 'REPORT_SHARED' }]);
    expect((await outbox(t)).some((m) => m.to.includes(v.people.hostContact.email) && m.body.includes(`/bezoeken/${v.visitId}/verslag`))).toBe(true);
    await expectReaders('REPORT_SHARED', 'TEAM');

    const commented = (
      await host.ok(`mutation($input: CommentOnReportInput!) { commentOnVisitReport(input: $input) { version hostComment } }`, {
        input: { visitId: v.visitId, version: shared.version, text: 'Herkenbaar; de wachtlijst is wat kleiner.' },
      })
    ).commentOnVisitReport;
    expect(commented.hostComment).toBe('Herkenbaar; de wachtlijst is wat kleiner.');
    const reopened = (await lead.ok(step('reopenVisitReport', 'ReportStepInput'), { input: { visitId: v.visitId, version: commented.version } }))
      .reopenVisitReport;
    expect(reopened.status).toBe('REPORT_DRAFT');
    const resaved = (
      await lead.ok(`mutation($input: SaveReportInput!) { saveVisitReport(input: $input) { version } }`, {
        input: { visitId: v.visitId, version: reopened.version, summary: 'Tweede samenvatting, met de reactie verwerkt.' },
      })
    ).saveVisitReport;
    const again = (await lead.ok(step('shareVisitReport', 'ShareReportInput'), { input: { visitId: v.visitId, version: resaved.version, replyDays: 5 } }))
      .shareVisitReport;
    const final = (await lead.ok(step('finaliseVisitReport', 'ReportStepInput'), { input: { visitId: v.visitId, version: again.version } }))
      .finaliseVisitReport;
    expect(final.status).toBe('REPORT_FINAL');
    expect(final.revisions).toEqual([
      { number: 1, status: 'REPORT_SHARED' },
      { number: 2, status: 'REPORT_SHARED' },
      { number: 3, status: 'REPORT_FINAL' },
    ]);
    // The round's last report is final: the round closes, and everyone who took part hears their evaluation is open.
    await withAdmin(async (c) => {
      const round = await c.query(`SELECT status FROM round WHERE id = (SELECT round_id FROM visit WHERE id = $1)`, [v.visitId]);
      expect(round.rows[0].status).toBe('CLOSED');
      const told = (
        await c.query(`SELECT recipient_id AS id FROM notification WHERE kind = 'EVALUATION_OPENED' AND subject_id = $1`, [v.programmeId])
      ).rows.map((r: { id: string }) => r.id);
      const people = v.people as Record<string, { id: string }>;
      expect(told).toEqual(expect.arrayContaining(['hostContact', 'otherRoundMember', 'author', 'lead', 'otherReviewer'].map((role) => people[role].id)));
      for (const outsider of [people['networkMember'].id, world.a.coordinator.id]) expect(told).not.toContain(outsider);
    }, t.db.ownerUrl);
    // A kept version says what it said then.
    expect((await lead.ok(REPORT, { id: v.visitId, r: 1 })).visitReport).toMatchObject({
      revision: 1,
      summary: 'Eerste **samenvatting**.',
      status: 'REPORT_SHARED',
    });
    expect(
      codeOf(
        await host.gql(`mutation($input: CommentOnReportInput!) { commentOnVisitReport(input: $input) { version } }`, {
          input: { visitId: v.visitId, version: final.version, text: 'Te laat' },
        }),
      ),
    ).toBe('BAD_USER_INPUT');
    await expectReaders('REPORT_FINAL', 'TEAM');

    // The coordinator reads the final report, with only the findings the host released.
    const seen = (await as.get('coordinator')!.ok(REPORT, { id: v.visitId })).visitReport;
    expect(seen.findings.map((f: { releasedForHarvest: boolean }) => f.releasedForHarvest)).toEqual([true, true]);
    expect(seen.revisions).toEqual([{ number: 3, status: 'REPORT_FINAL' }]);
    expect(codeOf(await as.get('coordinator')!.gql(REPORT, { id: v.visitId, r: 1 }))).toBe('NOT_FOUND');

    // The host shares it with the round, then with the network.
    const setSharing = `mutation($input: SetReportSharingInput!) { setVisitReportSharing(input: $input) { sharing } }`;
    // The lead reads the final report, but sharing it is the host's decision.
    const byLead = await lead.gql(setSharing, { input: { visitId: v.visitId, sharing: 'ROUND' } });
    expect(codeOf(byLead)).toBe('FORBIDDEN');
    expect(byLead.errors![0].extensions.messages).toEqual({
      nl: expect.stringMatching(/bezoekverslag lezen/),
      en: expect.stringMatching(/read this visit report/),
    });
    expect(codeOf(await as.get('networkMember')!.gql(setSharing, { input: { visitId: v.visitId, sharing: 'ROUND' } }))).toBe('NOT_FOUND');
    await host.ok(setSharing, { input: { visitId: v.visitId, sharing: 'ROUND' } });
    await expectReaders('REPORT_FINAL', 'ROUND');
    expect((await as.get('otherRoundMember')!.ok(REPORT, { id: v.visitId })).visitReport.findings).toHaveLength(4);
    await host.ok(setSharing, { input: { visitId: v.visitId, sharing: 'NETWORK' } });
    await expectReaders('REPORT_FINAL', 'NETWORK');
    const listed = (await as.get('networkMember')!.ok(`query($p: ID!) { visitReports(programmeId: $p) { visitId } }`, { p: v.programmeId })).visitReports;
    expect(listed).toEqual([{ visitId: v.visitId }]);
    const audit = await withAdmin(
      (c) => c.query(`SELECT action FROM audit_event WHERE target_id = $1 AND action LIKE 'report.%' ORDER BY created_at`, [v.visitId]),
      t.db.ownerUrl,
    );
    expect(audit.rows.map((r) => r.action)).toEqual(['report.started', 'report.shared', 'report.shared', 'report.finalised']);
  });

  it('keeps a final report final: the host can no longer reply, the team no longer discusses or edits its findings', async () => {
    // Runs after the report was finalised above, while its reply period (five days) is still open.
    const host = as.get('hostContact')!;
    const author = as.get('author')!;
    const replied = v.findings.filter((f) => f.status === 'SHARED')[0];
    const REPLY = `mutation($input: ReplyToFindingInput!) { replyToFinding(input: $input) { id } }`;
    const late = await host.gql(REPLY, { input: { findingId: replied.id, kind: 'COMMENT', text: 'Toch nog iets', version: 1 } });
    expect(codeOf(late)).toBe('BAD_USER_INPUT');
    expect(late.errors![0].extensions.fields![0]).toEqual({
      field: 'findingId',
      messages: { nl: expect.stringMatching(/definitief/), en: expect.stringMatching(/final/) },
    });
    const first = v.findings.find((f) => f.status === 'FINAL')!;
    expect(codeOf(await host.gql(REPLY, { input: { findingId: first.id, kind: 'AGREE' } }))).toBe('BAD_USER_INPUT');
    // The screen no longer offers it: the host still decides on the harvest, but replies no more.
    expect((await host.ok(`query($id: ID!) { finding(id: $id) { rights { reply release } } }`, { id: replied.id })).finding.rights).toEqual({
      reply: false,
      release: true,
    });
    const responses = await withAdmin((c) => c.query(`SELECT finding_id, text FROM host_response WHERE network_id = $1`, [world.a.id]), t.db.ownerUrl);
    expect(responses.rows).toEqual([{ finding_id: replied.id, text: 'Het zijn er 280, geen 312.' }]);

    const comment = await author.gql(`mutation($input: AddFindingCommentInput!) { addFindingComment(input: $input) { id } }`, {
      input: { findingId: first.id, text: 'Nog een gedachte' },
    });
    expect(codeOf(comment)).toBe('BAD_USER_INPUT');
    expect(comment.errors![0].extensions.fields![0].messages.nl).toMatch(/definitief/);
    const submitted = v.findings.find((f) => f.status === 'SUBMITTED')!;
    const edit = await author.gql(`mutation($input: UpdateFindingInput!) { updateFinding(input: $input) { id } }`, {
      input: { id: submitted.id, version: 1, kind: 'CONCERN', theme: 'Wmo', text: 'Achteraf herschreven' },
    });
    expect(codeOf(edit)).toBe('BAD_USER_INPUT');
    const unchanged = await withAdmin((c) => c.query(`SELECT text FROM finding WHERE id = $1`, [submitted.id]), t.db.ownerUrl);
    expect(unchanged.rows[0].text).not.toBe('Achteraf herschreven');
    const comments = await withAdmin((c) => c.query(`SELECT count(*)::int AS n FROM finding_comment WHERE network_id = $1`, [world.a.id]), t.db.ownerUrl);
    expect(comments.rows[0].n).toBe(0);
  });

  it('exports the final report to PDF and DOCX in Dutch, with a title page, headings, tables and page numbers; a kept version too', async () => {
    const lead = as.get('lead')!;
    const cookie = lead.cookie!;
    const pdf = await binary(request(t.http).get(`/export/bezoekverslag/${v.visitId}/pdf`).set('cookie', cookie));
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const read = await readPdf(pdf.body as Buffer);
    expect(read.pages[0]).toContain('Bezoekverslag Gastgemeente');
    expect(read.pages[0]).toContain('Definitief');
    expect(read.pages[0]).not.toMatch(/Pagina/);
    const body = read.pages.slice(1).join('\n');
    expect(body).toMatch(/Samenvatting[\s\S]*Bevindingen[\s\S]*Bijlage: hoor en wederhoor/);
    expect(body).toContain('Tweede samenvatting, met de reactie verwerkt.');
    // A table cell wraps where its width ends.
    expect(body.replace(/\s+/g, ' ')).toContain('Het zijn er 280, geen 312.');
    expect(read.pages[1]).toMatch(/Pagina 2 van \d+/);

    const docx = await binary(request(t.http).get(`/export/bezoekverslag/${v.visitId}/docx`).set('cookie', cookie));
    const word = await readDocx(docx.body as Buffer);
    expect(word.document).toMatch(/w:pStyle w:val="Heading1"/);
    expect(word.document).toContain('<w:tbl>');
    expect(word.footers.join('')).toMatch(/PAGE/);
    expect(paragraphTexts(word.document)).toEqual(expect.arrayContaining(['Samenvatting', 'Bevindingen', 'Bijlage: hoor en wederhoor', 'Wmo']));
    expect(word.core).toContain('Bezoekverslag Gastgemeente');

    const first = await readPdf((await binary(request(t.http).get(`/export/bezoekverslag/${v.visitId}/pdf?versie=1`).set('cookie', cookie))).body as Buffer);
    expect(first.pages.join('\n')).toContain('Eerste samenvatting.');
    const english = await readPdf((await binary(request(t.http).get(`/export/bezoekverslag/${v.visitId}/pdf?taal=en`).set('cookie', cookie))).body as Buffer);
    expect(english.pages[0]).toContain('Visit report Gastgemeente');

    // Anyone who may not read it gets a 404; without a session, a 401.
    expect((await request(t.http).get(`/export/bezoekverslag/${v.visitId}/pdf`).set('cookie', as.get('otherNetwork')!.cookie!)).status).toBe(404);
    expect((await request(t.http).get(`/export/bezoekverslag/${v.visitId}/pdf`).set('cookie', as.get('networkMember')!.cookie!)).status).toBe(200);
    expect((await request(t.http).get(`/export/bezoekverslag/${v.visitId}/pdf`)).status).toBe(401);
    expect((await request(t.http).get(`/export/bezoekverslag/not-a-uuid/pdf`).set('cookie', cookie)).status).toBe(400);
    const audit = await withAdmin(
      (c) => c.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'report.exported' AND target_id = $1`, [v.visitId]),
      t.db.ownerUrl,
    );
    expect(audit.rows[0].n).toBe(5);
  });
});
