import type { EntityManager } from 'typeorm';
import { seedDemoTrackTables } from './demo-track-tables';

/** The demo's people (user ids) the learning track needs: its facilitator, six participants who are members of the network, and one who waits. */
export interface DemoTrackPeople {
  coordinator: string;
  facilitator: string;
  member: string;
  host: string;
  nijmegen: string;
  arnhem: string;
  eindhoven: string;
  delft: string;
  groningen: string;
}

/** A Dutch wall-clock time `days` from today, as SQL (a session from 13:30 to 17:00 in Europe/Amsterdam). */
const at = (days: number, time: string) => `((current_date + ${days}) + time '${time}') AT TIME ZONE 'Europe/Amsterdam'`;

const SESSIONS: [kind: string, title: string, days: number, place: string][] = [
  ['KICK_OFF', 'Startbijeenkomst: sturen in het sociaal domein', -63, 'Vrije Universiteit Amsterdam'],
  ['WORKSHOP', 'Workshop 1: duiden en verbinden', -35, 'Stadhuis Nijmegen'],
  ['FEEDBACK', 'Feedbacksessie 1', -7, 'Online'],
  ['WORKSHOP', 'Workshop 2: verantwoording en vertrouwen', 14, 'Stadhuis Arnhem'],
  ['FEEDBACK', 'Feedbacksessie 2', 49, 'Online'],
  ['CLOSING', 'Slotbijeenkomst: de resultaten', 120, 'Vrije Universiteit Amsterdam'],
];

/**
 * "Veranderlab Sturing Sociaal Domein": a learning track in progress, run by the demo facilitator.
 * Six participants in two feedback groups, one on the waitlist (the track is full); a schedule with
 * three sessions past and three to come, the second held with theme tables (demo-track-tables.ts);
 * Lieke Lid's case is shared with her group, has two log entries and feedback from the facilitator
 * and from a peer; Nina Nijmegen keeps hers to the facilitator. Written inside the network's scope,
 * within the rules the product itself applies.
 */
