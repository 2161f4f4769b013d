import { sessionTablesOffer } from './session-tables-offer';

describe('the theme tables on a track’s schedule', () => {
  it.each([
    ['leads whoever is shown the meeting to its tables', { canSchedule: false }, { meetingId: 'm1' }, 'GO'],
    ['leads the organisers there too, once held', { canSchedule: true }, { meetingId: 'm1' }, 'GO'],
    ['lets the organisers hold a session with tables', { canSchedule: true }, { meetingId: null }, 'HOLD'],
    ['offers nothing to anyone else', { canSchedule: false }, { meetingId: null }, null],
  ] as const)('%s', (_, track, session, offer) => {
    expect(sessionTablesOffer(track, session)).toBe(offer);
  });
});
