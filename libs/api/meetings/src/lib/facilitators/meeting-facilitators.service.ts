import { Injectable } from '@nestjs/common';
import { AccessService, activeFacilitator, badUserInput, type Bilingual, type RequestContext } from '@kijkje/api/core';
import { mayHostTable, meetingAudience, trackSessionMeetingMessages } from '@kijkje/domain';
import { MeetingMails } from '../calendar/meeting-mails';
import { MeetingDepartures } from '../departures/meeting-departures';
import { MeetingsService } from '../meetings.service';
import { hostCandidate } from '../tables/meeting-tables.queries';
import * as f from './meeting-facilitators.queries';
import type { MeetingFacilitatorInput } from './meeting-facilitators.types';

const ONLY_COORDINATOR: Bilingual = { nl: 'Alleen de coördinator wijst begeleiders toe.', en: 'Only the coordinator assigns facilitators.' };
const CANCELLED: Bilingual = {
  nl: 'Deze bijeenkomst is geannuleerd; de begeleiding verandert niet meer.',
  en: 'This meeting was cancelled; its facilitators no longer change.',
};

/**
 * The facilitators of a meeting (begeleiders: a university, a consultancy): the coordinator assigns
 * the network's facilitators to a meeting and removes them, audited. An assigned facilitator
 * organises that meeting (meetingRights in libs/domain), and no other, and has it in their
 * calendar from then on (MeetingMails). Taken off it, they can no longer read it, so they no longer
 * host its tables either (mayHostTable): the coordinator means them out of the meeting, and a table
 * host whose invitation leads to a page they cannot open helps nobody. Their one mail says both,
 * with the cancellation; the tables wait for another host (MeetingDepartures).
 */
@Injectable()
export class MeetingFacilitatorsService {
  constructor(
    private readonly access: AccessService,
    private readonly meetings: MeetingsService,
    private readonly mails: MeetingMails,
    private readonly departures: MeetingDepartures,
  ) {}

  /** The meeting, locked, for whoever may assign its facilitators; FORBIDDEN for anyone else who sees it. */
  private async assigner(ctx: RequestContext, meetingId: string) {
    const s = await this.meetings.standing(ctx, meetingId, true);
    if (!s.rights.assignFacilitators) {
      const coordinator = ctx.membership?.role === 'COORDINATOR';
      const why = meetingAudience(s.meeting) === 'TRACK' ? trackSessionMeetingMessages.FACILITATORS_OF_TRACK : coordinator ? CANCELLED : ONLY_COORDINATOR;
      return this.access.notAllowed(ctx, 'meeting', meetingId, why);
    }
    return s;
  }

  async assign(ctx: RequestContext, input: MeetingFacilitatorInput): Promise<string> {
    const s = await this.assigner(ctx, input.meetingId);
    const networkId = s.meeting.networkId;
    if (!(await activeFacilitator(ctx.em, networkId, input.userId)))
      throw badUserInput([
        { field: 'userId', messages: { nl: 'Deze persoon is geen begeleider in het netwerk.', en: 'This person is not a facilitator in the network.' } },
      ]);
    // Assigning someone twice changes nothing, records nothing and sends nothing.
    if (await f.insertFacilitator(ctx.em, networkId, s.meeting.id, input.userId, ctx.userId)) {
      await this.meetings.record(ctx, networkId, 'meeting.facilitator_assigned', s.meeting.id, { userId: input.userId });
      await this.mails.roleChanged(ctx, s.meeting, { role: 'FACILITATOR', kind: 'ASSIGNED', userId: input.userId });
    }
    return s.meeting.id;
  }

  async remove(ctx: RequestContext, input: MeetingFacilitatorInput): Promise<string> {
    const s = await this.assigner(ctx, input.meetingId);
    const networkId = s.meeting.networkId;
    if (!(await f.deleteFacilitator(ctx.em, networkId, s.meeting.id, input.userId)))
      throw badUserInput([
        { field: 'userId', messages: { nl: 'Deze persoon begeleidt deze bijeenkomst niet.', en: 'This person does not facilitate this meeting.' } },
      ]);
    const tables = !mayHostTable(await hostCandidate(ctx.em, networkId, s.meeting.id, input.userId));
    // A removed facilitator's live plenary and tables end: every screen on them checks again who may still follow them.
    await this.departures.leave(ctx, s.meeting, input.userId, { facilitator: true, tables, registration: null }, { actorUserId: ctx.userId });
    return s.meeting.id;
  }

  facilitators(ctx: RequestContext, networkId: string, meetingId: string): Promise<f.FacilitatorRow[]> {
    return f.facilitatorsOf(ctx.em, networkId, meetingId);
  }
}
