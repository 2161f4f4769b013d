import { harvestMeetingExclusionMessages, harvestMeetingsMessages, type HarvestMeetings } from '@kijkje/domain';
import type { HarvestMeetingChoice } from './harvest-meetings.facts';
import type { HarvestMeetingChoiceView, HarvestMeetingsView } from './harvest-meetings.views';

/** The section for the screen, from what the draft computes or a version froze. */
export function meetingsView(m: HarvestMeetings): HarvestMeetingsView {
  return {
    state: m.state,
    message: harvestMeetingsMessages[m.state],
    meetings: m.meetings,
    tables: m.tables,
    participants: m.participants,
    cells: m.cells,
    total: m.total,
    topics: m.topics.map((t) => ({
      topic: t.topic,
      tables: t.tables,
      participants: t.participants,
      cells: t.cells,
      total: t.total,
      suppressed: t.suppressed?.text ?? null,
    })),
  };
}

export function meetingChoiceView(c: HarvestMeetingChoice): HarvestMeetingChoiceView {
  return {
    id: c.id,
    title: c.title,
    startsAt: c.startsAt,
    reach: c.reach,
    inPeriod: c.inPeriod,
    chosen: c.chosen,
    counted: c.exclusion === null,
    reason: c.exclusion ? harvestMeetingExclusionMessages[c.exclusion] : null,
  };
}
