export * from './deadline-reminders';
