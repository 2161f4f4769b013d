import { Injectable } from '@nestjs/common';
import { NotificationService } from '@kijkje/api/core';
import type { EntityManager } from 'typeorm';
import { programmeOfRound, roundParticipantIds } from './evaluation.queries';

/**
 * When a round closes (its last report final), everyone who took part hears that their evaluation
 * is open (EVALUATION_OPENED); the task "evalueer de ronde" waits on their start page until they
 * submit it. Called by the visits context in the transaction that closes the round.
 */
@Injectable()
export class RoundEvaluationNotices {
  constructor(private readonly notifications: NotificationService) {}

  async roundClosed(em: EntityManager, networkId: string, roundId: string): Promise<void> {
    const recipients = await roundParticipantIds(em, networkId, roundId);
    const programmeId = await programmeOfRound(em, networkId, roundId);
    await this.notifications.notify(em, { networkId, kind: 'EVALUATION_OPENED', subject: { type: 'programme', id: programmeId }, recipients });
  }
}
