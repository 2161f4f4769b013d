import type { INestApplicationContext } from '@nestjs/common';
import { RequestContext, inOwnTransaction, tenantTransaction } from '@kijkje/api/core';
import { MeetingReportService } from '@kijkje/api/meetings';
import type { MeetingQuestionKind } from '@kijkje/domain';
import type { Request, Response } from 'express';
import { DataSource, type EntityManager } from 'typeorm';

/** The demo's public meeting report, always at /bijeenkomst/<this> (journeys, README). */
export const DEMO_MEETING_REPORT_SLUG = 'werkbijeenkomst-sturing-en-control';

type People = Record<'coordinator' | 'member' | 'host' | 'lead' | 'nijmegen' | 'arnhem' | 'eindhoven' | 'delft' | 'groningen' | 'facilitator', string>;

const TABLES = ['Wmo en Jeugd', 'Participatie', 'Informatievoorziening'] as const;

/**
 * The cards of the past meeting, after the yields of the Delft meeting of December 2017 (seeds):
 * table, question, text, marked as yield, as recommendation, or folded into the card before it.
 */
const CARDS: [number, MeetingQuestionKind, string, 'yield' | 'recommendation' | 'both' | 'merged' | null][] = [
  [0, 'CONCERN', 'De wachtlijsten in de jeugdhulp blijven groeien.', 'yield'],
  [0, 'CONCERN', 'Wachtlijsten jeugd!', 'merged'],
  [0, 'OWN_RESPONSIBILITY', 'Communiceer duidelijk over onzekerheden en risico’s met je achterban.', 'recommendation'],
  [0, 'OWN_RESPONSIBILITY', 'Maak problematiek concreet via casuïstiekbesprekingen.', 'both'],
  [0, 'STRENGTH', 'Goede koffie vandaag.', null],
  [1, 'STRENGTH', 'In Delft werken beleid en control samen aan één dashboard.', 'yield'],
  [1, 'STRENGTH', 'Vier samen je successen en deel ze actief.', 'recommendation'],
  [1, 'OWN_RESPONSIBILITY', 'Zoek actief de dialoog met beleid, control en ketenpartners om elkaar te begrijpen.', 'recommendation'],
  [2, 'STRENGTH', 'Er is aandacht en ruimte voor datagedreven sturing.', 'yield'],
  [2, 'CONCERN', 'We verzamelen veel cijfers die niemand gebruikt.', 'yield'],
  [2, 'OWN_RESPONSIBILITY', 'Organiseer data-klooidagen om te verkennen wat de cijfers kunnen.', 'recommendation'],
  [2, 'OWN_RESPONSIBILITY', 'Focus op je kerninformatie, zoals het berichtenverkeer.', 'both'],
];

function actingAs(userId: string, email: string, name: string, networkId: string): RequestContext {
  const ctx = new RequestContext({ ip: '127.0.0.1' } as Request, {} as Response);
  ctx.session = { id: 'demo-seed', userId, currentNetworkId: networkId, email, name, isPlatformAdmin: false };
  return ctx;
}

async function meeting(
  em: EntityManager,
  networkId: string,
  m: { title: string; description: string; host: string; daysFromNow: number; place: string; status: string; createdBy: string },
): Promise<string> {
  const [row] = await em.query(
    `INSERT INTO meeting (network_id, title, description, host_organisation_id, starts_at, ends_at, place, capacity, status, created_by, created_at)
     VALUES ($1, $2, $3, $4, ((current_date + $5::int) + time '13:30') AT TIME ZONE 'Europe/Amsterdam',
             ((current_date + $5::int) + time '17:00') AT TIME ZONE 'Europe/Amsterdam', $6, 30, $7, $8, now() - interval '90 days') RETURNING id`,
    [networkId, m.title, m.description, m.host, m.daysFromNow, m.place, m.status, m.createdBy],
  );
  const items: [string, string, string][] = [
    ['13:30', 'Welkom door de gastgemeente', ''],
    ['13:45', 'Omgaan met complexiteit: het raamwerk van Cynefin', 'Dr. Pieter Veen (Zijlstra Centrum)'],
    ['14:30', 'Thematafels: wat gaat goed, waar maak je je zorgen om, wat is je eigen verantwoordelijkheid?', ''],
    ['16:15', 'Plenaire opbrengsten en afsluiting', ''],
  ];
  for (const [atTime, talk, speaker] of items)
    await em.query(`INSERT INTO meeting_item (network_id, meeting_id, at_time, talk, speaker) VALUES ($1, $2, $3, $4, $5)`, [
      networkId,
      row.id,
      atTime,
      talk,
      speaker,
    ]);
  return row.id;
}

async function tables(em: EntityManager, networkId: string, meetingId: string, hosts: string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const [i, name] of TABLES.entries()) {
    const [row] = await em.query(
      `INSERT INTO meeting_table (network_id, meeting_id, name, host_user_id, capacity, position) VALUES ($1, $2, $3, $4, 8, $5) RETURNING id`,
      [networkId, meetingId, name, hosts[i], i + 1],
    );
    ids.push(row.id);
  }
  return ids;
}

async function register(em: EntityManager, networkId: string, meetingId: string, seats: [string, string | null][]): Promise<void> {
  for (const [i, [userId, tableId]] of seats.entries())
    await em.query(
      `INSERT INTO meeting_registration (network_id, meeting_id, user_id, status, table_id, registered_at) VALUES ($1, $2, $3, 'REGISTERED', $4, now() - make_interval(days => 40 - $5))`,
      [networkId, meetingId, userId, tableId, i],
    );
}

