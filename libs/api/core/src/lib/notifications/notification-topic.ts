/** The live topic of one person's notifications (their bell). */
export const notificationsTopic = (userId: string) => `notifications:${userId}`;
/** A notification was added for the audience. */
export const NOTIFIED = 'NOTIFIED';
/** The audience read some (on another screen): their count changed. */
export const NOTIFICATIONS_READ = 'READ';
