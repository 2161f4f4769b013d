export * from './outbox-store';
export * from './use-outbox';
export * from './use-online';
