export * from './task';
export * from './visit-tasks';
export * from './programme-tasks';
export * from './progress';
export * from './facts-json';
export * from './progress-review-tasks';
export * from './evaluation-tasks';
