export * from './action-plan';
export * from './progress-review';
export * from './evaluation';
