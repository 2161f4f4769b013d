export * from './dutch-time';
export * from './deadlines';
export * from './wall-clock';
export * from './own-deadlines';
