import fc from 'fast-check';
import { meetingSeries, nextMeetingProblem, type SeriesMeeting } from './meeting-series';

const day = (d: number) => new Date(Date.UTC(2026, 0, d, 12));
const delft: SeriesMeeting = { id: 'delft', hostOrganisationId: 'o-delft', startsAt: day(1), status: 'REPORT_PUBLISHED' };
const utrecht: SeriesMeeting = { id: 'utrecht', hostOrganisationId: 'o-utrecht', startsAt: day(20), status: 'OPEN' };

describe('the next meeting of a series', () => {
  it.each<[string, SeriesMeeting, string | null, ReturnType<typeof nextMeetingProblem>]>([
    ['is later, at another host', utrecht, null, null],
    ['may be named again by the same meeting', utrecht, 'delft', null],
    ['is not the meeting itself', delft, null, 'SAME_MEETING'],
    ['is announced, not a draft', { ...utrecht, status: 'DRAFT' }, null, 'NOT_ANNOUNCED'],
    ['is not cancelled', { ...utrecht, status: 'CANCELLED' }, null, 'CANCELLED'],
    ['has a host', { ...utrecht, hostOrganisationId: null }, null, 'NO_HOST'],
    ['at another host', { ...utrecht, hostOrganisationId: 'o-delft' }, null, 'SAME_HOST'],
    ['starts after this one', { ...utrecht, startsAt: day(1) }, null, 'NOT_LATER'],
    ['follows no other meeting', utrecht, 'zwolle', 'ALREADY_FOLLOWS'],
  ])('%s', (_, next, previous, expected) => {
    expect(nextMeetingProblem(delft, next, previous)).toBe(expected);
  });
});

describe('series on the meetings page', () => {
  it('are lines of two or more meetings, earliest first; a hidden meeting ends a line', () => {
    const meetings = [
      { id: 'c', startsAt: day(30), nextMeetingId: 'hidden' },
      { id: 'b', startsAt: day(20), nextMeetingId: 'c' },
      { id: 'x', startsAt: day(2), nextMeetingId: null },
      { id: 'a', startsAt: day(10), nextMeetingId: 'b' },
      { id: 'y', startsAt: day(3), nextMeetingId: 'z' },
      { id: 'z', startsAt: day(4), nextMeetingId: null },
    ];
    expect(meetingSeries(meetings)).toEqual([
      ['y', 'z'],
      ['a', 'b', 'c'],
    ]);
  });

  it('puts every meeting in at most one line, whatever the links (property)', () => {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ids, null), { minLength: 5, maxLength: 5 }), (nexts) => {
        const meetings = ids.map((id, i) => ({ id, startsAt: day(i + 1), nextMeetingId: nexts[i] }));
        const lines = meetingSeries(meetings);
        const all = lines.flat();
        expect(new Set(all).size).toBe(all.length);
        for (const line of lines) expect(line.length).toBeGreaterThanOrEqual(2);
      }),
    );
  });
});