/**
 * Two work meetings of the directors' network, in one series: one held at Delft two months ago,
 * with three theme tables, their cards and yields, and a report the coordinator published for
 * everyone (written and published through the product itself, so anonymised as it would be); and
 * one at Utrecht in a month, open for registration, with people registered and seated, and the
 * network's facilitator assigned to help run it. Seeded after the learning track, whose
 * facilitator membership the assignment needs.
 */
export async function seedDemoMeetings(app: INestApplicationContext, networkId: string, people: People): Promise<string> {
  const ds = app.get(DataSource);
  const { held: past, heldTables } = await tenantTransaction(ds, { networkId, userId: people.coordinator }, async (em) => {
    const orgs: { id: string; name: string }[] = await em.query(`SELECT id, name FROM organisation WHERE network_id = $1 AND name IN ('Delft', 'Utrecht')`, [
      networkId,
    ]);
    const org = (name: string) => orgs.find((o) => o.name === name)!.id;
    const common = { createdBy: people.coordinator };
    const upcoming = await meeting(em, networkId, {
      ...common,
      title: 'Werkbijeenkomst datagedreven sturen',
      description: 'De volgende werkbijeenkomst van het netwerk: hoe houden we het gesprek over cijfers en bedoeling gaande?',
      host: org('Utrecht'),
      daysFromNow: 30,
      place: 'Stadskantoor Utrecht',
      status: 'OPEN',
    });
    const upcomingTables = await tables(em, networkId, upcoming, [people.member, people.host, people.lead]);
    // The network's facilitator (a member of it for the learning track, speaking for no organisation) helps run it, as the coordinator would assign them.
    await em.query(
      `INSERT INTO meeting_facilitator (network_id, meeting_id, user_id, assigned_by, assigned_at) VALUES ($1, $2, $3, $4, now() - interval '20 days')`,
      [networkId, upcoming, people.facilitator, people.coordinator],
    );
    await register(em, networkId, upcoming, [
      [people.member, upcomingTables[0]],
      [people.host, upcomingTables[1]],
      [people.lead, upcomingTables[2]],
      [people.nijmegen, upcomingTables[0]],
      [people.delft, null],
    ]);
    const held = await meeting(em, networkId, {
      ...common,
      title: 'Werkbijeenkomst sturing en control in het sociaal domein',
      description: 'Kennis delen en ontwikkelen rond sturing en control, met drie thematafels.',
      host: org('Delft'),
      daysFromNow: -60,
      place: 'Stadskantoor Delft',
      status: 'HELD',
    });
    await em.query(`UPDATE meeting SET next_meeting_id = $2 WHERE id = $1`, [held, upcoming]);
    const heldTables = await tables(em, networkId, held, [people.member, people.host, people.lead]);
    const authors = [
      [people.nijmegen, people.eindhoven],
      [people.arnhem, people.delft],
      [people.groningen, people.lead],
    ];
    let previous = '';
    for (const [i, [table, kind, text, mark]] of CARDS.entries()) {
      const [card] = await em.query(
        `INSERT INTO meeting_card (network_id, meeting_id, table_id, kind, text, author_id, is_yield, is_recommendation, merged_into_id, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, ((current_date - 60) + time '15:00') AT TIME ZONE 'Europe/Amsterdam' + make_interval(mins => $10)) RETURNING id`,
        [
          networkId,
          held,
          heldTables[table],
          kind,
          text,
          authors[table][i % 2],
          mark === 'yield' || mark === 'both',
          mark === 'recommendation' || mark === 'both',
          mark === 'merged' ? previous : null,
          i,
        ],
      );
      previous = card.id;
    }
    return { held, heldTables };
  });

  const reports = app.get(MeetingReportService);
  const [coordinator] = await ds.query(`SELECT email, name FROM app_user WHERE id = $1`, [people.coordinator]);
  const ctx = actingAs(people.coordinator, coordinator.email, coordinator.name, networkId);
  await inOwnTransaction(ds, ctx, async () => {
    await reports.start(ctx, past);
    // The report gets one fixed address to point people to.
    await ctx.em.query(`UPDATE meeting_report SET slug = $3 WHERE network_id = $1 AND meeting_id = $2`, [networkId, past, DEMO_MEETING_REPORT_SLUG]);
    const [draft] = await ctx.em.query(`SELECT version, text FROM meeting_report WHERE network_id = $1 AND meeting_id = $2`, [networkId, past]);
    const intro =
      'Een middag over sturing en control in het sociaal domein. Het raamwerk van Cynefin gaf de deelnemers een bril om naar de dagelijkse praktijk te kijken: ' +
      'wat is eenvoudig, wat is ingewikkeld en wat is complex?\n\n';
    await reports.update(ctx, { meetingId: past, version: draft.version, text: intro + draft.text, visibility: 'PUBLIC' });
    // "Cynefin" names a framework, not a person: the coordinator keeps it, as the editor would (audited).
    await reports.decide(ctx, { meetingId: past, version: draft.version + 1, word: 'Cynefin', decision: 'KEEP' });
    await reports.publish(ctx, { meetingId: past, version: draft.version + 2 });
  });
  // Who sat where, written after the publication: a fresh demo starts without notifications of it.
  await tenantTransaction(ds, { networkId, userId: people.coordinator }, (em) =>
    register(em, networkId, past, [
      [people.member, heldTables[0]],
      [people.nijmegen, heldTables[0]],
      [people.eindhoven, heldTables[0]],
      [people.host, heldTables[1]],
      [people.arnhem, heldTables[1]],
      [people.delft, heldTables[1]],
      [people.lead, heldTables[2]],
      [people.groningen, heldTables[2]],
    ]),
  );
  return `/bijeenkomst/${DEMO_MEETING_REPORT_SLUG}`;
}
