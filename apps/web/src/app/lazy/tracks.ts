export { TrackCasePage, TrackPage, TracksPage } from '@kijkje/web/tracks';
