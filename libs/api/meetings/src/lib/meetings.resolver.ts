import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, uuidArg, type RequestContext } from '@kijkje/api/core';
import { cardsFor, meetingReportRights, plenaryView } from '@kijkje/domain';
import { withVisibleLinks } from './facilitators/caller-standing';
import * as q from './meetings.queries';
import { MeetingCardsService } from './meeting-cards.service';
import { MeetingsService, type MeetingStanding } from './meetings.service';
import { MeetingSeatingService } from './tables/meeting-seating.service';
import { MeetingTablesService } from './tables/meeting-tables.service';
import {
  AddMeetingItemInput,
  AddMeetingTableInput,
  ChooseMeetingTableInput,
  MarkMeetingCardInput,
  MeetingCardView,
  MeetingFieldsInput,
  MeetingStepInput,
  MeetingSummaryView,
  MeetingView,
  MergeMeetingCardsInput,
  MoveMeetingCardInput,
  PlenaryView,
  PostMeetingCardInput,
  TableCardsView,
  UpdateMeetingInput,
} from './meetings.types';

const idArg = (name: string) => Args(name, { type: () => ID }, uuidArg(name));

@Resolver()
export class MeetingsResolver {
  constructor(
    private readonly service: MeetingsService,
    private readonly cards: MeetingCardsService,
    private readonly tables: MeetingTablesService,
    private readonly seating: MeetingSeatingService,
  ) {}

  private async view(ctx: RequestContext, s: MeetingStanding): Promise<MeetingView> {
    const { meeting, rights, registrations, mine } = s;
    const positions = this.service.waitlist(s);
    const reg = (r: q.RegistrationRow) => ({
      id: r.id,
      userId: r.userId,
      name: r.name,
      status: r.status,
      tableId: r.tableId,
      waitlistPosition: positions.get(r.id) ?? null,
    });
    const [linked] = await withVisibleLinks(ctx, meeting.networkId, [meeting]);
    return {
      ...linked,
      items: await q.itemsOf(ctx.em, meeting.networkId, meeting.id),
      tables: await q.tablesOf(ctx.em, meeting.networkId, meeting.id),
      registeredCount: registrations.filter((r) => r.status === 'REGISTERED').length,
      waitlistCount: positions.size,
      myRegistration: mine ? reg(mine) : null,
      registrations: rights.edit || rights.assignTables ? registrations.filter((r) => r.status !== 'CANCELLED').map(reg) : [],
      canEdit: rights.edit,
      canRegister: rights.register,
      canCancelRegistration: rights.cancelRegistration,
      canAssignTables: rights.assignTables,
      canLinkNext: rights.linkNext,
      canAssignFacilitators: rights.assignFacilitators,
      isFacilitator: s.facilitator,
      canWriteReport: meetingReportRights({ coordinator: ctx.membership?.role === 'COORDINATOR', facilitator: s.facilitator }, meeting.status).write,
    };
  }

  private async reload(ctx: RequestContext, meetingId: string): Promise<MeetingView> {
    return this.view(ctx, await this.service.standing(ctx, meetingId));
  }

  @Query(() => [MeetingSummaryView], {
    description: 'The network’s work meetings, newest first; drafts only for their organisers, and for a facilitator only the meetings they run.',
  })
  async meetings(@Ctx() ctx: RequestContext): Promise<MeetingSummaryView[]> {
    const networkId = await this.service.networkOf(ctx);
    const readable = await this.service.readable(ctx, networkId, await this.service.list(ctx, networkId));
    return withVisibleLinks(ctx, networkId, readable);
  }

  @Query(() => MeetingView)
  async meeting(@Ctx() ctx: RequestContext, @idArg('id') id: string): Promise<MeetingView> {
    return this.reload(ctx, id);
  }

  @Query(() => TableCardsView, { description: 'A theme table’s cards: all with authors for those at the table, only yields (no authors) for others.' })
  async tableCards(@Ctx() ctx: RequestContext, @idArg('tableId') tableId: string): Promise<TableCardsView> {
    const t = await this.service.tableStanding(ctx, tableId);
    const cards = await q.cardsOfTable(ctx.em, t.meeting.networkId, tableId);
    return {
      meetingId: t.meeting.id,
      table: t.table,
      atTable: t.tableRights.read === 'full',
      canPost: t.tableRights.post,
      canModerate: t.tableRights.moderate,
      cards: cardsFor(cards, t.tableRights.read, ctx.userId!),
    };
  }

  @Query(() => PlenaryView, { description: 'The beamer view: every table’s yields and recommendations, never an author.' })
  async plenary(@Ctx() ctx: RequestContext, @idArg('meetingId') meetingId: string): Promise<PlenaryView> {
    const s = await this.service.standing(ctx, meetingId);
    const tables = await q.tablesOf(ctx.em, s.meeting.networkId, meetingId);
    const cards = await q.cardsOfMeeting(ctx.em, s.meeting.networkId, meetingId);
    const view = plenaryView(
      tables.map((t) => t.id),
      cards,
    );
    return { meetingId, title: s.meeting.title, tables: view.map((v, i) => ({ tableId: v.tableId, name: tables[i].name, yields: v.yields })) };
  }

