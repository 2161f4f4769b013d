import { defaultFramework, type FindingKind } from '@kijkje/domain';
import type { EntityManager } from 'typeorm';

const THEMES = ['Wmo', 'Jeugd', 'Financiële beheersbaarheid'];

interface DemoFinding {
  kind: FindingKind;
  theme: string;
  tags: string[];
  text: string;
  released: boolean;
  response?: { kind: 'AGREE' | 'CORRECTION' | 'COMMENT'; text: string };
}

/**
 * Findings as reviewers wrote them: they name the municipality and people, so that the harvest
 * shows its anonymisation at work.
 */
const FINDINGS: Record<string, DemoFinding[]> = {
  Utrecht: [
    {
      kind: 'STRENGTH',
      theme: 'Wmo',
      tags: ['toegang', 'wijkteam'],
      text: 'De toegang via de buurtteams in Utrecht is dichtbij en persoonlijk; inwoners weten de weg.',
      released: true,
      response: { kind: 'AGREE', text: '' },
    },
    {
      kind: 'CONCERN',
      theme: 'Wmo',
      tags: ['wachtlijsten'],
      text: 'De **wachtlijst** voor huishoudelijke hulp loopt op. "We zien het aankomen, maar sturen nog niet bij," zei een teamleider.',
      released: true,
    },
    {
      kind: 'RECOMMENDATION',
      theme: 'Financiële beheersbaarheid',
      tags: ['data', 'sturing'],
      text: 'Koppel de cijfers over kosten aan wat het inwoners oplevert: nu zijn het twee gesprekken.',
      released: true,
    },
    {
      kind: 'OWN_RESPONSIBILITY',
      theme: 'Jeugd',
      tags: ['regie'],
      text: 'Utrecht kan zelf de regie nemen op de afspraken met de huisartsen.',
      released: false,
    },
  ],
  Zwolle: [
    {
      kind: 'STRENGTH',
      theme: 'Jeugd',
      tags: ['samenwerking'],
      text: 'De Zwolse aanpak met de huisartsen werkt: jeugdhulp start eerder en lichter.',
      released: true,
    },
    {
      kind: 'CONCERN',
      theme: 'Wmo',
      tags: ['wachtlijsten', 'toegang'],
      text: 'Ook in Zwolle groeien de wachtlijsten; wethouder Gea Gastvrouw noemde het "het gesprek van de dag".',
      released: true,
      response: { kind: 'CORRECTION', text: 'De wachtlijst is in het voorjaar gehalveerd.' },
    },
    {
      kind: 'RECOMMENDATION',
      theme: 'Financiële beheersbaarheid',
      tags: ['data'],
      text: 'Maak het dashboard eenvoudiger: drie cijfers die ertoe doen in plaats van dertig.',
      released: true,
    },
  ],
  Deventer: [
    {
      kind: 'STRENGTH',
      theme: 'Financiële beheersbaarheid',
      tags: ['sturing', 'data'],
      text: 'Deventer stuurt op een paar heldere indicatoren en bespreekt ze elk kwartaal met de raad.',
      released: true,
    },
    { kind: 'CONCERN', theme: 'Wmo', tags: ['wachtlijsten'], text: 'De wachttijd voor een keukentafelgesprek is opgelopen tot zes weken.', released: true },
    {
      kind: 'OWN_RESPONSIBILITY',
      theme: 'Jeugd',
      tags: ['regie', 'samenwerking'],
      text: 'Het gesprek met de scholen kan de gemeente zelf beginnen, los van de regio.',
      released: true,
    },
  ],
  Arnhem: [
    {
      kind: 'STRENGTH',
      theme: 'Wmo',
      tags: ['toegang'],
      text: 'In Arnhem kent het wijkteam de inwoners bij naam: "We bellen even, dat werkt beter dan een brief."',
      released: true,
    },
    { kind: 'CONCERN', theme: 'Jeugd', tags: ['regie'], text: 'Niemand voelt zich eigenaar van de afspraken met de jeugdhulpaanbieders.', released: true },
    {
      kind: 'RECOMMENDATION',
      theme: 'Financiële beheersbaarheid',
      tags: ['sturing'],
      text: 'Maak zichtbaar welke keuzes de raad heeft: nu lijkt alles vast te liggen.',
      released: true,
    },
  ],
  Nijmegen: [
    {
      kind: 'STRENGTH',
      theme: 'Jeugd',
      tags: ['samenwerking'],
      text: 'Nijmegen werkt met de scholen aan vroegsignalering, en dat zie je terug in de cijfers.',
      released: false,
    },
    {
      kind: 'CONCERN',
      theme: 'Wmo',
      tags: ['wachtlijsten'],
      text: 'De wachtlijst voor begeleiding is lang, en inwoners horen weinig over hoe lang nog.',
      released: false,
    },
    {
      kind: 'RECOMMENDATION',
      theme: 'Wmo',
      tags: ['toegang', 'data'],
      text: 'Laat inwoners online zien waar ze staan; dat scheelt telefoontjes en onzekerheid.',
      released: false,
    },
  ],
  Eindhoven: [
    {
      kind: 'STRENGTH',
      theme: 'Wmo',
      tags: ['toegang'],
      text: 'Het Eindhovense loket in de wijk is goed bereikbaar; inwoners komen zonder afspraak binnen.',
      released: false,
    },
    {
      kind: 'CONCERN',
      theme: 'Jeugd',
      tags: ['regie'],
      text: 'De afspraken met de jeugdhulpaanbieders zijn verspreid over drie afdelingen.',
      released: false,
      response: { kind: 'COMMENT', text: 'Klopt; we brengen ze dit jaar onder bij één team.' },
    },
  ],
  Delft: [
    {
      kind: 'STRENGTH',
      theme: 'Financiële beheersbaarheid',
      tags: ['sturing'],
      text: 'De begroting van het sociaal domein is per doel opgezet; de raad ziet wat elk doel kost.',
      released: false,
    },
    {
      kind: 'RECOMMENDATION',
      theme: 'Wmo',
      tags: ['toegang'],
      text: 'Vraag inwoners na een half jaar hoe het gaat, niet alleen bij de aanvraag.',
      released: false,
    },
  ],
  Groningen: [
    { kind: 'STRENGTH', theme: 'Jeugd', tags: ['samenwerking'], text: 'Wijkteam en scholen hebben één aanspreekpunt per school.', released: false },
    {
      kind: 'CONCERN',
      theme: 'Financiële beheersbaarheid',
      tags: ['data'],
      text: 'De cijfers over de jeugdhulp komen een half jaar te laat om bij te sturen.',
      released: false,
    },
  ],
};

