import type { Bilingual } from '../messages';
import type { MeetingStatus } from '../meetings/meeting-lifecycle';
import type { HarvestVisibility } from './harvest-lifecycle';
import { publicServing, type PublishedVersionFacts } from './harvest-publication';

/**
 * Which work meetings a harvest counts in its section "Uit de werkbijeenkomsten". Meetings belong
 * to the network, not to a programme, so the harvest needs a rule that picks them:
 *
 * 1. Only a meeting whose report is published counts: the report is where the coordinator looked
 *    at the tables' yields and released them, and once it is out the tables are closed (nothing
 *    marked later can change the counts). A meeting still open, held without a report, or
 *    cancelled never counts.
 * 2. A public harvest counts only meetings whose report the public can read now; a report for the
 *    network only (or a public one that was withdrawn) counts in a harvest for the network. As a
 *    finding's consent does, the report's reach bounds how far its figures travel.
 * 3. The coordinator may choose the meetings. Without a choice, the harvest counts the meetings
 *    held within its programme's period: from the opening of the sign-up (or the programme's
 *    creation, when it never had one) until the programme closed (open-ended while it runs).
 */

/** How far a meeting's published report reaches: nobody yet, the network, or everyone. */
export type MeetingReportReach = 'NONE' | 'NETWORK' | 'PUBLIC';

/**
 * From the report's published versions: NONE without any; PUBLIC while the public is served a
 * version (publicServing); NETWORK otherwise, as a withdrawn public version stays readable in the network.
 */
export function meetingReportReach(versions: readonly PublishedVersionFacts[]): MeetingReportReach {
  if (versions.length === 0) return 'NONE';
  return publicServing(versions).state === 'PUBLIC' ? 'PUBLIC' : 'NETWORK';
}

export interface HarvestPeriod {
  from: Date;
  /** Null while the programme runs. */
  until: Date | null;
}

/** The period of a harvest's programme: sign-up opening (or creation) until its closing. */
export function harvestPeriod(programme: { signUpOpensAt: Date | null; createdAt: Date; closedAt: Date | null }): HarvestPeriod {
  return { from: programme.signUpOpensAt ?? programme.createdAt, until: programme.closedAt };
}

export function inPeriod(moment: Date, period: HarvestPeriod): boolean {
  return moment.getTime() >= period.from.getTime() && (period.until === null || moment.getTime() <= period.until.getTime());
}

/** What a meeting must be for the rule: of the harvest's network (the caller reads only those). */
export interface HarvestMeetingCandidate {
  id: string;
  status: MeetingStatus;
  startsAt: Date;
  reach: MeetingReportReach;
}

export interface HarvestMeetingScope {
  visibility: HarvestVisibility;
  period: HarvestPeriod;
  /** The meetings the coordinator chose; empty for those of the period. */
  chosen: readonly string[];
}

export const HARVEST_MEETING_EXCLUSIONS = ['NO_REPORT', 'REPORT_NOT_PUBLIC', 'NOT_CHOSEN', 'OUTSIDE_PERIOD'] as const;
export type HarvestMeetingExclusion = (typeof HARVEST_MEETING_EXCLUSIONS)[number];

/** Why the meeting does not count in the harvest (the rules above, in their order), or null when it counts. */
export function meetingExclusion(meeting: HarvestMeetingCandidate, scope: HarvestMeetingScope): HarvestMeetingExclusion | null {
  if (meeting.status !== 'REPORT_PUBLISHED' || meeting.reach === 'NONE') return 'NO_REPORT';
  if (scope.visibility === 'PUBLIC' && meeting.reach !== 'PUBLIC') return 'REPORT_NOT_PUBLIC';
  if (scope.chosen.length > 0) return scope.chosen.includes(meeting.id) ? null : 'NOT_CHOSEN';
  return inPeriod(meeting.startsAt, scope.period) ? null : 'OUTSIDE_PERIOD';
}

/** The meetings that count, in the order given. */
export function meetingsInHarvest<T extends HarvestMeetingCandidate>(meetings: readonly T[], scope: HarvestMeetingScope): T[] {
  return meetings.filter((m) => meetingExclusion(m, scope) === null);
}

export const harvestMeetingExclusionMessages: Readonly<Record<HarvestMeetingExclusion, Bilingual>> = {
  NO_REPORT: {
    nl: 'Telt niet mee: het verslag van deze bijeenkomst is (nog) niet gepubliceerd.',
    en: 'Not counted: the report of this meeting has not been published (yet).',
  },
  REPORT_NOT_PUBLIC: {
    nl: 'Telt niet mee in een openbare oogst: het verslag is alleen voor het netwerk.',
    en: 'Not counted in a public harvest: the report is for the network only.',
  },
  NOT_CHOSEN: { nl: 'Telt niet mee: niet gekozen.', en: 'Not counted: not chosen.' },
  OUTSIDE_PERIOD: {
    nl: 'Telt niet mee: gehouden buiten de looptijd van het programma. Kies de bijeenkomst om haar toch mee te tellen.',
    en: 'Not counted: held outside the programme’s period. Choose the meeting to count it anyway.',
  },
};

/** A choice of more meetings than this is a mistake, not a harvest. */
export const MAX_HARVEST_MEETINGS = 50;

export const HARVEST_MEETING_CHOICE_PROBLEMS = ['UNKNOWN', 'DUPLICATE', 'TOO_MANY'] as const;
export type HarvestMeetingChoiceProblem = (typeof HARVEST_MEETING_CHOICE_PROBLEMS)[number];

export const harvestMeetingChoiceMessages: Readonly<Record<HarvestMeetingChoiceProblem, Bilingual>> = {
  // One message for "does not exist" and "is of another network": a denial never says which.
  UNKNOWN: { nl: 'Kies werkbijeenkomsten van dit netwerk.', en: 'Choose work meetings of this network.' },
  DUPLICATE: { nl: 'Kies elke werkbijeenkomst maar één keer.', en: 'Choose each work meeting only once.' },
  TOO_MANY: {
    nl: `Kies hoogstens ${MAX_HARVEST_MEETINGS} werkbijeenkomsten.`,
    en: `Choose at most ${MAX_HARVEST_MEETINGS} work meetings.`,
  },
};

/**
 * Why these meetings cannot be chosen, or null when they can. `inNetwork` holds those of the
 * requested ids that are meetings of the harvest's network (the caller looks them up inside the
 * network, so another network's meeting is simply not in it).
 */
export function chosenMeetingsProblem(requested: readonly string[], inNetwork: ReadonlySet<string>): HarvestMeetingChoiceProblem | null {
  if (requested.some((id) => !inNetwork.has(id))) return 'UNKNOWN';
  if (new Set(requested).size !== requested.length) return 'DUPLICATE';
  if (requested.length > MAX_HARVEST_MEETINGS) return 'TOO_MANY';
  return null;
}
