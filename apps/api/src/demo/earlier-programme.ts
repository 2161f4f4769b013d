import { defaultFramework, type FindingKind } from '@kijkje/domain';
import { findMunicipality } from '@kijkje/reference-data';
import type { EntityManager } from 'typeorm';
import { THEMES } from './closed-programme.data';

/**
 * "Sturen met Kwaliteit 2024": a finished programme of the year before, so that a harvest can set
 * 2025 beside it (the comparison in a harvest). One closed round of four municipalities of their
 * own (Haarlem, Leiden, Amersfoort, Apeldoorn), whose people are in no other round and have no
 * demo login: nothing they do shows up in anyone's tasks or visits. Every visit has its final
 * report, its released findings (consent PUBLIC), and every participant submitted an evaluation.
 */
const MUNICIPALITIES = ['GM0392', 'GM0546', 'GM0307', 'GM0200'] as const;

/** Per municipality: its contact (who reviews elsewhere) and the findings its visit yielded (theme, kind, text). */
const PEOPLE: Record<(typeof MUNICIPALITIES)[number], { email: string; name: string; findings: [string, FindingKind, string][] }> = {
  GM0392: {
    email: 'haarlem@kijkje.test',
    name: 'Hanna Haarlem',
    findings: [
      ['Wmo', 'CONCERN', 'De wachttijd voor een keukentafelgesprek loopt op tot zes weken.'],
      ['Jeugd', 'STRENGTH', 'Het jeugdteam werkt nauw samen met de scholen.'],
    ],
  },
  GM0546: {
    email: 'leiden@kijkje.test',
    name: 'Lars Leiden',
    findings: [
      ['Wmo', 'CONCERN', 'De kosten van de huishoudelijke hulp stijgen sneller dan begroot.'],
      ['Financiële beheersbaarheid', 'RECOMMENDATION', 'Stuur op een paar kerncijfers per kwartaal in plaats van op de jaarrekening.'],
    ],
  },
  GM0307: {
    email: 'amersfoort@kijkje.test',
    name: 'Anouk Amersfoort',
    findings: [
      ['Jeugd', 'CONCERN', 'Er is weinig zicht op wat de jeugdhulp oplevert.'],
      ['Wmo', 'STRENGTH', 'Inwoners weten het wijkteam goed te vinden.'],
    ],
  },
  GM0200: {
    email: 'apeldoorn@kijkje.test',
    name: 'Paul Apeldoorn',
    findings: [
      ['Wmo', 'OWN_RESPONSIBILITY', 'De gemeente kan zelf de toegang tot de Wmo eenvoudiger maken.'],
      ['Jeugd', 'CONCERN', 'De wachtlijsten in de specialistische jeugdhulp groeien.'],
    ],
  },
};

/** Who reviews whom: the two municipalities after the host, the first of them leading. */
const reviewersOf = (index: number) => [(index + 1) % 4, (index + 2) % 4];

