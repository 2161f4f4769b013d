export * from './lib/admin-page';
export * from './lib/organisations-page';
export * from './lib/people-page';
export * from './i18n';
export * from './lib/privacy/processing-overview-page';
