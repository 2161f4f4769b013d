import type { MeetingStatus } from '../meetings/meeting-lifecycle';
import type { HarvestVisibility } from './harvest-lifecycle';
import {
  chosenMeetingsProblem,
  harvestMeetingExclusionMessages,
  harvestPeriod,
  MAX_HARVEST_MEETINGS,
  meetingExclusion,
  meetingReportReach,
  meetingsInHarvest,
  type HarvestMeetingExclusion,
  type MeetingReportReach,
} from './harvest-meetings-scope';

const day = (iso: string) => new Date(`${iso}T12:00:00Z`);
const period = { from: day('2026-01-01'), until: day('2026-12-31') };

describe('which work meetings a harvest counts', () => {
  it.each<[string, MeetingStatus, MeetingReportReach, string, HarvestVisibility, string[], HarvestMeetingExclusion | null]>([
    // status, report reach, held on, harvest visibility, chosen → why not (null: counts)
    ['a reported meeting in the period, network harvest', 'REPORT_PUBLISHED', 'NETWORK', '2026-03-01', 'NETWORK', [], null],
    ['a publicly reported meeting in the period, public harvest', 'REPORT_PUBLISHED', 'PUBLIC', '2026-03-01', 'PUBLIC', [], null],
    ['a publicly reported meeting, network harvest', 'REPORT_PUBLISHED', 'PUBLIC', '2026-03-01', 'NETWORK', [], null],
    ['a network-only report, public harvest', 'REPORT_PUBLISHED', 'NETWORK', '2026-03-01', 'PUBLIC', [], 'REPORT_NOT_PUBLIC'],
    ['held, report not yet published', 'HELD', 'NONE', '2026-03-01', 'NETWORK', [], 'NO_REPORT'],
    ['open for registration', 'OPEN', 'NONE', '2026-03-01', 'NETWORK', [], 'NO_REPORT'],
    ['a draft', 'DRAFT', 'NONE', '2026-03-01', 'NETWORK', [], 'NO_REPORT'],
    ['cancelled', 'CANCELLED', 'NONE', '2026-03-01', 'NETWORK', [], 'NO_REPORT'],
    ['chosen but not reported', 'HELD', 'NONE', '2026-03-01', 'NETWORK', ['m'], 'NO_REPORT'],
    ['chosen, network-only report, public harvest', 'REPORT_PUBLISHED', 'NETWORK', '2026-03-01', 'PUBLIC', ['m'], 'REPORT_NOT_PUBLIC'],
    ['before the period', 'REPORT_PUBLISHED', 'NETWORK', '2025-12-31', 'NETWORK', [], 'OUTSIDE_PERIOD'],
    ['after the period', 'REPORT_PUBLISHED', 'NETWORK', '2027-01-01', 'NETWORK', [], 'OUTSIDE_PERIOD'],
    ['on the first day of the period', 'REPORT_PUBLISHED', 'NETWORK', '2026-01-01', 'NETWORK', [], null],
    ['outside the period but chosen', 'REPORT_PUBLISHED', 'NETWORK', '2024-05-01', 'NETWORK', ['m'], null],
    ['in the period but others were chosen', 'REPORT_PUBLISHED', 'NETWORK', '2026-03-01', 'NETWORK', ['other'], 'NOT_CHOSEN'],
  ])('%s → %s', (_label, status, reach, heldOn, visibility, chosen, expected) => {
    expect(meetingExclusion({ id: 'm', status, reach, startsAt: day(heldOn) }, { visibility, period, chosen })).toBe(expected);
  });

  it('has a Dutch and an English reason for every exclusion', () => {
    for (const message of Object.values(harvestMeetingExclusionMessages)) {
      expect(message.nl).toMatch(/^Telt niet mee/);
      expect(message.en).toMatch(/^Not counted/);
    }
  });

  it('keeps the counted meetings in the order given', () => {
    const m = (id: string, reach: MeetingReportReach) => ({ id, status: 'REPORT_PUBLISHED' as const, reach, startsAt: day('2026-06-01') });
    const counted = meetingsInHarvest([m('a', 'PUBLIC'), m('b', 'NETWORK'), m('c', 'PUBLIC')], { visibility: 'PUBLIC', period, chosen: [] });
    expect(counted.map((x) => x.id)).toEqual(['a', 'c']);
  });
});

describe('the period of a harvest', () => {
  it.each([
    ['from the sign-up opening until the closing', day('2026-01-10'), day('2025-12-01'), day('2026-11-30'), day('2026-01-10'), day('2026-11-30')],
    ['from the creation when the sign-up never opened', null, day('2025-12-01'), day('2026-11-30'), day('2025-12-01'), day('2026-11-30')],
    ['open-ended while the programme runs', day('2026-01-10'), day('2025-12-01'), null, day('2026-01-10'), null],
  ])('%s', (_label, signUpOpensAt, createdAt, closedAt, from, until) => {
    expect(harvestPeriod({ signUpOpensAt, createdAt, closedAt })).toEqual({ from, until });
  });
});

describe('how far a meeting report reaches', () => {
  const v = (number: number, visibility: HarvestVisibility, withdrawn = false) => ({
    number,
    visibility,
    publishedAt: day('2026-02-01'),
    withdrawnAt: withdrawn ? day('2026-02-02') : null,
  });
  it.each<[string, ReturnType<typeof v>[], MeetingReportReach]>([
    ['no version', [], 'NONE'],
    ['one for the network', [v(1, 'NETWORK')], 'NETWORK'],
    ['one for everyone', [v(1, 'PUBLIC')], 'PUBLIC'],
    ['a public one withdrawn: still read in the network', [v(1, 'PUBLIC', true)], 'NETWORK'],
    ['a newer network version after a public one', [v(1, 'PUBLIC'), v(2, 'NETWORK')], 'NETWORK'],
    ['a newer public version after a withdrawn one', [v(1, 'PUBLIC', true), v(2, 'PUBLIC')], 'PUBLIC'],
  ])('%s → %s', (_label, versions, reach) => {
    expect(meetingReportReach(versions)).toBe(reach);
  });
});

describe('choosing meetings', () => {
  const network = new Set(['a', 'b', 'c']);
  it.each([
    ['meetings of the network', ['a', 'b'], null],
    ['none: back to the period', [], null],
    ['one of another network, or unknown', ['a', 'x'], 'UNKNOWN'],
    ['one twice', ['a', 'a'], 'DUPLICATE'],
  ])('%s → %s', (_label, requested, problem) => {
    expect(chosenMeetingsProblem(requested, network)).toBe(problem);
  });

  it(`refuses more than ${MAX_HARVEST_MEETINGS}`, () => {
    const many = Array.from({ length: MAX_HARVEST_MEETINGS + 1 }, (_, i) => `m${i}`);
    expect(chosenMeetingsProblem(many, new Set(many))).toBe('TOO_MANY');
    expect(chosenMeetingsProblem(many.slice(1), new Set(many))).toBeNull();
  });
});
