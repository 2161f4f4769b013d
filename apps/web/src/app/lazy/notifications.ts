export { CalendarFeedPage, NotificationSettingsPage, NotificationsPage } from '@kijkje/web/notifications';
