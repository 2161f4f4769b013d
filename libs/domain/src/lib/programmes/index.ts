export * from './pairs';
export * from './programme-lifecycle';
export * from './application-lifecycle';
export * from './waitlist';
export * from './round-lifecycle';
export * from './conflicts';
export * from './grouping';
