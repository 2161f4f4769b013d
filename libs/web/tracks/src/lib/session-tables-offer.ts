/**
 * What a session's line offers for its theme tables: the way to them when the API shows the
 * session's meeting (its organisers and accepted participants), holding the session with tables
 * for its organisers while it has none, or nothing.
 */
export function sessionTablesOffer(track: { canSchedule: boolean }, session: { meetingId?: string | null }): 'GO' | 'HOLD' | null {
  if (session.meetingId) return 'GO';
  return track.canSchedule ? 'HOLD' : null;
}