export async function seedDemoTrack(em: EntityManager, networkId: string, demo: DemoTrackPeople): Promise<void> {
  const coordinatorId = demo.coordinator;
  const people = {
    facilitator: demo.facilitator,
    participants: {
      utrecht: demo.member,
      nijmegen: demo.nijmegen,
      arnhem: demo.arnhem,
      eindhoven: demo.eindhoven,
      delft: demo.delft,
      groningen: demo.groningen,
    },
    waiting: demo.host,
  };
  // The facilitator belongs to the network for the track alone, speaking for none of its organisations.
  await em.query(`INSERT INTO membership (network_id, user_id, organisation_id, role) VALUES ($1, $2, NULL, 'FACILITATOR')`, [networkId, demo.facilitator]);
  const [track] = await em.query(
    `INSERT INTO track (network_id, title, description, capacity, status, created_by, created_at)
     VALUES ($1, 'Veranderlab Sturing Sociaal Domein', $2, 6, 'RUNNING', $3, now() - interval '90 days') RETURNING id`,
    [
      networkId,
      'Voor bestuurders, managers en controllers die snappen dat loslaten nodig is. Anderhalf jaar: een startbijeenkomst, workshops om de beurt bij de deelnemende gemeenten, twee feedbacksessies en een slotbijeenkomst. Elke deelnemer werkt aan een eigen casus.',
      coordinatorId,
    ],
  );
  await em.query(`INSERT INTO track_facilitator (network_id, track_id, user_id, assigned_by) VALUES ($1, $2, $3, $4)`, [
    networkId,
    track.id,
    people.facilitator,
    coordinatorId,
  ]);
  const sessions: string[] = [];
  for (const [kind, title, days, place] of SESSIONS) {
    const [s] = await em.query(
      `INSERT INTO track_session (network_id, track_id, kind, title, starts_at, ends_at, place) VALUES ($1, $2, $3, $4, ${at(days, '13:30')}, ${at(days, '17:00')}, $5) RETURNING id`,
      [networkId, track.id, kind, title, place],
    );
    sessions.push(s.id);
  }
  const p = people.participants;
  const cohort: [user: string, group: string, question: string, shared: boolean, appliedDaysAgo: number][] = [
    [p.utrecht, 'Groep A', 'Hoe geef ik het wijkteam ruimte en houd ik toch zicht op wat het inwoners oplevert?', true, 80],
    [p.arnhem, 'Groep A', 'Hoe verantwoorden wij de Wmo-uitgaven zonder te sturen op alleen de kosten?', true, 79],
    [p.eindhoven, 'Groep A', '', false, 78],
    [p.nijmegen, 'Groep B', 'Hoe sturen wij samen met de ketenpartners op de bedoeling van de jeugdhulp?', false, 77],
    [p.delft, 'Groep B', '', false, 76],
    [p.groningen, 'Groep B', '', false, 75],
  ];
  const ids = new Map<string, string>();
  for (const [user, group, question, shared, days] of cohort) {
    const [row] = await em.query(
      `INSERT INTO track_participant (network_id, track_id, user_id, status, motivation, feedback_group, submitted_at, decided_at, decided_by,
                                      case_question, case_shared_with_group, case_version)
       VALUES ($1, $2, $3, 'ACCEPTED', 'Ik wil leren loslaten zonder grip te verliezen.', $4, now() - make_interval(days => $5), now() - make_interval(days => $5 - 2), $6,
               $7, $8, $9) RETURNING id`,
      [networkId, track.id, user, group, days, people.facilitator, question, shared, question ? 2 : 1],
    );
    ids.set(user, row.id);
  }
  // Applied once the track was full: waiting for a place.
  await em.query(
    `INSERT INTO track_participant (network_id, track_id, user_id, status, motivation, submitted_at, decided_at, decided_by)
     VALUES ($1, $2, $3, 'WAITLISTED', 'Graag, als er een plaats vrijkomt.', now() - interval '70 days', now() - interval '69 days', $4)`,
    [networkId, track.id, people.waiting, people.facilitator],
  );
  const entry = (user: string, daysAgo: number, text: string) =>
    em.query(`INSERT INTO track_case_entry (network_id, track_id, participant_id, entry_day, text) VALUES ($1, $2, $3, current_date - $4::int, $5)`, [
      networkId,
      track.id,
      ids.get(user),
      daysAgo,
      text,
    ]);
  await entry(
    p.utrecht,
    60,
    'Na de startbijeenkomst: mijn vraag was eerst "hoe krijgen we de kosten omlaag". Het gesprek over loslaten maakte duidelijk dat ik eigenlijk wil weten wat het wijkteam nodig heeft om zelf te kunnen kiezen.',
  );
  await entry(
    p.utrecht,
    30,
    'Workshop 1: met de controller afgesproken dat we per kwartaal drie verhalen van inwoners naast de cijfers leggen (tellen én vertellen). Eerste keer volgende maand.',
  );
  await entry(
    p.nijmegen,
    33,
    'De ketenpartners willen wel, maar niemand voelt zich eigenaar van de afspraken. Volgende stap: één gezamenlijke stip aan de horizon.',
  );
  const feedback = (user: string, session: number, author: string, text: string) =>
    em.query(`INSERT INTO track_feedback (network_id, track_id, participant_id, session_id, author_id, text) VALUES ($1, $2, $3, $4, $5, $6)`, [
      networkId,
      track.id,
      ids.get(user),
      sessions[session],
      author,
      text,
    ]);
  await feedback(p.utrecht, 0, people.facilitator, 'Een sterke verschuiving. Maak de vraag nog kleiner: welk besluit wil het wijkteam zelf kunnen nemen?');
  await feedback(p.utrecht, 1, p.arnhem, 'Herkenbaar. Bij ons werkte het om de verhalen door inwoners zelf te laten vertellen in de raadscommissie.');
  await feedback(p.nijmegen, 1, people.facilitator, 'Wie van de partners zou de stip als eerste willen tekenen? Begin daar.');
  // Workshop 1 was held with theme tables, a table per feedback group.
  await seedDemoTrackTables(em, networkId, {
    sessionId: sessions[1],
    facilitator: people.facilitator,
    groups: ['Groep A', 'Groep B'].map((group) => [group, cohort.filter(([, g]) => g === group).map(([user]) => user)]),
  });
}
