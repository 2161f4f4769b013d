import ICAL from 'ical.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withAdmin } from './database';
import type { TestApp } from './test-app';
import { PASSWORD, type Person } from './world';

export { PASSWORD };

/**
 * Members of a network for the meeting and track mail specs, each with the password of the
 * world's people, a language and (optionally) their notification settings; a FACILITATOR speaks
 * for no organisation.
 */
export async function meetingMembers(
  t: TestApp,
  network: { id: string; organisationId: string; passwordOf: string },
  people: { tag: string; language?: 'nl' | 'en'; settings?: Record<string, string>; role?: 'MEMBER' | 'FACILITATOR' }[],
): Promise<Person[]> {
  return withAdmin(async (c) => {
    const made: Person[] = [];
    for (const p of people) {
      const email = `${p.tag}@test.kijkje.nl`;
      const name = `Deelnemer ${p.tag}`;
      const { rows } = await c.query(
        `INSERT INTO app_user (email, name, password_hash, language, notification_settings)
         SELECT $1, $2, password_hash, $3, $4 FROM app_user WHERE id = $5 RETURNING id`,
        [email, name, p.language ?? 'nl', JSON.stringify(p.settings ?? {}), network.passwordOf],
      );
      const role = p.role ?? 'MEMBER';
      await c.query(`INSERT INTO membership (network_id, user_id, organisation_id, role) VALUES ($1, $2, $3, $4)`, [
        network.id,
        rows[0].id,
        role === 'FACILITATOR' ? null : network.organisationId,
        role,
      ]);
      made.push({ id: rows[0].id, email, name });
    }
    return made;
  }, t.db.ownerUrl);
}

/** Every text/calendar attachment of a mail in the outbox, decoded, in the order attached. */
export function attachedCalendars(t: TestApp, file: string): string[] {
  const raw = readFileSync(join(t.outboxDir, file), 'utf8');
  return raw
    .split(/\n--/)
    .filter((p) => /content-type: text\/calendar/i.test(p))
    .map((part) => {
      const [head, ...body] = part.split('\n\n');
      const content = body.join('\n\n').trim();
      return /base64/i.test(head) ? Buffer.from(content.replace(/\s+/g, ''), 'base64').toString('utf8') : content;
    });
}

/** The one text/calendar attachment of a mail in the outbox, decoded; null when it has none (a mail about one appointment never has more). */
export function attachedCalendar(t: TestApp, file: string): string | null {
  const all = attachedCalendars(t, file);
  if (all.length > 1) throw new Error(`${all.length} calendar files attached, expected one`);
  return all[0] ?? null;
}

/**
 * A calendar file of a mail as its iTIP reading goes (RFC 5546): its METHOD and the distinct UIDs
 * of its components (an invitation or cancellation carries one), with its events.
 */
export function calendarMessage(ics: string) {
  const events = calendarEvents(ics);
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return { method: calendar.getFirstPropertyValue('method'), uids: [...new Set(events.map((e) => e.uid))], events };
}

/** The one event of a calendar file, read back by an independent parser, with the file's METHOD. */
export function calendarEvent(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const [component, ...more] = calendar.getAllSubcomponents('vevent');
  if (!component || more.length) throw new Error('not exactly one event');
  const event = new ICAL.Event(component);
  return {
    method: calendar.getFirstPropertyValue('method'),
    status: component.getFirstPropertyValue('status'),
    uid: event.uid,
    sequence: event.sequence,
    start: event.startDate.toString(),
    location: event.location,
  };
}

/** Every event of a calendar file, read back by the same independent parser, with the file's METHOD; DTSTART's zone as written. */
export function calendarEvents(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const method = calendar.getFirstPropertyValue('method');
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      method,
      status: component.getFirstPropertyValue('status'),
      uid: event.uid,
      sequence: event.sequence,
      start: event.startDate.toString(),
      tzid: component.getFirstProperty('dtstart')!.getParameter('tzid'),
      summary: event.summary,
      location: event.location,
    };
  });
}

/** A mail's subject as its reader sees it: unfolded, with MIME encoded-words (RFC 2047, as a subject with a dash gets) decoded. */
export function subjectOf(mail: { raw: string }): string {
  const line = mail.raw
    .replace(/\r?\n[ \t]+/g, ' ')
    .match(/^Subject: (.*)$/m)![1]
    .trim();
  const merged = line.replace(/\?=\s+=\?UTF-8\?Q\?/gi, '');
  return merged.replace(/=\?UTF-8\?Q\?([^?]*)\?=/gi, (_, q: string) =>
    Buffer.from(
      q.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
      'latin1',
    ).toString('utf8'),
  );
}
