export * from './lib/tracks.module';
export * from './lib/tracks.entities';
