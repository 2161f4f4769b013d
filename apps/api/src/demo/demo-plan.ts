import type { EntityManager } from 'typeorm';

/**
 * Zwolle's action plan after its final report in "Sturen met Kwaliteit 2025": two actions that
 * answer its recommendation and its concern, one done and one under way, shared with the team;
 * the lead's comment and the recommendation marked as answered; and its progress review at six
 * months, submitted, against the foto van nu of its preparation. So the plan page has something
 * to show at once (log in as gastgemeente@ or reviewer@).
 */
export async function seedDemoPlan(em: EntityManager, networkId: string, programmeId: string, people: { host: string; lead: string }): Promise<void> {
  const [visit] = await em.query(
    `SELECT v.id FROM visit v JOIN round r ON r.id = v.round_id JOIN organisation o ON o.id = v.host_organisation_id
      WHERE v.network_id = $1 AND r.programme_id = $2 AND o.name = 'Zwolle' AND v.status = 'REPORT_FINAL'`,
    [networkId, programmeId],
  );
  const findings: { id: string; kind: string }[] = await em.query(`SELECT id, kind FROM finding WHERE visit_id = $1 AND status = 'FINAL'`, [visit.id]);
  const of = (kind: string) => findings.find((f) => f.kind === kind)!.id;
  await em.query(
    `INSERT INTO action_plan (network_id, visit_id, status, answered_finding_ids, shared_at, created_at) VALUES ($1, $2, 'SHARED', ARRAY[$3::uuid], now() - interval '200 days', now() - interval '220 days')`,
    [networkId, visit.id, of('RECOMMENDATION')],
  );
  const actions: [string, string, string, string, string][] = [
    ['Dashboard terugbrengen tot drie sturingscijfers', 'Teamleider informatievoorziening', 'DONE', 'current_date - 60', of('RECOMMENDATION')],
    ['Wachtlijst jeugdhulp maandelijks bespreken met de huisartsen', 'Beleidsadviseur jeugd', 'IN_PROGRESS', 'current_date + 90', of('CONCERN')],
  ];
  for (const [title, owner, status, due, finding] of actions) {
    const [action] = await em.query(
      `INSERT INTO plan_action (network_id, visit_id, title, owner, status, due_on, finding_ids, created_by) VALUES ($1, $2, $3, $4, $5, ${due}, ARRAY[$6::uuid], $7) RETURNING id`,
      [networkId, visit.id, title, owner, status, finding, people.host],
    );
    if (status === 'DONE')
      await em.query(`INSERT INTO plan_action_comment (network_id, action_id, author_id, text) VALUES ($1, $2, $3, $4)`, [
        networkId,
        action.id,
        people.lead,
        'Mooi dat dit er al staat; laat ons bij het voortgangsgesprek zien welke drie het zijn geworden.',
      ]);
  }
  await em.query(
    `INSERT INTO progress_review (network_id, visit_id, months, foto_van_nu, reflection, submitted_at, submitted_by)
     VALUES ($1, $2, 6, $3, $4, now() - interval '60 days', $5)`,
    [
      networkId,
      visit.id,
      'Het dashboard telt nu drie sturingscijfers die het college elk kwartaal bespreekt. De wachtlijst jeugdhulp is van 140 naar 95 kinderen gedaald; de huisartsen schuiven sinds maart aan.',
      'We zijn dichter bij de stip: sturen op wat inwoners merken. Wat nog niet lukt, is de cijfers over de hele keten te krijgen; dat nemen we mee naar het gesprek na twaalf maanden.',
      people.host,
    ],
  );
}