  @Mutation(() => MeetingView, { description: 'Coordinator: a new meeting, as a draft.' })
  async createMeeting(@Ctx() ctx: RequestContext, @Args('input') input: MeetingFieldsInput): Promise<MeetingView> {
    return this.reload(ctx, await this.service.create(ctx, input));
  }

  @Mutation(() => MeetingView)
  async updateMeeting(@Ctx() ctx: RequestContext, @Args('input') input: UpdateMeetingInput): Promise<MeetingView> {
    return this.reload(ctx, await this.service.update(ctx, input));
  }

  @Mutation(() => MeetingView, { description: 'Open for registration, hold (close registration), or cancel.' })
  async stepMeeting(@Ctx() ctx: RequestContext, @Args('input') input: MeetingStepInput): Promise<MeetingView> {
    return this.reload(ctx, await this.service.step(ctx, input));
  }

  @Mutation(() => MeetingView)
  async addMeetingTable(@Ctx() ctx: RequestContext, @Args('input') input: AddMeetingTableInput): Promise<MeetingView> {
    return this.reload(ctx, await this.tables.add(ctx, input));
  }

  @Mutation(() => MeetingView)
  async removeMeetingTable(@Ctx() ctx: RequestContext, @idArg('tableId') tableId: string): Promise<MeetingView> {
    return this.reload(ctx, await this.tables.remove(ctx, tableId));
  }

  @Mutation(() => MeetingView)
  async addMeetingItem(@Ctx() ctx: RequestContext, @Args('input') input: AddMeetingItemInput): Promise<MeetingView> {
    return this.reload(ctx, await this.service.addItem(ctx, input));
  }

  @Mutation(() => MeetingView)
  async removeMeetingItem(@Ctx() ctx: RequestContext, @idArg('itemId') itemId: string): Promise<MeetingView> {
    return this.reload(ctx, await this.service.removeItem(ctx, itemId));
  }

  @Mutation(() => MeetingView, { description: 'Register the viewer: a place while there is one, else the waitlist.' })
  async registerForMeeting(@Ctx() ctx: RequestContext, @idArg('meetingId') meetingId: string): Promise<MeetingView> {
    return this.reload(ctx, await this.service.register(ctx, meetingId));
  }

  @Mutation(() => MeetingView, { description: 'Cancel the viewer’s registration; the first waiting person gets the place.' })
  async cancelMeetingRegistration(@Ctx() ctx: RequestContext, @idArg('meetingId') meetingId: string): Promise<MeetingView> {
    return this.reload(ctx, await this.service.cancelRegistration(ctx, meetingId));
  }

  @Mutation(() => MeetingView)
  async chooseMeetingTable(@Ctx() ctx: RequestContext, @Args('input') input: ChooseMeetingTableInput): Promise<MeetingView> {
    return this.reload(ctx, await this.seating.chooseTable(ctx, input));
  }

  @Mutation(() => MeetingView, { description: 'Organisers: seat everyone without a table, evenly over the tables with room.' })
  async assignMeetingTables(@Ctx() ctx: RequestContext, @idArg('meetingId') meetingId: string): Promise<MeetingView> {
    return this.reload(ctx, await this.seating.assign(ctx, meetingId));
  }

  private async card(ctx: RequestContext, cardId: string): Promise<MeetingCardView> {
    const networkId = await this.service.networkOf(ctx);
    const card = (await q.cardById(ctx.em, networkId, cardId))!;
    const t = await this.service.tableStanding(ctx, card.tableId);
    const [view] = cardsFor([card], 'full', ctx.userId!);
    // Only the table host and those at the table act on a card; anyone else never learns its author.
    return t.tableRights.read === 'full' ? view : { ...view, authorName: null, mine: false };
  }

  @Mutation(() => MeetingCardView, { description: 'A card at the viewer’s own table, to one of the three questions.' })
  async postMeetingCard(@Ctx() ctx: RequestContext, @Args('input') input: PostMeetingCardInput): Promise<MeetingCardView> {
    return this.card(ctx, await this.cards.postCard(ctx, input));
  }

  @Mutation(() => MeetingCardView, { description: 'Table host: another question or cluster for a card.' })
  async moveMeetingCard(@Ctx() ctx: RequestContext, @Args('input') input: MoveMeetingCardInput): Promise<MeetingCardView> {
    return this.card(ctx, await this.cards.moveCard(ctx, input));
  }

  @Mutation(() => MeetingCardView, { description: 'Table host: fold a duplicate into another card; answers the card that stays.' })
  async mergeMeetingCards(@Ctx() ctx: RequestContext, @Args('input') input: MergeMeetingCardsInput): Promise<MeetingCardView> {
    return this.card(ctx, await this.cards.mergeCards(ctx, input));
  }

  @Mutation(() => MeetingCardView, { description: 'Table host: mark a card as the table’s yield and/or recommendation.' })
  async markMeetingCard(@Ctx() ctx: RequestContext, @Args('input') input: MarkMeetingCardInput): Promise<MeetingCardView> {
    return this.card(ctx, await this.cards.markCard(ctx, input));
  }
}
