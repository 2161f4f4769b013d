export * from './lib/my-visits-page';
export * from './lib/round-visits';
export * from './lib/visit-labels';
export * from './lib/visit-page';
export * from './i18n';
