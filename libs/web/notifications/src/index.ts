export * from './lib/notifications-page';
export * from './lib/notification-settings-page';
export * from './i18n';
