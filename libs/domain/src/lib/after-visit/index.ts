export * from './action-plan';
export * from './progress-review';
export * from './timeline';
export * from './indicators';
export * from './indicator-csv';
export * from './evaluation';
export * from './follow-up';
