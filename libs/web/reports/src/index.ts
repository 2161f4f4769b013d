export * from './lib/programme-visit-reports';
export * from './lib/report-page';
export * from './i18n';
export * from './lib/plan/action-plan-page';
export * from './lib/timeline/timeline-page';
