export * from './finding-policy';
export * from './visit-policy';
export * from './visit-lifecycle';
export * from './review-team';
export * from './preparation';
export * from './finding-content';
export * from './policy-matrix';
export * from './report-policy';
