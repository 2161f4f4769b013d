export * from './lib/tracks.module';
export * from './lib/tracks.entities';
export { sessionUid } from './lib/calendar/track-session-calendar';
