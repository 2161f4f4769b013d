export * from './lib/programme-edit-page';
export * from './lib/programme-page';
export * from './lib/programmes-page';
export * from './i18n';
