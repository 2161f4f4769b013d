export * from './lib/composition-page';
export * from './i18n';
