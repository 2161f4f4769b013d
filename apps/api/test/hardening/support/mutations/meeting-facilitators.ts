import { withAdmin } from '../../../support/database';
import type { TestApp } from '../../../support/test-app';
import type { Person } from '../../../support/world';
import type { MutationSpec } from '../bad-input';
import { personIn } from '../people';
import type { MeetingsWorld } from './meetings-world';

/** A facilitator of the meetings world's network (FACILITATOR role, no organisation), to assign to its open meeting. */
export interface MeetingFacilitatorsWorld {
  facilitator: Person;
}

export function buildMeetingFacilitatorsWorld(t: TestApp, networkId: string): Promise<MeetingFacilitatorsWorld> {
  return withAdmin(async (c) => ({ facilitator: await personIn(c, networkId, null, 'begeleider', 'FACILITATOR') }), t.db.ownerUrl);
}

/** The coordinator assigns and removes a meeting's facilitators; a participant (a member) is a real id that is no facilitator. */
export function meetingFacilitatorMutations(w: MeetingsWorld, f: MeetingFacilitatorsWorld): MutationSpec[] {
  const fields = [
    { name: 'meetingId', kind: 'uuid', required: true, real: () => [w.meetingId, w.heldMeetingId] },
    { name: 'userId', kind: 'uuid', required: true, real: () => [f.facilitator.id, w.participant.id] },
  ] as const;
  const base = () => ({ meetingId: w.meetingId, userId: f.facilitator.id });
  return [
    {
      name: 'assignMeetingFacilitator',
      doc: `mutation($input: MeetingFacilitatorInput!) { assignMeetingFacilitator(input: $input) { id status version facilitators { userId } } }`,
      arg: 'input',
      actor: 'coordinator',
      fields: [...fields],
      base,
    },
    {
      name: 'removeMeetingFacilitator',
      doc: `mutation($input: MeetingFacilitatorInput!) { removeMeetingFacilitator(input: $input) { id status version facilitators { userId } } }`,
      arg: 'input',
      actor: 'coordinator',
      fields: [...fields],
      base,
    },
  ];
}
