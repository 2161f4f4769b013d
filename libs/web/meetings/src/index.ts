export * from './lib/meetings-page';
export * from './lib/meeting-page';
export * from './lib/table-page';
export * from './lib/plenary-page';
export * from './lib/report/meeting-report-page';
export * from './i18n';
