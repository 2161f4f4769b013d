/**
 * What the serving role needs on the schema, as the migrations grant it. The boot check and
 * readiness verify every entry, so a database restored without the role's grants is refused
 * instead of serving errors; a test keeps this list equal to what a migrated database grants
 * (a migration that grants something new adds it here).
 */
const CRUD = ['SELECT', 'INSERT', 'UPDATE', 'DELETE'] as const;
const APPEND = ['SELECT', 'INSERT'] as const;
const NO_DELETE = ['SELECT', 'INSERT', 'UPDATE'] as const;
const NO_UPDATE = ['SELECT', 'INSERT', 'DELETE'] as const;

export const APP_TABLE_PRIVILEGES: Readonly<Record<string, readonly string[]>> = {
  action_plan: CRUD,
  app_user: CRUD,
  application: CRUD,
  account_erasure: APPEND,
  audit_event: APPEND,
  calendar_feed: CRUD,
  deadline_reminder: APPEND,
  finding: CRUD,
  finding_comment: CRUD,
  finding_rollup: NO_DELETE,
  finding_rollup_version: NO_DELETE,
  harvest: NO_DELETE,
  harvest_programme: NO_UPDATE,
  harvest_public: CRUD,
  harvest_version: APPEND,
  harvest_withdrawal: APPEND,
  host_response: CRUD,
  indicator_value: CRUD,
  identity_provider: CRUD,
  idempotency_record: CRUD,
  invitation: CRUD,
  job: CRUD,
  meeting: NO_DELETE,
  meeting_calendar: CRUD,
  meeting_card: CRUD,
  meeting_facilitator: NO_UPDATE,
  meeting_item: CRUD,
  meeting_registration: CRUD,
  meeting_reminder: NO_UPDATE,
  meeting_report: NO_DELETE,
  meeting_report_public: CRUD,
  // A version is frozen; only its withdrawal columns may be written (a column grant, not checked here).
  meeting_report_version: APPEND,
  meeting_table: CRUD,
  membership: CRUD,
  network: CRUD,
  notification: CRUD,
  organisation: CRUD,
  passkey: CRUD,
  passkey_registration: CRUD,
  password_reset: CRUD,
  plan_action: CRUD,
  plan_action_comment: ['SELECT', 'INSERT', 'DELETE'],
  programme: CRUD,
  progress_review: CRUD,
  recovery_code: CRUD,
  rate_limit_bucket: CRUD,
  round: CRUD,
  round_evaluation: CRUD,
  retention_record: APPEND,
  round_member: CRUD,
  schedule: NO_DELETE,
  session: CRUD,
  track: NO_DELETE,
  track_case_entry: NO_DELETE,
  track_facilitator: ['SELECT', 'INSERT', 'DELETE'],
  track_feedback: APPEND,
  track_participant: CRUD,
  track_session: CRUD,
  track_session_calendar: CRUD,
  track_session_reminder: NO_UPDATE,
  // Moved only by the triggers of the tables it versions (as the owner); the app reads its network's.
  task_facts_version: ['SELECT'],
  sign_in_challenge: ['SELECT', 'INSERT', 'DELETE'],
  sso_attempt: ['SELECT', 'INSERT', 'DELETE'],
  user_totp: CRUD,
  visit: CRUD,
  // Deleted only by the retention job, once a closed programme's material has expired.
  visit_report: CRUD,
  visit_report_revision: ['SELECT', 'INSERT', 'DELETE'],
  visit_reviewer: CRUD,
};

/** Functions the serving role calls, as `regprocedure` spells them. */
export const APP_FUNCTION_PRIVILEGES: readonly string[] = [
  'finding_rollup_apply(uuid,uuid,text,text,integer)',
  'kijkje_enter(uuid,uuid)',
  'kijkje_begin(text,integer)',
  'kijkje_erase_traces(uuid,text,text[],text,uuid[])',
  'kijkje_erase_report_speakers(uuid,integer,text[],text)',
  'task_facts_note(uuid)',
];
