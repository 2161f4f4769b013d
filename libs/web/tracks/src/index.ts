export * from './lib/tracks-page';
export * from './lib/track-page';
export * from './lib/track-case-page';
export * from './i18n';
