export * from './dutch-time';
export * from './deadlines';
