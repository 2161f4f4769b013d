import { defaultFramework } from '@kijkje/domain';
import type { EntityManager } from 'typeorm';
import { FINDINGS, HELD, ROUNDS, SUMMARIES, THEMES } from './closed-programme.data';
import { seedDemoPlan } from './demo-plan';

export interface ClosedProgrammePeople {
  coordinator: string;
  member: string;
  host: string;
  lead: string;
  /** Arnhem's contact, who leads the team at Eindhoven. */
  arnhem: string;
  /** Eindhoven's contact, who hosts Eindhoven's visit. */
  eindhoven: string;
  nijmegen: string;
  /** Delft's and Groningen's contacts: they review in round 2. */
  delft: string;
  groningen: string;
}

/**
 * "Sturen met Kwaliteit 2025": a programme of eight municipalities in two rounds of four, still
 * running while its last reports are written. Six visits have their final report and findings
 * (most released), ready for a harvest; Nijmegen's (round 1) and Eindhoven's (round 2) visits have
 * been held and their findings shared and answered, so their leads (Ruben Reviewer at Nijmegen,
 * Arnhem's Aron Arnhem at Eindhoven) can write and finalise the report. Journey 15 walks Nijmegen's;
 * Eindhoven's is there for the keyboard and host-comment journeys.
 */
export async function seedClosedProgramme(
  em: EntityManager,
  networkId: string,
  people: ClosedProgrammePeople,
  organisations: Record<string, string>,
): Promise<string> {
  const [programme] = await em.query(
    `INSERT INTO programme (network_id, name, description, themes, framework, places, default_sharing, status, sign_up_opens_at, sign_up_closes_at, created_by)
     VALUES ($1, 'Sturen met Kwaliteit 2025', $2, $3, $4, 8, 'PUBLIC', 'RUNNING', now() - interval '400 days', now() - interval '340 days', $5) RETURNING id`,
    [
      networkId,
      'Het eerdere programma: acht gemeenten bezochten elkaar in twee rondes; de oogst is gepubliceerd.',
      JSON.stringify(THEMES),
      JSON.stringify(defaultFramework(THEMES)),
      people.coordinator,
    ],
  );
  // Who reviews whom, always for their own municipality and from their own round.
  const teams: Record<string, [string, string, boolean][]> = {
    Utrecht: [
      [people.host, 'Zwolle', true],
      [people.lead, 'Deventer', false],
    ],
    Zwolle: [
      [people.member, 'Utrecht', false],
      [people.lead, 'Deventer', true],
    ],
    Deventer: [
      [people.member, 'Utrecht', true],
      [people.host, 'Zwolle', false],
    ],
    Nijmegen: [
      [people.host, 'Zwolle', false],
      [people.lead, 'Deventer', true],
    ],
    Arnhem: [
      [people.delft, 'Delft', true],
      [people.groningen, 'Groningen', false],
    ],
    Eindhoven: [
      [people.arnhem, 'Arnhem', true],
      [people.groningen, 'Groningen', false],
    ],
    Delft: [
      [people.groningen, 'Groningen', true],
      [people.eindhoven, 'Eindhoven', false],
    ],
    Groningen: [
      [people.delft, 'Delft', true],
      [people.arnhem, 'Arnhem', false],
    ],
  };
  // Who answers for the host: its own contact.
  const contacts: Record<string, string> = {
    Utrecht: people.member,
    Zwolle: people.host,
    Deventer: people.lead,
    Nijmegen: people.nijmegen,
    Arnhem: people.arnhem,
    Eindhoven: people.eindhoven,
    Delft: people.delft,
    Groningen: people.groningen,
  };
  let i = 0;
  for (const [roundName, names] of Object.entries(ROUNDS)) {
    const [round] = await em.query(`INSERT INTO round (network_id, programme_id, name, status) VALUES ($1, $2, $3, 'REPORTING') RETURNING id`, [
      networkId,
      programme.id,
      roundName,
    ]);
    for (const name of names)
      await seedVisit(em, {
        networkId,
        programmeId: programme.id,
        roundId: round.id,
        name,
        organisations,
        team: teams[name],
        contact: contacts[name],
        coordinator: people.coordinator,
        i: i++,
      });
  }
  await seedDemoPlan(em, networkId, programme.id, people);
  return programme.id;
}

