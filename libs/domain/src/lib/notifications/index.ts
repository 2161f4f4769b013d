export * from './notifications';
export * from './schedule';
