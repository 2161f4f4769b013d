export * from './meeting-lifecycle';
export * from './meeting-registration';
export * from './table-assignment';
export * from './meeting-policy';
export * from './meeting-cards';
export * from './meeting-time';
export * from './meeting-report';
export * from './meeting-series';
