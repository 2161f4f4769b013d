import { codeOf, type GqlClient, type GqlResult } from './gql-client';
import { buildMeetingReportsOfA } from './cross-tenant-meetings';
import {
  insertHarvestsOfA,
  insertMeetingOfA,
  insertNotificationOfA,
  insertPlanOfA,
  insertProviderOfA,
  type HarvestsOfA,
  type MeetingOfA,
  type PlanOfA,
} from './cross-tenant-parts';
import { state } from './cross-tenant-state';
import { buildHarvestWorld, type HarvestWorld } from './harvest-world';
import type { TestApp } from './test-app';
import { buildTrackWorld, type TrackWorld } from './track-world';
import { buildVisitWorld, type VisitWorld } from './visit-world';
import { buildWorld, type World } from './world';

/**
 * The world of the cross-tenant matrix (SEC-03, apps/api/test/cross-tenant): the two networks of
 * support/world, and in network A the parts a file of the matrix aims at. Each file has its own
 * database and builds only the parts its cases need; the cases read them from the objects below,
 * filled in by buildCrossTenantWorld before the first case runs.
 */
export interface Case {
  /** What the outsider (coordinator of network B) tries against network A. */
  attempt: (outsider: GqlClient, w: World, t: TestApp, v: VisitWorld) => Promise<void>;
}
export type Cases = Record<string, Case>;

/**
 * A part of network A. `visits`: a held visit with findings in every state (support/visit-world);
 * `harvests`: a programme with finalised reports (support/harvest-world) and A's harvests in every
 * state; `plan`: an action plan of one of those visits; `notification`: an unread notification of
 * A's member; `provider`: an identity provider; `meetings`: an open work meeting with a table and
 * cards, and meetings with reports (support/cross-tenant-meetings); `track`: a learning track.
 */
export type Part = 'visits' | 'harvests' | 'plan' | 'notification' | 'provider' | 'meetings' | 'track';
/** The parts a part is built on. */
const NEEDS: Partial<Record<Part, Part[]>> = { plan: ['harvests'], notification: ['visits'] };

export const visitWorld = {} as VisitWorld;
export const harvestWorld = {} as HarvestWorld;
export const harvestsOfA = {} as HarvestsOfA;
export const planOfA = {} as PlanOfA;
export const meetingOfA = {} as MeetingOfA;
export const providerOfA = {} as { id: string };
export const trackOfA = {} as TrackWorld;
const built = new Set<Part>();

/** Builds the two networks and the given parts of network A, in the order the parts depend on each other. */
export async function buildCrossTenantWorld(t: TestApp, parts: Part[]): Promise<World> {
  for (const part of parts) for (const needed of NEEDS[part] ?? []) if (!parts.includes(needed)) throw new Error(`Part ${part} needs part ${needed}`);
  const world = await buildWorld(t);
  const wanted = new Set(parts);
  if (wanted.has('visits')) Object.assign(visitWorld, await buildVisitWorld(t, world));
  if (wanted.has('harvests')) Object.assign(harvestWorld, await buildHarvestWorld(t, world));
  if (wanted.has('plan')) Object.assign(planOfA, await insertPlanOfA(t, world, harvestWorld));
  if (wanted.has('harvests')) Object.assign(harvestsOfA, await insertHarvestsOfA(t, world, harvestWorld));
  if (wanted.has('notification')) await insertNotificationOfA(t, world, visitWorld.visitId);
  if (wanted.has('provider')) providerOfA.id = await insertProviderOfA(t, world);
  if (wanted.has('meetings')) {
    Object.assign(meetingOfA, await insertMeetingOfA(t, world));
    await buildMeetingReportsOfA(t, world, meetingOfA.tableId);
  }
  if (wanted.has('track')) Object.assign(trackOfA, await buildTrackWorld(t, world.a.id, world.a.organisations[0].id, 'a'));
  for (const part of parts) built.add(part);
  return world;
}

/** Fails when the answer holds anything of network A: its ids and names, and those of every part this file built. */
export const leaksNothingOfA = (res: GqlResult, w: World) => {
  const body = JSON.stringify(res.data ?? {});
  for (const id of [
    w.a.id,
    ...w.a.organisations.map((o) => o.id),
    w.a.invitationId,
    w.a.membershipId,
    w.a.coordinator.id,
    w.a.member.id,
    w.a.programmeId,
    w.a.applicationId,
  ]) {
    expect(body).not.toContain(id);
  }
  for (const o of w.a.organisations) expect(body).not.toContain(o.name);
  if (built.has('visits')) {
    for (const id of [
      visitWorld.visitId,
      visitWorld.roundId,
      visitWorld.programmeId,
      ...visitWorld.findings.map((f) => f.id),
      ...Object.values(visitWorld.organisations),
    ]) {
      expect(body).not.toContain(id);
    }
    expect(body).not.toContain('Bevinding');
  }
  if (built.has('harvests')) {
    for (const id of [
      harvestWorld.programmeId,
      ...Object.values(harvestWorld.visits),
      ...Object.values(harvestWorld.findings),
      harvestsOfA.draft,
      harvestsOfA.network,
      harvestsOfA.withdrawn,
    ])
      expect(body).not.toContain(id);
    expect(body).not.toContain('Samenvatting van het bezoek');
    expect(body).not.toContain('Geheime oogst');
  }
};

/** Cases whose document (read once the world is built) aims at network A: not found, nothing of A in the answer, A's rows unchanged. */
export const notFoundAndUnchanged = (docs: Record<string, () => string>): Cases =>
  Object.fromEntries(
    Object.entries(docs).map(([name, doc]): [string, Case] => [
      name,
      {
        attempt: async (o, w, t) => {
          const before = await state(t, w);
          const res = await o.gql(doc());
          expect(codeOf(res)).toBe('NOT_FOUND');
          leaksNothingOfA(res, w);
          expect(await state(t, w)).toEqual(before);
        },
      },
    ]),
  );
