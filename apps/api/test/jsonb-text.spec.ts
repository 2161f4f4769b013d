import { DataSource } from 'typeorm';
import { AuditService, MailService } from '@kijkje/api/core';
import { withAdmin } from './support/database';
import { startTestApp, type TestApp } from './support/test-app';
import { buildWorld, type World } from './support/world';

/**
 * Half an emoji (a lone surrogate) can reach a jsonb write from outside the validated input: a cut
 * made by a library (react-email's preview) or an identity provider's claim. JSON.stringify writes
 * it as an escape PostgreSQL refuses, which failed the whole operation, or silently lost the audit
 * of a failed sign-in. Such a character is stored as U+FFFD, as any text column would store it.
 */
describe('jsonb writes of text with half a surrogate pair', () => {
  let t: TestApp;
  let world: World;
  const HALF = 'Jansen \ud83d';

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
  });
  afterAll(() => t.close());

  it('keeps the audit of a failed sign-in whose claim holds half an emoji', async () => {
    await t.app
      .get(AuditService)
      .recordDetached({ networkId: world.a.id, actorUserId: null, action: 'auth.sso_failed', data: { outcome: 'rejected', name: HALF } });
    const rows = await withAdmin(
      async (c) => (await c.query(`SELECT data->>'name' AS name FROM audit_event WHERE network_id = $1 AND action = 'auth.sso_failed'`, [world.a.id])).rows,
      t.db.ownerUrl,
    );
    expect(rows.map((r: { name: string }) => r.name)).toEqual(['Jansen \ufffd']);
  });

  it('queues a mail whose text holds half an emoji', async () => {
    await t.app
      .get(DataSource)
      .transaction((em) => t.app.get(MailService).enqueueAll(em, [{ to: 'a@example.org', subject: HALF, text: HALF, html: `<p>${HALF}</p>` }]));
    const rows = await withAdmin(
      async (c) => (await c.query(`SELECT payload->>'subject' AS subject FROM job WHERE kind = 'mail' AND payload->>'to' = 'a@example.org'`)).rows,
      t.db.ownerUrl,
    );
    expect(rows.map((r: { subject: string }) => r.subject)).toEqual(['Jansen \ufffd']);
  });
});
