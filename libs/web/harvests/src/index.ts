export * from './lib/harvest-page';
export * from './lib/harvest-version-page';
export * from './lib/harvests-page';
export * from './lib/programme-harvest-links';
export * from './lib/programme-published-harvests';
export * from './lib/published-harvests-page';
export * from './i18n';