/** One municipality of a round: its placed application, the visit it hosts, its team, findings and report. */
async function seedVisit(
  em: EntityManager,
  x: {
    networkId: string;
    programmeId: string;
    roundId: string;
    name: string;
    organisations: Record<string, string>;
    team: [string, string, boolean][];
    contact: string;
    coordinator: string;
    i: number;
  },
): Promise<void> {
  const { networkId, name, organisations } = x;
  const organisationId = organisations[name];
  const [application] = await em.query(
    `INSERT INTO application (network_id, programme_id, organisation_id, review_question, themes, preferred_period, consent, status, submitted_at)
     VALUES ($1, $2, $3, 'Hoe sturen wij op de bedoeling, en houden wij grip op de kosten?', $4, 'voorjaar 2025', 'PUBLIC', 'PLACED', now() - interval '380 days') RETURNING id`,
    [networkId, x.programmeId, organisationId, JSON.stringify(THEMES.slice(0, 2))],
  );
  await em.query(`INSERT INTO round_member (application_id, network_id, round_id) VALUES ($1, $2, $3)`, [application.id, networkId, x.roundId]);
  const final = !HELD.has(name);
  // A held visit's findings are shared and the host may still reply; a final report's reply period ended long ago.
  const [visit] = await em.query(
    `INSERT INTO visit (network_id, round_id, host_organisation_id, status, starts_on, starts_at, ends_at, calendar_sequence, location, agenda, answers, prepared_at, held_at, reply_deadline)
     VALUES ($1, $2, $3, $4::text, current_date - $5::int, (current_date - $5::int + time '09:30') AT TIME ZONE 'Europe/Amsterdam',
             (current_date - $5::int + time '12:30') AT TIME ZONE 'Europe/Amsterdam', 1, $6, $7, $8, now() - interval '320 days', now() - make_interval(days => $5),
             CASE WHEN $4::text = 'HELD' THEN now() + interval '10 days' ELSE now() - make_interval(days => $5 - 14) END) RETURNING id`,
    [
      networkId,
      x.roundId,
      organisationId,
      final ? 'REPORT_FINAL' : 'HELD',
      final ? 300 - x.i * 7 : 3,
      `Stadhuis ${name}`,
      JSON.stringify([{ startTime: '09:30', endTime: '12:00', topic: 'Gesprekken met het wijkteam en de wethouder', partners: ['WIJKTEAM', 'WETHOUDER'] }]),
      JSON.stringify({ 'general:FOTO_VAN_NU': `Zo staat ${name} er nu voor.`, 'general:STIP_AAN_DE_HORIZON': 'Sturen op de bedoeling.' }),
    ],
  );
  for (const [userId, from, lead] of x.team) {
    await em.query(`INSERT INTO visit_reviewer (network_id, visit_id, user_id, organisation_id, is_lead, assigned_by) VALUES ($1, $2, $3, $4, $5, $6)`, [
      networkId,
      visit.id,
      userId,
      organisations[from],
      lead,
      x.coordinator,
    ]);
  }
  const author = x.team.find(([, , lead]) => lead)![0];
  for (const f of FINDINGS[name]) {
    const [finding] = await em.query(
      `INSERT INTO finding (network_id, visit_id, author_id, kind, theme, text, evidence, tags, status, released_for_harvest)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      // Evidence as the app stores it: every part present, empty when not given.
      [
        networkId,
        visit.id,
        author,
        f.kind,
        f.theme,
        f.text,
        JSON.stringify({ source: '', quote: '', indicator: '' }),
        JSON.stringify(f.tags),
        final ? 'FINAL' : 'SHARED',
        f.released,
      ],
    );
    if (f.response) {
      await em.query(`INSERT INTO host_response (network_id, finding_id, kind, text, responded_by) VALUES ($1, $2, $3, $4, $5)`, [
        networkId,
        finding.id,
        f.response.kind,
        f.response.text,
        x.contact,
      ]);
    }
  }
  if (final) {
    await em.query(
      `INSERT INTO visit_report (network_id, visit_id, summary, host_comment, sharing, reply_deadline) VALUES ($1, $2, $3, $4, 'ROUND', now() - interval '250 days')`,
      [networkId, visit.id, SUMMARIES[name], 'Herkenbaar. Dank voor de open blik.'],
    );
  }
}
