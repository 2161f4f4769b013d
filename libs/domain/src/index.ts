export * from './lib/roles';
export * from './lib/permissions';
export * from './lib/invitation';
export * from './lib/password-policy';
export * from './lib/slug';
export * from './lib/limits';
export * from './lib/messages';
export * from './lib/programmes';
