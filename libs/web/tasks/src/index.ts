export * from './lib/start-page-tasks';
export * from './i18n';
