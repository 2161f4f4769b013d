import { Args, Context, ID, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { deliverySettings, notificationPath, NOTIFICATION_PAGE_MAX } from '@kijkje/domain';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import { fieldError, unauthenticated } from '../errors/app-error';
import { Ctx, type RequestContext } from '../graphql/request-context';
import { inOwnTransaction } from '../graphql/transaction-plugin';
import { LiveEvents } from '../live/live-events';
import { liveIterator } from '../live/live-iterator';
import { AccessService } from '../tenancy/access.service';
import { markRead, ownNotifications, saveDelivery, settingsOf, unreadCount } from './notifications.queries';
import { NOTIFICATIONS_READ, NOTIFIED, notificationsTopic } from './notification-topic';
import { NotificationPage, NotificationSetting, NotificationSettingInput, NotificationSignal } from './notification.views';

/** A person's own notifications in their current network, and how they want to hear of each kind. */
@Resolver()
export class NotificationsResolver {
  constructor(
    private readonly access: AccessService,
    private readonly live: LiveEvents,
    private readonly ds: DataSource,
  ) {}

  @Query(() => NotificationPage, { description: 'Your notifications in the current network, newest first.' })
  async myNotifications(
    @Ctx() ctx: RequestContext,
    @Args('limit', { type: () => Int, defaultValue: 20 }) limit: number,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
  ): Promise<NotificationPage> {
    const { userId } = this.access.signedIn(ctx);
    if (!Number.isInteger(limit) || limit < 1 || limit > NOTIFICATION_PAGE_MAX)
      throw fieldError('limit', `Vraag 1 tot ${NOTIFICATION_PAGE_MAX} meldingen tegelijk.`, `Ask for 1 to ${NOTIFICATION_PAGE_MAX} notifications at a time.`);
    if (!Number.isInteger(offset) || offset < 0) throw fieldError('offset', 'De positie kan niet negatief zijn.', 'The offset cannot be negative.');
    if (!ctx.networkId) return { items: [], hasMore: false };
    const rows = await ownNotifications(ctx.em, userId, ctx.networkId, limit + 1, offset);
    return {
      items: rows.slice(0, limit).map((r) => ({ ...r, path: notificationPath(r.kind, r.subjectType, r.subjectId), read: r.readAt !== null })),
      hasMore: rows.length > limit,
    };
  }

  @Query(() => Int, { description: 'How many of your notifications in the current network are unread.' })
  async unreadNotificationCount(@Ctx() ctx: RequestContext): Promise<number> {
    const { userId } = this.access.signedIn(ctx);
    return ctx.networkId ? unreadCount(ctx.em, userId, ctx.networkId) : 0;
  }

  @Mutation(() => Int, { description: 'Marks the given notifications read (all of them when ids is left out); answers the unread count after.' })
  async markNotificationsRead(@Ctx() ctx: RequestContext, @Args('ids', { type: () => [ID], nullable: true }) ids: string[] | null): Promise<number> {
    const { userId } = this.access.signedIn(ctx);
    if (ids && (ids.length > 500 || !ids.every((id) => isUUID(id))))
      throw fieldError('ids', 'Dit zijn geen geldige verwijzingen.', 'These are not valid references.');
    const networkId = ctx.networkId;
    if (!networkId) return 0;
    // Someone else's ids change nothing: row-level security hides their rows from this statement.
    const changed = await markRead(ctx.em, userId, networkId, ids ?? null);
    if (changed) await this.live.publish(ctx.em, { networkId, topic: notificationsTopic(userId), kind: NOTIFICATIONS_READ, id: '', audience: userId });
    return unreadCount(ctx.em, userId, networkId);
  }

  @Query(() => [NotificationSetting], { description: 'For each kind of notification, how it reaches you by mail.' })
  async notificationSettings(@Ctx() ctx: RequestContext): Promise<NotificationSetting[]> {
    const { userId } = this.access.signedIn(ctx);
    return deliverySettings(await settingsOf(ctx.em, userId));
  }

  @Mutation(() => [NotificationSetting], { description: 'Chooses how one kind of notification reaches you by mail. Security mails cannot be switched off.' })
  async setNotificationSetting(@Ctx() ctx: RequestContext, @Args('input') input: NotificationSettingInput): Promise<NotificationSetting[]> {
    const { userId } = this.access.signedIn(ctx);
    return deliverySettings(await saveDelivery(ctx.em, userId, input.kind, input.delivery));
  }

  @Subscription(() => NotificationSignal, {
    description: 'Tells your screens that your notifications in the current network changed (count again). Carries no content.',
    resolve: (signal: NotificationSignal) => signal,
  })
  async notificationsChanged(@Context() ctx: RequestContext): Promise<AsyncIterableIterator<NotificationSignal>> {
    const session = ctx.session;
    if (!session) throw unauthenticated();
    const networkId = await inOwnTransaction(this.ds, ctx, async () => ctx.networkId);
    if (!networkId) throw unauthenticated();
    const events = this.live.subscribe(networkId, notificationsTopic(session.userId), session.userId);
    return liveIterator(events, (e): NotificationSignal | null => {
      if (e.kind === NOTIFIED) return { change: 'NEW', notificationId: e.id };
      if (e.kind === NOTIFICATIONS_READ) return { change: 'READ', notificationId: null };
      if (e.kind === 'RESYNC') return { change: 'REFRESH', notificationId: null };
      return null;
    });
  }
}
