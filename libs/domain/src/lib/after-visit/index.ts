export * from './action-plan';
export * from './progress-review';
export * from './indicators';
export * from './indicator-csv';
