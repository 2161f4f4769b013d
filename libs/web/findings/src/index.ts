export * from './lib/finding-editor';
export * from './lib/finding-labels';
export * from './lib/findings-board-page';
export * from './i18n';
