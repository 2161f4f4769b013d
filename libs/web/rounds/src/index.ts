export * from './lib/composition-page';
export * from './i18n';
export * from './lib/evaluation/programme-round-evaluations';
export * from './lib/evaluation/evaluation-results';
