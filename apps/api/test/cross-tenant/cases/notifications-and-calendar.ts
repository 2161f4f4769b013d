import request from 'supertest';
import { withAdmin } from '../../support/database';
import { codeOf } from '../../support/gql-client';
import { leaksNothingOfA, type Cases } from '../../support/cross-tenant-world';
import { subscribe, wsClient } from '../../support/ws-client';

/**
 * A person's notifications, their live stream and calendar feed (SEC-03): only ever the caller's
 * own; nothing of network A's people is seen, marked, renewed or revoked.
 */
export const NOTIFICATION_AND_CALENDAR_CASES: Cases = {
  myNotifications: {
    attempt: async (o, w) => {
      const res = await o.gql(`{ myNotifications(limit: 50) { items { id subjectId path } hasMore } }`);
      expect(codeOf(res)).toBe('OK');
      leaksNothingOfA(res, w);
    },
  },
  unreadNotificationCount: {
    // Counts only the caller's own, in their own network.
    attempt: async (o, w, t) => {
      const res = await o.gql(`{ unreadNotificationCount }`);
      expect(codeOf(res)).toBe('OK');
      const own = await withAdmin(
        async (c) =>
          (
            await c.query(`SELECT count(*)::int AS n FROM notification WHERE recipient_id = $1 AND network_id = $2 AND read_at IS NULL`, [
              w.b.coordinator.id,
              w.b.id,
            ])
          ).rows[0].n,
        t.db.ownerUrl,
      );
      expect(res.data!['unreadNotificationCount']).toBe(own);
    },
  },
  markNotificationsRead: {
    attempt: async (o, w, t) => {
      const unreadOfA = () =>
        withAdmin(
          async (c) =>
            (await c.query(`SELECT id FROM notification WHERE network_id = $1 AND read_at IS NULL ORDER BY id`, [w.a.id])).rows.map((r) => r.id as string),
          t.db.ownerUrl,
        );
      const before = await unreadOfA();
      expect(before.length).toBeGreaterThan(0);
      const res = await o.gql(`mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`, { ids: before });
      expect(codeOf(res)).toBe('OK');
      await o.gql(`mutation { markNotificationsRead }`);
      expect(await unreadOfA()).toEqual(before);
    },
  },
  notificationSettings: {
    attempt: async (o, w) => {
      const res = await o.gql(`{ notificationSettings { kind delivery } }`);
      expect(codeOf(res)).toBe('OK');
      leaksNothingOfA(res, w);
    },
  },
  setNotificationSetting: {
    // Only ever the caller's own settings: A's people keep theirs.
    attempt: async (o, w, t) => {
      const res = await o.gql(`mutation { setNotificationSetting(input: { kind: HARVEST_PUBLISHED, delivery: OFF }) { kind delivery } }`);
      expect(codeOf(res)).toBe('OK');
      const a = await withAdmin(
        async (c) => (await c.query(`SELECT notification_settings AS s FROM app_user WHERE id = ANY($1)`, [[w.a.coordinator.id, w.a.member.id]])).rows,
        t.db.ownerUrl,
      );
      expect(a).toEqual([{ s: {} }, { s: {} }]);
    },
  },
  myCalendarFeed: {
    attempt: async (o, w) => {
      const res = await o.gql(`{ myCalendarFeed { createdAt } }`);
      expect(codeOf(res)).toBe('OK');
      leaksNothingOfA(res, w);
    },
  },
  renewCalendarFeed: {
    // Only ever the caller's own feed, and it holds nothing of A; A's people keep theirs.
    attempt: async (o, w, t) => {
      const feedsOfA = () =>
        withAdmin(
          async (c) =>
            (await c.query(`SELECT user_id, token_hash FROM calendar_feed WHERE user_id = ANY($1) ORDER BY user_id`, [[w.a.coordinator.id, w.a.member.id]]))
              .rows,
          t.db.ownerUrl,
        );
      await withAdmin(
        (c) => c.query(`INSERT INTO calendar_feed (user_id, token_hash) VALUES ($1, repeat('a', 64)) ON CONFLICT DO NOTHING`, [w.a.member.id]),
        t.db.ownerUrl,
      );
      const before = await feedsOfA();
      const res = await o.gql(`mutation { renewCalendarFeed { url createdAt } }`);
      expect(codeOf(res)).toBe('OK');
      const ics = await request(t.http).get(new URL(res.data!.renewCalendarFeed.url).pathname);
      expect(ics.status).toBe(200);
      leaksNothingOfA({ ...res, data: { ics: ics.text } }, w);
      expect(await feedsOfA()).toEqual(before);
    },
  },
  revokeCalendarFeed: {
    attempt: async (o, w, t) => {
      await withAdmin(
        (c) => c.query(`INSERT INTO calendar_feed (user_id, token_hash) VALUES ($1, repeat('b', 64)) ON CONFLICT DO NOTHING`, [w.a.coordinator.id]),
        t.db.ownerUrl,
      );
      const res = await o.gql(`mutation { revokeCalendarFeed }`);
      expect(codeOf(res)).toBe('OK');
      const left = await withAdmin(
        async (c) => (await c.query(`SELECT count(*)::int AS n FROM calendar_feed WHERE user_id = $1`, [w.a.coordinator.id])).rows,
        t.db.ownerUrl,
      );
      expect(left).toEqual([{ n: 1 }]);
    },
  },
  notificationsChanged: {
    // The outsider's own stream: an event for A's people never reaches it.
    attempt: async (o, w, t) => {
      const url = await t.listen();
      const client = wsClient(url, { cookie: o.cookie, origin: t.config.appUrl });
      const sub = subscribe(client, `subscription { notificationsChanged { change notificationId } }`, {});
      await sub.ready;
      await withAdmin(
        (c) =>
          c.query(`SELECT pg_notify('kijkje_live', $1)`, [
            JSON.stringify({ networkId: w.a.id, topic: `notifications:${w.a.member.id}`, kind: 'NOTIFIED', id: w.a.id, audience: w.a.member.id }),
          ]),
        t.db.ownerUrl,
      );
      await new Promise((r) => setTimeout(r, 300));
      expect(sub.received.map((r) => (r as { notificationsChanged: { change: string } }).notificationsChanged.change)).toEqual(['REFRESH']);
      await sub.close();
    },
  },
};