/**
 * Two rounds of four (a round has 4 or 5 municipalities). Each team comes from other
 * municipalities of its own round: Deventer's Ruben Reviewer leads Nijmegen's team in round 1,
 * Arnhem's Aron Arnhem leads Eindhoven's in round 2.
 */
const ROUNDS: Record<string, string[]> = {
  'Ronde 1': ['Utrecht', 'Zwolle', 'Deventer', 'Nijmegen'],
  'Ronde 2': ['Arnhem', 'Eindhoven', 'Delft', 'Groningen'],
};

/** The visits of the round that have been held and wait for their report; the others are final. */
const HELD = new Set(['Nijmegen', 'Eindhoven']);

const SUMMARIES: Record<string, string> = {
  Utrecht:
    'Utrecht heeft een sterke, nabije toegang. De opgave zit in de **samenhang tussen geld en bedoeling**: de cijfers worden verzameld, maar nog niet gebruikt om bij te sturen.',
  Zwolle: 'Zwolle laat zien wat samenwerking met de huisartsen oplevert. Het dashboard kan eenvoudiger, zodat het gesprek over de wachtlijsten op feiten gaat.',
  Deventer:
    'Deventer stuurt met weinig, heldere indicatoren. De wachttijd in de Wmo vraagt aandacht; de gemeente kan zelf het gesprek met de scholen beginnen.',
  Arnhem: 'Arnhem is dichtbij zijn inwoners. De regie op de jeugdhulp kan duidelijker, en de raad kan meer zien van de keuzes die er zijn.',
  Delft: 'Delft begroot per doel. De toegang kan leren van wat inwoners na een half jaar zeggen.',
  Groningen: 'Groningen werkt dicht bij de scholen. Snellere cijfers over de jeugdhulp helpen om op tijd bij te sturen.',
};

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
    `INSERT INTO visit (network_id, round_id, host_organisation_id, status, starts_on, location, agenda, answers, prepared_at, held_at, reply_deadline)
     VALUES ($1, $2, $3, $4::text, current_date - $5::int, $6, $7, $8, now() - interval '320 days', now() - make_interval(days => $5),
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
