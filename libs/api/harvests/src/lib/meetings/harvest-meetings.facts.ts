import type { RequestContext } from '@kijkje/api/core';
import {
  harvestMeetings,
  harvestPeriod,
  inPeriod,
  meetingExclusion,
  meetingReportReach,
  type HarvestMeetingExclusion,
  type HarvestMeetings,
  type MeetingReportReach,
} from '@kijkje/domain';
import { anonymisationNames, cached, harvestScope } from '../harvest-facts';
import type { Harvest } from '../harvest.entity';
import { meetingParticipants, meetingTables, meetingYieldCounts, networkMeetings, type NetworkMeetingRow } from './harvest-meetings.queries';

export interface HarvestMeetingChoice extends Omit<NetworkMeetingRow, 'versions'> {
  reach: MeetingReportReach;
  inPeriod: boolean;
  chosen: boolean;
  /** Why it does not count (meetingExclusion); null when it does. */
  exclusion: HarvestMeetingExclusion | null;
}

/** The network's meetings as the harvest's rule sees them (harvest-meetings-scope.ts in libs/domain): which count, and why the others do not. */
export async function harvestMeetingChoices(ctx: RequestContext, harvest: Harvest): Promise<HarvestMeetingChoice[]> {
  return cached(ctx, `harvest:meetings:${harvest.id}:${harvest.version}`, async () => {
    const scope = await harvestScope(ctx, harvest);
    const period = harvestPeriod(scope.programme);
    const rows = await networkMeetings(ctx.em, harvest.networkId, harvest.meetingIds);
    return rows.map(({ versions, ...meeting }) => {
      const reach = meetingReportReach(versions);
      return {
        ...meeting,
        reach,
        inPeriod: inPeriod(meeting.startsAt, period),
        chosen: harvest.meetingIds.includes(meeting.id),
        exclusion: meetingExclusion({ ...meeting, reach }, { visibility: harvest.visibility, period, chosen: harvest.meetingIds }),
      };
    });
  });
}

/** The section's counts (harvestMeetings) over the meetings that count: null unless switched on. */
export async function harvestMeetingsSection(ctx: RequestContext, harvest: Harvest): Promise<HarvestMeetings | null> {
  if (!harvest.showMeetings) return null;
  return cached(ctx, `harvest:meetingCounts:${harvest.id}:${harvest.version}`, async () => {
    const counted = (await harvestMeetingChoices(ctx, harvest)).filter((m) => m.exclusion === null).map((m) => m.id);
    const names = await anonymisationNames(ctx, harvest.networkId);
    if (!counted.length) return harvestMeetings({ meetings: 0, tables: [], participants: [], yields: [] }, names);
    const tables = await meetingTables(ctx.em, harvest.networkId, counted);
    const participants = await meetingParticipants(ctx.em, harvest.networkId, counted);
    const yields = await meetingYieldCounts(ctx.em, harvest.networkId, counted);
    return harvestMeetings({ meetings: counted.length, tables, participants, yields }, names);
  });
}
