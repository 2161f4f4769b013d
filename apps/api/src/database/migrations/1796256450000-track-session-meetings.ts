import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A session of a learning track held with theme tables: a work meeting bound to the session (at
 * most one per session), whose audience is the track, not the network (track-session-meeting.ts
 * in libs/domain). The database keeps what must never slip:
 * - the session stays while its meeting does (no cascade, no SET NULL: a meeting that lost its
 *   session would fall back to the whole network's audience), and a meeting never changes sessions
 *   or becomes the network's;
 * - such a meeting has no host organisation and names no next meeting (a series is the network's);
 * - its report is never public.
 */
export class TrackSessionMeetings1796256450000 implements MigrationInterface {
  name = 'TrackSessionMeetings1796256450000';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `ALTER TABLE meeting ADD COLUMN track_session_id uuid NULL`,
      `ALTER TABLE meeting ADD CONSTRAINT fk_meeting_track_session FOREIGN KEY (network_id, track_session_id) REFERENCES track_session (network_id, id)`,
      `CREATE UNIQUE INDEX ux_meeting_track_session ON meeting (network_id, track_session_id) WHERE track_session_id IS NOT NULL`,
      `ALTER TABLE meeting ADD CONSTRAINT ck_meeting_track_session
         CHECK (track_session_id IS NULL OR (host_organisation_id IS NULL AND next_meeting_id IS NULL))`,
      `CREATE FUNCTION meeting_track_session_fixed() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN
           IF NEW.track_session_id IS DISTINCT FROM OLD.track_session_id THEN
             RAISE EXCEPTION 'a meeting keeps the audience it was made with' USING ERRCODE = 'check_violation';
           END IF;
           RETURN NEW;
         END $$`,
      `CREATE TRIGGER meeting_track_session_fixed BEFORE UPDATE OF track_session_id ON meeting
         FOR EACH ROW EXECUTE FUNCTION meeting_track_session_fixed()`,
      `CREATE FUNCTION meeting_report_not_public_for_track() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN
           IF NEW.visibility = 'PUBLIC' AND EXISTS (SELECT 1 FROM meeting m
                 WHERE m.network_id = NEW.network_id AND m.id = NEW.meeting_id AND m.track_session_id IS NOT NULL) THEN
             RAISE EXCEPTION 'the report of a track session is never public' USING ERRCODE = 'check_violation';
           END IF;
           RETURN NEW;
         END $$`,
      `CREATE TRIGGER meeting_report_not_public_for_track BEFORE INSERT OR UPDATE OF visibility ON meeting_report
         FOR EACH ROW EXECUTE FUNCTION meeting_report_not_public_for_track()`,
      `CREATE TRIGGER meeting_report_version_not_public_for_track BEFORE INSERT OR UPDATE OF visibility ON meeting_report_version
         FOR EACH ROW EXECUTE FUNCTION meeting_report_not_public_for_track()`,
    ];
    for (const sql of statements) await q.query(sql);
  }

  /** Refused while a track session's meeting exists: without its column it would read as the whole network's meeting. */
  async down(q: QueryRunner): Promise<void> {
    const [{ bound }] = await q.query(`SELECT count(*)::int AS bound FROM meeting WHERE track_session_id IS NOT NULL`);
    if (bound > 0) throw new Error(`${bound} meeting(s) belong to learning-track sessions; undoing this migration would show them to the whole network`);
    const statements = [
      `DROP TRIGGER IF EXISTS meeting_report_version_not_public_for_track ON meeting_report_version`,
      `DROP TRIGGER IF EXISTS meeting_report_not_public_for_track ON meeting_report`,
      `DROP FUNCTION IF EXISTS meeting_report_not_public_for_track()`,
      `DROP TRIGGER IF EXISTS meeting_track_session_fixed ON meeting`,
      `DROP FUNCTION IF EXISTS meeting_track_session_fixed()`,
      `ALTER TABLE meeting DROP CONSTRAINT IF EXISTS ck_meeting_track_session`,
      `DROP INDEX IF EXISTS ux_meeting_track_session`,
      `ALTER TABLE meeting DROP CONSTRAINT IF EXISTS fk_meeting_track_session`,
      `ALTER TABLE meeting DROP COLUMN IF EXISTS track_session_id`,
    ];
    for (const sql of statements) await q.query(sql);
  }
}
