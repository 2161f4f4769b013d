export * from './lib/meetings.module';
export * from './lib/meetings.entities';
export * from './lib/report/meeting-report.service';
export { TrackSessionMeetings } from './lib/track-sessions/track-session-meetings.service';
export { meetingPath } from './lib/meeting-path';
