import { Injectable } from '@nestjs/common';
import { AccessService, badUserInput, idempotent, type RequestContext } from '@kijkje/api/core';
import { cardTextMessages, checkCardText, clusterLabel, clusterLabelTooLong, mergeMessages, planMerge } from '@kijkje/domain';
import * as q from './meetings.queries';
import { plenaryTopic, tableTopic } from './meeting-topics';
import { MeetingsService, type TableStanding } from './meetings.service';
import type { MarkMeetingCardInput, MergeMeetingCardsInput, MoveMeetingCardInput, PostMeetingCardInput } from './meetings.types';

const NOT_AT_TABLE = { nl: 'Alleen wie aan deze tafel zit kan hier kaartjes plaatsen.', en: 'Only people seated at this table can post cards here.' };
const NOT_TABLE_HOST = { nl: 'Alleen de tafelvoorzitter kan de kaartjes ordenen.', en: 'Only the table host can arrange the cards.' };

/**
 * The cards of a theme table: those seated post them, the table host moves, merges and marks
 * them; every change goes live to the table, and to the plenary where a yield is touched. Who may
 * do what is tableRights in libs/domain (through MeetingsService.tableStanding).
 */
@Injectable()
export class MeetingCardsService {
  constructor(
    private readonly access: AccessService,
    private readonly meetings: MeetingsService,
  ) {}

  /**
   * A card at the caller's own table. Idempotent by key (REL-03): a phone that typed it offline
   * sends it again until it hears back, and a repeat answers the card already posted.
   */
  async postCard(ctx: RequestContext, input: PostMeetingCardInput): Promise<string> {
    const t = await this.meetings.tableStanding(ctx, input.tableId);
    const networkId = t.meeting.networkId;
    const posted = await idempotent(
      ctx.em,
      { networkId, userId: ctx.userId!, operation: 'postMeetingCard', key: input.idempotencyKey },
      async () => {
        if (!t.tableRights.post) return this.access.notAllowed(ctx, 'meetingTable', input.tableId, NOT_AT_TABLE);
        const checked = checkCardText(input.text);
        if ('violation' in checked) throw badUserInput([{ field: 'text', messages: cardTextMessages[checked.violation] }]);
        const id = await q.insertCard(ctx.em, networkId, {
          meetingId: t.meeting.id,
          tableId: t.table.id,
          kind: input.kind,
          text: checked.text,
          authorId: ctx.userId!,
        });
        await this.meetings.record(ctx, networkId, 'meeting.card_posted', t.meeting.id, { tableId: t.table.id, cardId: id, kind: input.kind });
        await this.meetings.publish(ctx, networkId, tableTopic(t.table.id), 'CARD', id);
        return { id };
      },
      async (id) => ((await q.cardById(ctx.em, networkId, id)) ? { id } : null),
    );
    return posted.id;
  }

  /** The card and its table, for the table host's step on it. */
  private async moderated(ctx: RequestContext, cardId: string) {
    const networkId = await this.meetings.networkOf(ctx);
    const card = await q.cardById(ctx.em, networkId, cardId);
    if (!card) return this.access.notVisible(ctx, 'meetingCard', cardId);
    const t = await this.meetings.tableStanding(ctx, card.tableId);
    if (t.tableRights.read !== 'full' && !(card.isYield || card.isRecommendation)) return this.access.notVisible(ctx, 'meetingCard', cardId);
    if (!t.tableRights.moderate) return this.access.notAllowed(ctx, 'meetingCard', cardId, NOT_TABLE_HOST);
    return { card, t };
  }

  private async cardChanged(ctx: RequestContext, t: TableStanding, cardIds: string[], yieldTouched: boolean): Promise<void> {
    for (const id of cardIds) await this.meetings.publish(ctx, t.meeting.networkId, tableTopic(t.table.id), 'CARD', id);
    if (yieldTouched) await this.meetings.publish(ctx, t.meeting.networkId, plenaryTopic(t.meeting.id), 'TABLE', t.table.id);
  }

  async moveCard(ctx: RequestContext, input: MoveMeetingCardInput): Promise<string> {
    const { card, t } = await this.moderated(ctx, input.cardId);
    const label = clusterLabel(input.cluster ?? null);
    if ('violation' in label) throw badUserInput([{ field: 'cluster', messages: clusterLabelTooLong }]);
    await q.updateCard(ctx.em, t.meeting.networkId, [card.id], { kind: input.kind ?? undefined, cluster: label.cluster });
    await this.meetings.record(ctx, t.meeting.networkId, 'meeting.card_moved', t.meeting.id, { cardId: card.id });
    await this.cardChanged(ctx, t, [card.id], card.isYield || card.isRecommendation);
    return card.id;
  }

  async mergeCards(ctx: RequestContext, input: MergeMeetingCardsInput): Promise<string> {
    const { card: source, t } = await this.moderated(ctx, input.sourceId);
    const cards = await q.cardsOfTable(ctx.em, t.meeting.networkId, t.table.id);
    const plan = planMerge(cards, input.sourceId, input.targetId);
    if ('violation' in plan) throw badUserInput([{ field: 'targetId', messages: mergeMessages[plan.violation] }]);
    await q.updateCard(ctx.em, t.meeting.networkId, plan.move, { mergedIntoId: input.targetId });
    await this.meetings.record(ctx, t.meeting.networkId, 'meeting.cards_merged', t.meeting.id, { sourceId: input.sourceId, targetId: input.targetId });
    const yieldTouched = cards.some((c) => plan.move.includes(c.id) && (c.isYield || c.isRecommendation));
    await this.cardChanged(ctx, t, [...plan.move, input.targetId], yieldTouched || source.isYield);
    return input.targetId;
  }

  async markCard(ctx: RequestContext, input: MarkMeetingCardInput): Promise<string> {
    const { card, t } = await this.moderated(ctx, input.cardId);
    if (card.mergedIntoId) throw badUserInput([{ field: 'cardId', messages: mergeMessages.ALREADY_MERGED }]);
    await q.updateCard(ctx.em, t.meeting.networkId, [card.id], { isYield: input.isYield, isRecommendation: input.isRecommendation });
    await this.meetings.record(ctx, t.meeting.networkId, 'meeting.card_marked', t.meeting.id, {
      cardId: card.id,
      isYield: input.isYield,
      isRecommendation: input.isRecommendation,
    });
    await this.cardChanged(ctx, t, [card.id], true);
    return card.id;
  }
}
