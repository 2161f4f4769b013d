import { withAdmin } from './database';
import type { TestApp } from './test-app';
import type { World } from './world';

/**
 * Network A's rows, as the owner sees them, for the cross-tenant matrix (apps/api/test/cross-tenant):
 * a case takes them before the outsider's attempt and compares them after it. A file of the matrix
 * builds only some parts of network A; the parts it did not build read as empty here.
 */
export const state = (t: TestApp, w: World) =>
  withAdmin(
    async (c) =>
      (
        await c.query(
          `SELECT (SELECT count(*) FROM organisation WHERE network_id = $1)::int AS orgs,
                  (SELECT count(*) FROM invitation WHERE network_id = $1 AND revoked_at IS NULL)::int AS invitations,
                  (SELECT count(*) FROM membership WHERE network_id = $1 AND active)::int AS members,
                  (SELECT count(*) FROM programme WHERE network_id = $1)::int AS programmes,
                  (SELECT string_agg(status || version, ',' ORDER BY id) FROM programme WHERE network_id = $1) AS programme_states,
                  (SELECT string_agg(status || version, ',' ORDER BY id) FROM application WHERE network_id = $1) AS applications,
                  (SELECT count(*) FROM round WHERE network_id = $1)::int AS rounds,
                  (SELECT count(*) FROM round_member WHERE network_id = $1)::int AS placed,
                  (SELECT string_agg(status || version || location || agenda::text || answers::text || coalesce(review_question, '-'), ',' ORDER BY id) FROM visit WHERE network_id = $1) AS visits,
                  (SELECT string_agg(user_id::text || is_lead, ',' ORDER BY user_id) FROM visit_reviewer WHERE network_id = $1) AS reviewers,
                  (SELECT string_agg(status || version || text || released_for_harvest, ',' ORDER BY id) FROM finding WHERE network_id = $1) AS findings,
                  (SELECT count(*) FROM finding_comment WHERE network_id = $1)::int AS comments,
                  (SELECT count(*) FROM host_response WHERE network_id = $1)::int AS responses,
                  (SELECT string_agg(sharing || version || summary || host_comment, ',' ORDER BY visit_id) FROM visit_report WHERE network_id = $1) AS reports,
                  (SELECT count(*) FROM visit_report_revision WHERE network_id = $1)::int AS revisions,
                  (SELECT string_agg(title || version || visibility || narrative || quotes::text, ',' ORDER BY id) FROM harvest WHERE network_id = $1) AS harvests,
                  (SELECT count(*) FROM harvest_version WHERE network_id = $1)::int AS harvest_versions,
                  (SELECT string_agg(show_indicators::text || show_evaluation, ',' ORDER BY id) FROM harvest WHERE network_id = $1) AS harvest_sections,
                  (SELECT string_agg(harvest_id::text || programme_id || position, ',' ORDER BY harvest_id, position) FROM harvest_programme WHERE network_id = $1) AS harvest_programmes,
                  (SELECT count(*) FROM harvest_withdrawal WHERE network_id = $1)::int AS harvest_withdrawals,
                  (SELECT string_agg(slug || number || state, ',' ORDER BY slug) FROM harvest_public WHERE network_id = $1) AS harvests_public,
                  (SELECT string_agg(status || version || open_to_coordinator || array_to_string(answered_finding_ids, ' '), ',' ORDER BY visit_id)
                     FROM action_plan WHERE network_id = $1) AS plans,
                  (SELECT string_agg(title || version || status || owner, ',' ORDER BY id) FROM plan_action WHERE network_id = $1) AS plan_actions,
                  (SELECT count(*) FROM plan_action_comment WHERE network_id = $1)::int AS plan_comments,
                  (SELECT string_agg(months::text || version || foto_van_nu, ',' ORDER BY visit_id, months) FROM progress_review WHERE network_id = $1) AS progress_reviews,
                  (SELECT string_agg(code || period || value::text || version, ',' ORDER BY organisation_id, code, period) FROM indicator_value WHERE network_id = $1) AS indicators,
                  (SELECT string_agg(user_id::text || version || comment, ',' ORDER BY round_id, user_id) FROM round_evaluation WHERE network_id = $1) AS round_evaluations,
                  (SELECT string_agg(id::text || system_issue, ',' ORDER BY id) FROM finding WHERE network_id = $1 AND system_issue IS NOT NULL) AS system_issues,
                  (SELECT string_agg(title || version || status, ',' ORDER BY id) FROM meeting WHERE network_id = $1) AS meetings,
                  (SELECT count(*) FROM meeting_table WHERE network_id = $1)::int AS meeting_tables,
                  (SELECT count(*) FROM meeting_item WHERE network_id = $1)::int AS meeting_items,
                  (SELECT string_agg(status || coalesce(table_id::text, '-'), ',' ORDER BY id) FROM meeting_registration WHERE network_id = $1) AS meeting_registrations,
                  (SELECT string_agg(text || is_yield || is_recommendation || coalesce(cluster, '-') || coalesce(merged_into_id::text, '-'), ',' ORDER BY id)
                     FROM meeting_card WHERE network_id = $1) AS meeting_cards,
                  (SELECT string_agg(id::text || coalesce(next_meeting_id::text, '-'), ',' ORDER BY id) FROM meeting WHERE network_id = $1) AS meeting_links,
                  (SELECT string_agg(name || version || coalesce(host_user_id::text, '-') || capacity, ',' ORDER BY id) FROM meeting_table WHERE network_id = $1) AS meeting_table_rows,
                  (SELECT string_agg(text || version || visibility || kept::text, ',' ORDER BY meeting_id) FROM meeting_report WHERE network_id = $1) AS meeting_reports,
                  (SELECT string_agg(number || visibility || coalesce(withdrawn_at::text, '-'), ',' ORDER BY meeting_id, number) FROM meeting_report_version WHERE network_id = $1) AS meeting_report_versions,
                  (SELECT string_agg(slug || number || state, ',' ORDER BY slug) FROM meeting_report_public WHERE network_id = $1) AS meeting_report_public`,
          [w.a.id],
        )
      ).rows[0],
    t.db.ownerUrl,
  );

/** The work-meeting part of network A's rows. */
export const meetingState = async (t: TestApp, w: World) => {
  const all = (await state(t, w)) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(all).filter(([k]) => k.startsWith('meeting')));
};
