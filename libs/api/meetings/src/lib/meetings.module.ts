import { Module } from '@nestjs/common';
import { MeetingCalendarController } from './meeting-calendar.controller';
import { MeetingChangesResolver } from './meeting-changes.resolver';
import { MeetingsResolver } from './meetings.resolver';
import { MeetingCardsService } from './meeting-cards.service';
import { MeetingsService } from './meetings.service';

/** Work meetings (werkbijeenkomsten) with theme tables, live for the tables and the plenary. */
@Module({ controllers: [MeetingCalendarController], providers: [MeetingsService, MeetingCardsService, MeetingsResolver, MeetingChangesResolver] })
export class MeetingsModule {}

/** The resolvers of this context, for the schema generator. */
export const MEETINGS_RESOLVERS = [MeetingsResolver, MeetingChangesResolver];
