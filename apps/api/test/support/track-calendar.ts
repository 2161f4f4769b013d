import request from 'supertest';
import { withAdmin } from './database';
import { attachedCalendars, calendarMessage } from './meeting-mails';
import { outbox, type OutboxMail } from './outbox';
import type { TestApp } from './test-app';
import type { Person } from './world';

/**
 * The mails of a spec as it goes: `fresh()` answers those written since its last call; `only` the
 * one to a person, with its calendar files (each read as an iTIP message) and all their events.
 */
export function mailWatch(t: () => TestApp) {
  let seen = 0;
  return {
    async fresh(): Promise<OutboxMail[]> {
      const all = await outbox(t());
      const mails = all.slice(seen);
      seen = all.length;
      return mails;
    },
    only(mails: OutboxMail[], person: Person) {
      const mine = mails.filter((m) => m.to.includes(person.email));
      expect(mine).toHaveLength(1);
      const files = attachedCalendars(t(), mine[0].file).map(calendarMessage);
      return { mail: mine[0], files, events: files.length ? files.flatMap((f) => f.events) : null };
    },
  };
}

/** A track's calendar downloads (one session, or the schedule) with a person's session cookie, or none. */
export function trackCalendarFile(t: TestApp, path: `leergang/${string}` | `leergang-bijeenkomst/${string}`, cookie: string | null) {
  const req = request(t.http).get(`/export/agenda/${path}.ics`);
  return cookie ? req.set('cookie', cookie) : req;
}

/** What each calendar was last sent of a session, by address: "<SEQUENCE> in|out". */
export function sentToCalendars(t: TestApp, sessionId: string): Promise<Record<string, string>> {
  return withAdmin(async (c) => {
    const { rows } = await c.query(
      `SELECT u.email, c.sequence, c.in_calendar FROM track_session_calendar c JOIN app_user u ON u.id = c.user_id WHERE c.session_id = $1`,
      [sessionId],
    );
    return Object.fromEntries(
      rows.map((r: { email: string; sequence: number; in_calendar: boolean }) => [r.email, `${r.sequence} ${r.in_calendar ? 'in' : 'out'}`]),
    );
  }, t.db.ownerUrl);
}
