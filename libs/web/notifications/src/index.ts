export * from './lib/notifications-page';
export * from './lib/notification-settings-page';
export * from './lib/calendar-feed-page';
export * from './i18n';
