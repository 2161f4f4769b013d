import type { Client } from 'pg';
import { personIn } from '../hardening/support/people';
import { withAdmin } from './database';
import type { TestApp } from './test-app';
import type { Person } from './world';

/**
 * A learning track in progress, written as the owner: a facilitator (FACILITATOR role, no
 * organisation), the `owner` and a `peer` accepted in feedback group A (the owner shares the
 * case with the group), an `outsider` participant in group B, one applicant still waiting, a
 * session, a case entry and feedback on the owner's case.
 */
export interface TrackWorld {
  networkId: string;
  trackId: string;
  facilitator: Person;
  owner: Person;
  peer: Person;
  otherGroup: Person;
  applicant: Person;
  participants: { owner: string; peer: string; otherGroup: string; applicant: string };
  sessionId: string;
  entryId: string;
  feedbackId: string;
}

export async function trackIn(c: Client, networkId: string, organisationId: string, tag: string): Promise<TrackWorld> {
  const facilitator = await personIn(c, networkId, null, `${tag}-begeleider`, 'FACILITATOR');
  const owner = await personIn(c, networkId, organisationId, `${tag}-casushouder`);
  const peer = await personIn(c, networkId, organisationId, `${tag}-groepsgenoot`);
  const otherGroup = await personIn(c, networkId, organisationId, `${tag}-andere-groep`);
  const applicant = await personIn(c, networkId, organisationId, `${tag}-aanmelder`);
  const track = await c.query(
    `INSERT INTO track (network_id, title, description, capacity, status) VALUES ($1, $2, 'Een veranderlab', 10, 'RUNNING') RETURNING id`,
    [networkId, `Veranderlab ${tag}`],
  );
  const trackId = track.rows[0].id as string;
  await c.query(`INSERT INTO track_facilitator (network_id, track_id, user_id) VALUES ($1, $2, $3)`, [networkId, trackId, facilitator.id]);
  const session = await c.query(
    `INSERT INTO track_session (network_id, track_id, kind, title, starts_at, ends_at) VALUES ($1, $2, 'KICK_OFF', 'Startbijeenkomst', now() - interval '7 days', now() - interval '7 days' + interval '3 hours') RETURNING id`,
    [networkId, trackId],
  );
  const join = async (who: Person, status: string, group: string | null, shared: boolean) =>
    (
      await c.query(
        `INSERT INTO track_participant (network_id, track_id, user_id, status, feedback_group, case_question, case_shared_with_group)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [networkId, trackId, who.id, status, group, status === 'ACCEPTED' ? `Geheime stuurvraag van ${tag}` : '', shared],
      )
    ).rows[0].id as string;
  const participants = {
    owner: await join(owner, 'ACCEPTED', 'A', true),
    peer: await join(peer, 'ACCEPTED', 'A', false),
    otherGroup: await join(otherGroup, 'ACCEPTED', 'B', true),
    applicant: await join(applicant, 'SUBMITTED', null, false),
  };
  const entry = await c.query(
    `INSERT INTO track_case_entry (network_id, track_id, participant_id, entry_day, text) VALUES ($1, $2, $3, current_date - 1, $4) RETURNING id`,
    [networkId, trackId, participants.owner, `Geheime aantekening van ${tag}`],
  );
  const feedback = await c.query(
    `INSERT INTO track_feedback (network_id, track_id, participant_id, session_id, author_id, text) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [networkId, trackId, participants.owner, session.rows[0].id, facilitator.id, `Geheime feedback van ${tag}`],
  );
  return {
    networkId,
    trackId,
    facilitator,
    owner,
    peer,
    otherGroup,
    applicant,
    participants,
    sessionId: session.rows[0].id,
    entryId: entry.rows[0].id,
    feedbackId: feedback.rows[0].id,
  };
}

export function buildTrackWorld(t: TestApp, networkId: string, organisationId: string, tag = 'lab'): Promise<TrackWorld> {
  return withAdmin((c) => trackIn(c, networkId, organisationId, tag), t.db.ownerUrl);
}
