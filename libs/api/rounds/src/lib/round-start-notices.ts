import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DomainHooks, NotificationService } from '@kijkje/api/core';
import { organisationPeople } from './rounds.queries';

/** When a round starts, the people of its organisations hear that they are in it (ROUND_STARTED). */
@Injectable()
export class RoundStartNotices implements OnModuleInit {
  constructor(
    private readonly hooks: DomainHooks,
    private readonly notifications: NotificationService,
  ) {}

  onModuleInit(): void {
    this.hooks.on('round.started', async (ctx, { networkId, roundId, organisationIds }) => {
      const recipients = await organisationPeople(ctx.em, networkId, organisationIds);
      await this.notifications.notify(ctx.em, { networkId, kind: 'ROUND_STARTED', subject: { type: 'round', id: roundId }, recipients });
    });
  }
}
