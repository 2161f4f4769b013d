import {
  CASE_ENTRY_MAX,
  CASE_FEEDBACK_MAX,
  CASE_QUESTION_MAX,
  FEEDBACK_GROUP_MAX,
  SESSION_KINDS,
  SESSION_PLACE_MAX,
  SESSION_TITLE_MAX,
  TRACK_CAPACITY_MAX,
  TRACK_DECISIONS,
  TRACK_DESCRIPTION_MAX,
  TRACK_MOTIVATION_MAX,
  TRACK_STEPS,
  TRACK_TITLE_MAX,
  addDays,
  dutchToday,
} from '@kijkje/domain';
import { withAdmin } from '../../../support/database';
import type { TestApp } from '../../../support/test-app';
import { trackIn, type TrackWorld } from '../../../support/track-world';
import type { Person } from '../../../support/world';
import { isUuid, type Literal, type MutationSpec } from '../bad-input';
import { personIn } from '../people';
import type { StateProbe } from '../state';

/** A running learning track of network A (support/track-world), its coordinator, and a member who is not in it. */
export interface TracksWorld extends TrackWorld {
  probe: StateProbe;
  coordinator: Person;
  bystander: Person;
}

export async function buildTracksWorld(t: TestApp, probe: StateProbe, networkId: string, organisationId: string, coordinator: Person): Promise<TracksWorld> {
  return withAdmin(async (c) => {
    const track = await trackIn(c, networkId, organisationId, 'lab');
    const bystander = await personIn(c, networkId, organisationId, 'toeschouwer');
    return { ...track, probe, coordinator, bystander };
  }, t.db.ownerUrl);
}

