import type { MeetingReportVisibility } from '@kijkje/web/data-access';

/** Who reads a report's versions: its visibility, or for a learning-track session's meeting (whose report is never public) the track. */
export type ReportAudience = MeetingReportVisibility | 'TRACK';

export function reportAudience(visibility: MeetingReportVisibility, trackSession: boolean): ReportAudience {
  return trackSession ? 'TRACK' : visibility;
}

/** The readers a report's editor offers: the network or everyone; for a track session's meeting only its own readers (the API refuses public). */
export function reportVisibilityChoices(trackSession: boolean): MeetingReportVisibility[] {
  return trackSession ? ['NETWORK'] : ['NETWORK', 'PUBLIC'];
}

/**
 * Who publishing tells (the API notifies those with a place at the meeting, not the one who
 * publishes): at the network's meetings those who were registered; at a track session's meeting
 * the places are the track's accepted participants, so they are told, and not its facilitators.
 */
export type ReportNotice = 'REGISTERED' | 'TRACK_PARTICIPANTS';

export function reportNotice(audience: ReportAudience): ReportNotice {
  return audience === 'TRACK' ? 'TRACK_PARTICIPANTS' : 'REGISTERED';
}