export async function seedEarlierProgramme(em: EntityManager, networkId: string, coordinatorId: string): Promise<string> {
  const organisations: string[] = [];
  const people: string[] = [];
  for (const code of MUNICIPALITIES) {
    const m = findMunicipality(code);
    if (!m) throw new Error(`demo municipality ${code} missing from reference data`);
    const [org] = await em.query(
      `INSERT INTO organisation (network_id, name, kind, cbs_code, province, population) VALUES ($1, $2, 'MUNICIPALITY', $3, $4, $5) RETURNING id`,
      [networkId, m.name, m.cbsCode, m.province, m.population],
    );
    // No password: a person of the story, not a login.
    const [user] = await em.query(`INSERT INTO app_user (email, name) VALUES ($1, $2) RETURNING id`, [PEOPLE[code].email, PEOPLE[code].name]);
    await em.query(`INSERT INTO membership (network_id, user_id, organisation_id, role) VALUES ($1, $2, $3, 'MEMBER')`, [networkId, user.id, org.id]);
    organisations.push(org.id);
    people.push(user.id);
  }
  const [programme] = await em.query(
    `INSERT INTO programme (network_id, name, description, themes, framework, places, default_sharing, status, sign_up_opens_at, sign_up_closes_at, created_by)
     VALUES ($1, 'Sturen met Kwaliteit 2024', $2, $3, $4, 4, 'PUBLIC', 'CLOSED', now() - interval '800 days', now() - interval '740 days', $5) RETURNING id`,
    [
      networkId,
      'Het programma van het jaar ervoor: vier gemeenten bezochten elkaar in één ronde, afgerond en geëvalueerd.',
      JSON.stringify(THEMES),
      JSON.stringify(defaultFramework(THEMES)),
      coordinatorId,
    ],
  );
  const [round] = await em.query(`INSERT INTO round (network_id, programme_id, name, status) VALUES ($1, $2, 'Ronde 1', 'CLOSED') RETURNING id`, [
    networkId,
    programme.id,
  ]);
  for (const [i, code] of MUNICIPALITIES.entries()) {
    const [application] = await em.query(
      `INSERT INTO application (network_id, programme_id, organisation_id, review_question, themes, preferred_period, consent, status, submitted_at)
       VALUES ($1, $2, $3, 'Hoe houden wij grip op de kosten zonder de bedoeling te verliezen?', $4, 'voorjaar 2024', 'PUBLIC', 'PLACED', now() - interval '760 days') RETURNING id`,
      [networkId, programme.id, organisations[i], JSON.stringify(THEMES.slice(0, 2))],
    );
    await em.query(`INSERT INTO round_member (application_id, network_id, round_id) VALUES ($1, $2, $3)`, [application.id, networkId, round.id]);
    const daysAgo = 650 - i * 7;
    const [visit] = await em.query(
      `INSERT INTO visit (network_id, round_id, host_organisation_id, status, starts_on, starts_at, ends_at, calendar_sequence, location, agenda, prepared_at, held_at, reply_deadline)
       VALUES ($1, $2, $3, 'REPORT_FINAL', current_date - $4::int, (current_date - $4::int + time '09:30') AT TIME ZONE 'Europe/Amsterdam',
               (current_date - $4::int + time '12:30') AT TIME ZONE 'Europe/Amsterdam', 1, $5, $6, now() - make_interval(days => $4 + 20),
               now() - make_interval(days => $4), now() - make_interval(days => $4 - 14)) RETURNING id`,
      [
        networkId,
        round.id,
        organisations[i],
        daysAgo,
        `Stadhuis ${findMunicipality(code)!.name}`,
        JSON.stringify([{ startTime: '09:30', endTime: '12:00', topic: 'Gesprekken met het wijkteam en de wethouder', partners: ['WIJKTEAM', 'WETHOUDER'] }]),
      ],
    );
    const [lead, other] = reviewersOf(i);
    for (const [j, isLead] of [
      [lead, true],
      [other, false],
    ] as const) {
      await em.query(`INSERT INTO visit_reviewer (network_id, visit_id, user_id, organisation_id, is_lead, assigned_by) VALUES ($1, $2, $3, $4, $5, $6)`, [
        networkId,
        visit.id,
        people[j],
        organisations[j],
        isLead,
        coordinatorId,
      ]);
    }
    for (const [theme, kind, text] of PEOPLE[code].findings) {
      await em.query(
        `INSERT INTO finding (network_id, visit_id, author_id, kind, theme, text, evidence, tags, status, released_for_harvest)
         VALUES ($1, $2, $3, $4, $5, $6, $7, '[]', 'FINAL', true)`,
        [networkId, visit.id, people[lead], kind, theme, text, JSON.stringify({ source: '', quote: '', indicator: '' })],
      );
    }
    await em.query(
      `INSERT INTO visit_report (network_id, visit_id, summary, host_comment, sharing, reply_deadline) VALUES ($1, $2, $3, '', 'ROUND', now() - make_interval(days => $4 - 30))`,
      [networkId, visit.id, 'Een open bezoek: de gemeente zoekt grip op de kosten en houdt de toegang dichtbij.', daysAgo],
    );
  }
  // Everyone who took part evaluated the round, so its results can be read (four answers: above the anonymity threshold).
  for (const [i, userId] of people.entries()) {
    await em.query(
      `INSERT INTO round_evaluation (network_id, round_id, user_id, usefulness, safety, preparation, team, would_recommend, comment, submitted_at)
       VALUES ($1, $2, $3, $4, 5, $5, 4, true, '', now() - interval '600 days')`,
      [networkId, round.id, userId, 4 + (i % 2), 3 + (i % 3)],
    );
  }
  return programme.id;
}
