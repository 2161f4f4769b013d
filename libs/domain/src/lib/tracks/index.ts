export * from './track-lifecycle';
export * from './track-participation';
export * from './track-policy';
export * from './track-schedule';
export * from './track-calendar';
export * from './track-limits';
export * from './case-log';
export * from './track-membership';
