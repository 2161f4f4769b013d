import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTable } from './1763856000000-foundation';

/**
 * Learning tracks (leergang, veranderlab) and the facilitator (begeleider): a third role in a
 * network, for outside organisers who run tracks and never speak for one of the network's
 * organisations. A track has facilitators, a schedule of sessions, and individual participants who
 * apply (capacity, waitlist); each accepted participant keeps a case (a steering question and a
 * log of dated entries) on which facilitators and peers leave feedback per session.
 */
export class LearningTracks1796256250000 implements MigrationInterface {
  name = 'LearningTracks1796256250000';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `ALTER TABLE membership DROP CONSTRAINT membership_role_check`,
      `ALTER TABLE membership ADD CONSTRAINT membership_role_check CHECK (role IN ('COORDINATOR', 'MEMBER', 'FACILITATOR'))`,
      `ALTER TABLE membership ADD CONSTRAINT ck_membership_facilitator_organisation CHECK (role <> 'FACILITATOR' OR organisation_id IS NULL)`,
      `ALTER TABLE invitation DROP CONSTRAINT invitation_role_check`,
      `ALTER TABLE invitation ADD CONSTRAINT invitation_role_check CHECK (role IN ('COORDINATOR', 'MEMBER', 'FACILITATOR'))`,
      `ALTER TABLE invitation ADD CONSTRAINT ck_invitation_facilitator_organisation CHECK (role <> 'FACILITATOR' OR organisation_id IS NULL)`,
      `CREATE TABLE track (
         id uuid NOT NULL DEFAULT gen_random_uuid(),
         network_id uuid NOT NULL REFERENCES network(id),
         title varchar(200) NOT NULL CONSTRAINT ck_track_title CHECK (btrim(title) <> ''),
         description text NOT NULL DEFAULT '' CONSTRAINT ck_track_description CHECK (char_length(description) <= 4000),
         capacity integer NOT NULL CONSTRAINT ck_track_capacity CHECK (capacity BETWEEN 1 AND 100),
         status varchar(12) NOT NULL DEFAULT 'DRAFT' CONSTRAINT ck_track_status CHECK (status IN ('DRAFT', 'OPEN', 'RUNNING', 'CLOSED')),
         created_by uuid NULL REFERENCES app_user(id) ON DELETE SET NULL,
         version integer NOT NULL DEFAULT 1,
         created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
         updated_at timestamptz NOT NULL DEFAULT clock_timestamp(),
         PRIMARY KEY (network_id, id))`,
      `CREATE INDEX ix_track_created ON track (network_id, created_at)`,
      `CREATE TABLE track_facilitator (
         network_id uuid NOT NULL REFERENCES network(id),
         track_id uuid NOT NULL,
         user_id uuid NOT NULL REFERENCES app_user(id),
         assigned_by uuid NULL REFERENCES app_user(id) ON DELETE SET NULL,
         assigned_at timestamptz NOT NULL DEFAULT clock_timestamp(),
         PRIMARY KEY (network_id, track_id, user_id),
         FOREIGN KEY (network_id, track_id) REFERENCES track (network_id, id))`,
      `CREATE INDEX ix_track_facilitator_user ON track_facilitator (network_id, user_id)`,
      `CREATE TABLE track_session (
         id uuid NOT NULL DEFAULT gen_random_uuid(),
         network_id uuid NOT NULL REFERENCES network(id),
         track_id uuid NOT NULL,
         kind varchar(12) NOT NULL CONSTRAINT ck_track_session_kind CHECK (kind IN ('KICK_OFF', 'WORKSHOP', 'FEEDBACK', 'CLOSING')),
         title varchar(200) NOT NULL CONSTRAINT ck_track_session_title CHECK (btrim(title) <> ''),
         starts_at timestamptz NOT NULL,
         ends_at timestamptz NOT NULL,
         place varchar(300) NOT NULL DEFAULT '',
         created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
         PRIMARY KEY (network_id, id),
         UNIQUE (network_id, track_id, id),
         CONSTRAINT ck_track_session_span CHECK (ends_at > starts_at),
         FOREIGN KEY (network_id, track_id) REFERENCES track (network_id, id))`,
      `CREATE INDEX ix_track_session_starts ON track_session (network_id, track_id, starts_at)`,
      `CREATE TABLE track_participant (
         id uuid NOT NULL DEFAULT gen_random_uuid(),
         network_id uuid NOT NULL REFERENCES network(id),
         track_id uuid NOT NULL,
         user_id uuid NOT NULL REFERENCES app_user(id),
         status varchar(12) NOT NULL
           CONSTRAINT ck_track_participant_status CHECK (status IN ('SUBMITTED', 'ACCEPTED', 'WAITLISTED', 'WITHDRAWN', 'DECLINED')),
         motivation text NOT NULL DEFAULT '' CONSTRAINT ck_track_participant_motivation CHECK (char_length(motivation) <= 2000),
         feedback_group varchar(60) NULL CONSTRAINT ck_track_participant_group CHECK (feedback_group IS NULL OR btrim(feedback_group) <> ''),
         submitted_at timestamptz NOT NULL DEFAULT clock_timestamp(),
         decided_at timestamptz NULL,
         decided_by uuid NULL REFERENCES app_user(id) ON DELETE SET NULL,
         case_question text NOT NULL DEFAULT '' CONSTRAINT ck_track_case_question CHECK (char_length(case_question) <= 1000),
         case_shared_with_group boolean NOT NULL DEFAULT false,
         case_version integer NOT NULL DEFAULT 1,
         updated_at timestamptz NOT NULL DEFAULT clock_timestamp(),
         PRIMARY KEY (network_id, id),
         UNIQUE (network_id, track_id, user_id),
         UNIQUE (network_id, track_id, id),
         FOREIGN KEY (network_id, track_id) REFERENCES track (network_id, id))`,
      `CREATE INDEX ix_track_participant_user ON track_participant (network_id, user_id)`,
      `CREATE TABLE track_case_entry (
         id uuid NOT NULL DEFAULT gen_random_uuid(),
         network_id uuid NOT NULL REFERENCES network(id),
         track_id uuid NOT NULL,
         participant_id uuid NOT NULL,
         entry_day date NOT NULL,
         text text NOT NULL CONSTRAINT ck_track_case_entry_text CHECK (char_length(text) BETWEEN 1 AND 8000),
         version integer NOT NULL DEFAULT 1,
         created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
         updated_at timestamptz NOT NULL DEFAULT clock_timestamp(),
         PRIMARY KEY (network_id, id),
         FOREIGN KEY (network_id, track_id, participant_id) REFERENCES track_participant (network_id, track_id, id) ON DELETE CASCADE)`,
      `CREATE INDEX ix_track_case_entry_case ON track_case_entry (network_id, participant_id, entry_day)`,
      `CREATE TABLE track_feedback (
         id uuid NOT NULL DEFAULT gen_random_uuid(),
         network_id uuid NOT NULL REFERENCES network(id),
         track_id uuid NOT NULL,
         participant_id uuid NOT NULL,
         session_id uuid NOT NULL,
         author_id uuid NULL REFERENCES app_user(id) ON DELETE SET NULL,
         text text NOT NULL CONSTRAINT ck_track_feedback_text CHECK (char_length(text) BETWEEN 1 AND 4000),
         created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
         PRIMARY KEY (network_id, id),
         FOREIGN KEY (network_id, track_id, participant_id) REFERENCES track_participant (network_id, track_id, id) ON DELETE CASCADE,
         FOREIGN KEY (network_id, track_id, session_id) REFERENCES track_session (network_id, track_id, id))`,
      `CREATE INDEX ix_track_feedback_case ON track_feedback (network_id, participant_id, created_at)`,
      `CREATE INDEX ix_track_feedback_session ON track_feedback (network_id, session_id)`,
      ...tenantTable('track'),
      ...tenantTable('track_facilitator'),
      ...tenantTable('track_session'),
      ...tenantTable('track_participant'),
      ...tenantTable('track_case_entry'),
      ...tenantTable('track_feedback'),
      // Tracks stay (their history is the network's); facilitators and sessions are removed by the organisers,
      // applications by an erasure (their case log and the feedback on it go with them). Feedback is never edited.
      `GRANT SELECT, INSERT, UPDATE ON track, track_case_entry TO kijkje_app`,
      `GRANT SELECT, INSERT, DELETE ON track_facilitator TO kijkje_app`,
      `GRANT SELECT, INSERT, UPDATE, DELETE ON track_session, track_participant TO kijkje_app`,
      `GRANT SELECT, INSERT ON track_feedback TO kijkje_app`,
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['track_feedback', 'track_case_entry', 'track_participant', 'track_session', 'track_facilitator', 'track'])
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    await q.query(`DELETE FROM invitation WHERE role = 'FACILITATOR'`);
    await q.query(`DELETE FROM membership WHERE role = 'FACILITATOR'`);
    for (const table of ['membership', 'invitation']) {
      await q.query(`ALTER TABLE ${table} DROP CONSTRAINT ck_${table}_facilitator_organisation`);
      await q.query(`ALTER TABLE ${table} DROP CONSTRAINT ${table}_role_check`);
      await q.query(`ALTER TABLE ${table} ADD CONSTRAINT ${table}_role_check CHECK (role IN ('COORDINATOR', 'MEMBER'))`);
    }
  }
}
