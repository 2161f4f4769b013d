export { NotificationSettingsPage, NotificationsPage } from '@kijkje/web/notifications';
