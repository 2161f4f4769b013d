export * from './lib/composition-page';
