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
