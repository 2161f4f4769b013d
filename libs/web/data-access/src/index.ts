export * from './generated/graphql';
export * from './lib/apollo';
export * from './lib/live-link';
export * from './lib/session';