export function trackMutations(w: TracksWorld): MutationSpec[] {
  const trackVersion = async (input: Record<string, unknown>) => {
    if (!isUuid(input['id'])) return 1;
    const [row] = await w.probe.query<{ version: number }>(`SELECT version FROM track WHERE id = $1`, [input['id']]);
    return row?.version ?? 1;
  };
  const caseVersion = async () =>
    (await w.probe.query<{ v: number }>(`SELECT case_version AS v FROM track_participant WHERE id = $1`, [w.participants.owner]))[0].v;
  const sessionVersion = async (input: Record<string, unknown>) => {
    if (!isUuid(input['sessionId'])) return 1;
    const [row] = await w.probe.query<{ version: number }>(`SELECT version FROM track_session WHERE id = $1`, [input['sessionId']]);
    return row?.version ?? 1;
  };
  const entryVersion = async (input: Record<string, unknown>) => {
    if (!isUuid(input['entryId'])) return 1;
    const [row] = await w.probe.query<{ version: number }>(`SELECT version FROM track_case_entry WHERE id = $1`, [input['entryId']]);
    return row?.version ?? 1;
  };
  const view = `{ id status version }`;
  const caseView = `{ participantId version }`;
  const trackId = { name: 'trackId', kind: 'uuid', required: true, real: () => [w.trackId] } as const;
  const fieldSpecs = [
    { name: 'title', kind: 'text', required: true, max: TRACK_TITLE_MAX },
    { name: 'description', kind: 'text', required: false, max: TRACK_DESCRIPTION_MAX },
    { name: 'capacity', kind: 'int', required: true, min: 1, max: TRACK_CAPACITY_MAX },
  ] as const;
  const fields = () => ({ title: 'Veranderlab Sturing Sociaal Domein', description: 'Anderhalf jaar.', capacity: 12 });
  return [
    {
      name: 'createTrack',
      doc: `mutation($input: TrackFieldsInput!) { createTrack(input: $input) ${view} }`,
      arg: 'input',
      actor: 'coordinator',
      fields: [...fieldSpecs],
      base: fields,
    },
    {
      name: 'updateTrack',
      doc: `mutation($input: UpdateTrackInput!) { updateTrack(input: $input) ${view} }`,
      arg: 'input',
      actor: 'coordinator',
      fields: [
        { name: 'id', kind: 'uuid', required: true, real: () => [w.trackId] },
        { name: 'version', kind: 'version', required: true, live: trackVersion },
        ...fieldSpecs,
      ],
      base: () => ({ id: w.trackId, version: 1, ...fields() }),
    },
    {
      name: 'stepTrack',
      doc: `mutation($input: TrackStepInput!) { stepTrack(input: $input) ${view} }`,
      arg: 'input',
      actor: 'coordinator',
      // Only CLOSE among real values would move the world on; the table's cases try every value with a wrong version.
      fields: [
        { name: 'id', kind: 'uuid', required: true, real: () => [w.trackId] },
        { name: 'version', kind: 'version', required: true },
        { name: 'step', kind: 'enum', values: TRACK_STEPS, required: true },
      ],
      base: () => ({ id: w.trackId, version: 99, step: 'OPEN' }),
    },
    {
      name: 'assignTrackFacilitator',
      doc: `mutation($input: TrackFacilitatorInput!) { assignTrackFacilitator(input: $input) ${view} }`,
      arg: 'input',
      actor: 'coordinator',
      fields: [trackId, { name: 'userId', kind: 'uuid', required: true, real: () => [w.facilitator.id, w.owner.id] }],
      base: () => ({ trackId: w.trackId, userId: w.facilitator.id }),
    },
    {
      name: 'removeTrackFacilitator',
      doc: `mutation($input: TrackFacilitatorInput!) { removeTrackFacilitator(input: $input) ${view} }`,
      arg: 'input',
      actor: 'coordinator',
      // The track runs with one facilitator, who stays: a real removal is refused too.
      fields: [trackId, { name: 'userId', kind: 'uuid', required: true, real: () => [w.facilitator.id] }],
      base: () => ({ trackId: w.trackId, userId: w.facilitator.id }),
    },
    {
      name: 'addTrackSession',
      doc: `mutation($input: AddTrackSessionInput!) { addTrackSession(input: $input) ${view} }`,
      arg: 'input',
      actor: 'facilitator',
      fields: [
        trackId,
        { name: 'kind', kind: 'enum', values: SESSION_KINDS, required: true },
        { name: 'title', kind: 'text', required: true, max: SESSION_TITLE_MAX },
        { name: 'day', kind: 'date', required: true, real: () => [addDays(dutchToday(), 30)] },
        { name: 'startTime', kind: 'time', required: true, real: () => ['13:30'] },
        { name: 'endTime', kind: 'time', required: true, real: () => ['17:00', '01:00'] },
        { name: 'place', kind: 'text', required: false, max: SESSION_PLACE_MAX },
      ],
      base: () => ({
        trackId: w.trackId,
        kind: 'WORKSHOP',
        title: 'Workshop',
        day: addDays(dutchToday(), 30),
        startTime: '13:30',
        endTime: '17:00',
        place: 'VU',
      }),
    },
    {
      name: 'updateTrackSession',
      doc: `mutation($input: UpdateTrackSessionInput!) { updateTrackSession(input: $input) ${view} }`,
      arg: 'input',
      actor: 'facilitator',
      // The world's session is the track's kick-off, a week ago: a real day moves it ahead (and its calendars hear of it).
      fields: [
        { name: 'sessionId', kind: 'uuid', required: true, real: () => [w.sessionId] },
        { name: 'version', kind: 'version', required: true, live: sessionVersion },
        { name: 'title', kind: 'text', required: true, max: SESSION_TITLE_MAX },
        { name: 'day', kind: 'date', required: true, real: () => [addDays(dutchToday(), 30)] },
        { name: 'startTime', kind: 'time', required: true, real: () => ['13:30'] },
        { name: 'endTime', kind: 'time', required: true, real: () => ['17:00', '01:00'] },
        { name: 'place', kind: 'text', required: false, max: SESSION_PLACE_MAX },
      ],
      base: () => ({
        sessionId: w.sessionId,
        version: 1,
        title: 'Startbijeenkomst',
        day: addDays(dutchToday(), 30),
        startTime: '13:30',
        endTime: '17:00',
        place: 'VU',
      }),
    },
    {
      name: 'removeTrackSession',
      doc: `mutation($sessionId: ID!) { removeTrackSession(sessionId: $sessionId) ${view} }`,
      arg: 'sessionId',
      actor: 'facilitator',
      // The world's session has feedback, so it stays.
      fields: [{ name: 'sessionId', kind: 'uuid', required: true, real: () => [w.sessionId] }],
      base: () => ({ sessionId: w.sessionId }),
    },
    {
      name: 'holdTrackSessionWithTables',
      doc: `mutation($sessionId: ID!) { holdTrackSessionWithTables(sessionId: $sessionId) ${view} }`,
      arg: 'sessionId',
      actor: 'facilitator',
      // A real session is held with theme tables (once: asked again, the same meeting).
      fields: [{ name: 'sessionId', kind: 'uuid', required: true, real: () => [w.sessionId] }],
      base: () => ({ sessionId: w.sessionId }),
    },
    {
      name: 'applyForTrack',
      doc: `mutation($input: ApplyForTrackInput!) { applyForTrack(input: $input) ${view} }`,
      arg: 'input',
      actor: 'bystander',
      fields: [trackId, { name: 'motivation', kind: 'text', required: false, max: TRACK_MOTIVATION_MAX }],
      base: () => ({ trackId: w.trackId, motivation: 'Ik wil leren.' }),
    },
    {
      name: 'withdrawFromTrack',
      doc: `mutation($trackId: ID!) { withdrawFromTrack(trackId: $trackId) ${view} }`,
      arg: 'trackId',
      actor: 'bystander',
      fields: [trackId],
      base: () => ({ trackId: w.trackId }),
    },
    {
      name: 'decideTrackApplication',
      doc: `mutation($input: DecideTrackApplicationInput!) { decideTrackApplication(input: $input) ${view} }`,
      arg: 'input',
      actor: 'facilitator',
      fields: [
        { name: 'participantId', kind: 'uuid', required: true, real: () => [w.participants.applicant] },
        { name: 'decision', kind: 'enum', values: TRACK_DECISIONS, required: true },
      ],
      base: () => ({ participantId: w.participants.applicant, decision: 'ACCEPT' }),
    },
    {
      name: 'setTrackFeedbackGroup',
      doc: `mutation($input: TrackFeedbackGroupInput!) { setTrackFeedbackGroup(input: $input) ${view} }`,
      arg: 'input',
      actor: 'facilitator',
      fields: [
        { name: 'participantId', kind: 'uuid', required: true, real: () => [w.participants.peer] },
        { name: 'group', kind: 'text', required: false, max: FEEDBACK_GROUP_MAX },
      ],
      base: () => ({ participantId: w.participants.peer, group: 'Groep A' }),
    },
    {
      name: 'updateMyTrackCase',
      doc: `mutation($input: UpdateMyTrackCaseInput!) { updateMyTrackCase(input: $input) ${caseView} }`,
      arg: 'input',
      actor: 'owner',
      fields: [
        trackId,
        { name: 'version', kind: 'version', required: true, live: caseVersion },
        { name: 'question', kind: 'text', required: true, max: CASE_QUESTION_MAX },
        { name: 'sharedWithGroup', kind: 'bool', required: true },
      ],
      base: () => ({ trackId: w.trackId, version: 1, question: 'Hoe stuur ik op vertrouwen?', sharedWithGroup: true }),
    },
    {
      name: 'addTrackCaseEntry',
      doc: `mutation($input: AddTrackCaseEntryInput!) { addTrackCaseEntry(input: $input) ${caseView} }`,
      arg: 'input',
      actor: 'owner',
      fields: [
        trackId,
        { name: 'day', kind: 'date', required: false, real: () => [dutchToday(), addDays(dutchToday(), -10)] },
        { name: 'text', kind: 'text', required: true, max: CASE_ENTRY_MAX },
      ],
      base: () => ({ trackId: w.trackId, day: dutchToday(), text: 'Vandaag geleerd: loslaten.' }),
    },
    {
      name: 'updateTrackCaseEntry',
      doc: `mutation($input: UpdateTrackCaseEntryInput!) { updateTrackCaseEntry(input: $input) ${caseView} }`,
      arg: 'input',
      actor: 'owner',
      fields: [
        { name: 'entryId', kind: 'uuid', required: true, real: () => [w.entryId] },
        { name: 'version', kind: 'version', required: true, live: entryVersion },
        { name: 'text', kind: 'text', required: true, max: CASE_ENTRY_MAX },
      ],
      base: () => ({ entryId: w.entryId, version: 1, text: 'Bijgewerkt.' }),
    },
    {
      name: 'giveTrackFeedback',
      doc: `mutation($input: GiveTrackFeedbackInput!) { giveTrackFeedback(input: $input) ${caseView} }`,
      arg: 'input',
      actor: 'facilitator',
      fields: [
        { name: 'participantId', kind: 'uuid', required: true, real: () => [w.participants.owner] },
        { name: 'sessionId', kind: 'uuid', required: true, real: () => [w.sessionId] },
        { name: 'text', kind: 'text', required: true, max: CASE_FEEDBACK_MAX },
      ],
      base: () => ({ participantId: w.participants.owner, sessionId: w.sessionId, text: 'Mooie stap.' }),
    },
  ];
}

export const TRACK_LITERALS: Literal[] = [
  [
    'addTrackCaseEntry with a number for its text',
    `mutation { addTrackCaseEntry(input: { trackId: "00000000-0000-4000-8000-000000000000", text: 42 }) { participantId } }`,
    'owner',
  ],
  [
    'stepTrack with a string for its step',
    `mutation { stepTrack(input: { id: "00000000-0000-4000-8000-000000000000", version: 1, step: "OPEN" }) { id } }`,
    'coordinator',
  ],
];
