import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CalendarDate, IdempotencyKey, OneOf, OptionalText, OptionalUuid, Pattern, Text, Uuid, Version } from '@kijkje/api/core';
import {
  CARD_TEXT_MAX,
  CLUSTER_LABEL_MAX,
  MEETING_CAPACITY_MAX,
  MEETING_QUESTION_KINDS,
  MEETING_STATUSES,
  REGISTRATION_STATUSES,
  TABLE_CAPACITY_MAX,
  type MeetingQuestionKind,
  type MeetingStatus,
  type RegistrationStatus,
} from '@kijkje/domain';
import { IsBoolean, IsInt, IsOptional, Max, Min, ValidateIf } from 'class-validator';

export const MeetingStatusEnum = Object.fromEntries(MEETING_STATUSES.map((s) => [s, s])) as { [K in MeetingStatus]: K };
registerEnumType(MeetingStatusEnum, { name: 'MeetingStatus', description: 'DRAFT → OPEN (registration) → HELD → REPORT_PUBLISHED; or CANCELLED.' });
export const RegistrationStatusEnum = Object.fromEntries(REGISTRATION_STATUSES.map((s) => [s, s])) as { [K in RegistrationStatus]: K };
registerEnumType(RegistrationStatusEnum, { name: 'MeetingRegistrationStatus' });
export const MeetingQuestionEnum = Object.fromEntries(MEETING_QUESTION_KINDS.map((s) => [s, s])) as { [K in MeetingQuestionKind]: K };
registerEnumType(MeetingQuestionEnum, {
  name: 'MeetingQuestion',
  description: 'The three questions: wat gaat goed, waar maak je je zorgen om, eigen verantwoordelijkheid.',
});

export const MeetingStepEnum = { OPEN: 'OPEN', HOLD: 'HOLD', CANCEL: 'CANCEL' } as const;
registerEnumType(MeetingStepEnum, { name: 'MeetingStep', description: 'OPEN: for registration; HOLD: registration closes, the meeting is held; CANCEL.' });

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const int = { message: 'integer|' };

@InputType()
export class MeetingFieldsInput {
  @Field() @Text(200) title!: string;
  @Field(() => String, { nullable: true }) @OptionalText(4000) description?: string | null;
  @Field(() => ID, { nullable: true }) @OptionalUuid() hostOrganisationId?: string | null;
  @Field({ description: 'The host organisation’s members may edit the meeting.' }) @IsBoolean({ message: 'boolean|' }) hostMayEdit!: boolean;
  @Field({ description: 'YYYY-MM-DD, Dutch day' }) @CalendarDate() day!: string;
  @Field({ description: 'HH:MM, Europe/Amsterdam' }) @Pattern(TIME, 'time') startTime!: string;
  @Field({ description: 'HH:MM, Europe/Amsterdam' }) @Pattern(TIME, 'time') endTime!: string;
  @Field(() => String, { nullable: true }) @OptionalText(300) place?: string | null;
  @Field(() => String, { nullable: true }) @OptionalText(500) onlineLink?: string | null;
  @Field(() => Int) @IsInt(int) @Min(1, { message: 'min|1' }) @Max(MEETING_CAPACITY_MAX, { message: `max|${MEETING_CAPACITY_MAX}` }) capacity!: number;
}

@InputType()
export class UpdateMeetingInput extends MeetingFieldsInput {
  @Field(() => ID) @Uuid() id!: string;
  @Field(() => Int) @Version() version!: number;
}

@InputType()
export class MeetingStepInput {
  @Field(() => ID) @Uuid() id!: string;
  @Field(() => Int) @Version() version!: number;
  @Field(() => MeetingStepEnum) @OneOf(Object.values(MeetingStepEnum)) step!: keyof typeof MeetingStepEnum;
}

@InputType()
export class AddMeetingTableInput {
  @Field(() => ID) @Uuid() meetingId!: string;
  @Field() @Text(120) name!: string;
  @Field(() => ID, { nullable: true, description: 'The table host: a member of the network.' }) @OptionalUuid() hostUserId?: string | null;
  @Field(() => Int) @IsInt(int) @Min(1, { message: 'min|1' }) @Max(TABLE_CAPACITY_MAX, { message: `max|${TABLE_CAPACITY_MAX}` }) capacity!: number;
}

@InputType()
export class AddMeetingItemInput {
  @Field(() => ID) @Uuid() meetingId!: string;
  @Field({ description: 'HH:MM' }) @Pattern(TIME, 'time') atTime!: string;
  @Field(() => String, { nullable: true }) @OptionalText(200) speaker?: string | null;
  @Field() @Text(300) talk!: string;
}

@InputType()
export class ChooseMeetingTableInput {
  @Field(() => ID) @Uuid() meetingId!: string;
  @Field(() => ID) @Uuid() tableId!: string;
}

@InputType()
export class PostMeetingCardInput {
  @Field(() => ID) @Uuid() tableId!: string;
  @Field(() => MeetingQuestionEnum) @OneOf(MEETING_QUESTION_KINDS) kind!: MeetingQuestionKind;
  @Field({ description: `At most ${CARD_TEXT_MAX} characters.` }) @Text(CARD_TEXT_MAX) text!: string;
  @Field({
    nullable: true,
    description: 'One key per intended card: sending it again (after a lost answer, or from the phone’s outbox once back online) posts it once.',
  })
  @IdempotencyKey()
  idempotencyKey?: string;
}

@InputType()
export class MoveMeetingCardInput {
  @Field(() => ID) @Uuid() cardId!: string;
  @Field(() => MeetingQuestionEnum, { nullable: true }) @IsOptional() @OneOf(MEETING_QUESTION_KINDS) kind?: MeetingQuestionKind | null;
  @Field(() => String, { nullable: true, description: 'The cluster label; empty or null for none.' })
  @ValidateIf((_o, v) => v !== null && v !== undefined)
  @OptionalText(CLUSTER_LABEL_MAX)
  cluster?: string | null;
}

@InputType()
export class MergeMeetingCardsInput {
  @Field(() => ID, { description: 'The duplicate, folded into the target.' }) @Uuid() sourceId!: string;
  @Field(() => ID) @Uuid() targetId!: string;
}

@InputType()
export class MarkMeetingCardInput {
  @Field(() => ID) @Uuid() cardId!: string;
  @Field() @IsBoolean({ message: 'boolean|' }) isYield!: boolean;
  @Field() @IsBoolean({ message: 'boolean|' }) isRecommendation!: boolean;
}

@ObjectType()
export class MeetingItemView {
  @Field(() => ID) id!: string;
  @Field() atTime!: string;
  @Field() speaker!: string;
  @Field() talk!: string;
}

@ObjectType()
export class MeetingTableView {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) hostName!: string | null;
  @Field(() => ID, { nullable: true }) hostUserId!: string | null;
  @Field(() => Int) capacity!: number;
  @Field(() => Int) occupied!: number;
  @Field(() => Int) version!: number;
}

@ObjectType()
export class MeetingRegistrationView {
  @Field(() => ID) id!: string;
  @Field(() => ID, { description: 'The person registered: a possible table host.' }) userId!: string;
  @Field() name!: string;
  @Field(() => RegistrationStatusEnum) status!: RegistrationStatus;
  @Field(() => ID, { nullable: true }) tableId!: string | null;
  @Field(() => Int, { nullable: true }) waitlistPosition!: number | null;
}

@ObjectType()
export class MeetingSummaryView {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) hostOrganisation!: string | null;
  @Field(() => ID, { nullable: true }) hostOrganisationId!: string | null;
  @Field(() => GraphQLISODateTime) startsAt!: Date;
  @Field(() => GraphQLISODateTime) endsAt!: Date;
  @Field() place!: string;
  @Field(() => MeetingStatusEnum) status!: MeetingStatus;
  @Field(() => ID, { nullable: true, description: 'The next meeting of its series, at another host (never a draft).' }) nextMeetingId!: string | null;
  @Field(() => ID, {
    nullable: true,
    description:
      'The learning track whose session this meeting holds with theme tables: then it is for the track’s cohort, its facilitators and the coordinators alone; null for the network’s meetings.',
  })
  trackId!: string | null;
  @Field(() => String, { nullable: true, description: 'That track’s title.' }) trackTitle!: string | null;
}

@ObjectType()
export class MeetingView extends MeetingSummaryView {
  @Field() description!: string;
  @Field() hostMayEdit!: boolean;
  @Field() onlineLink!: string;
  @Field(() => Int) capacity!: number;
  @Field(() => Int) registeredCount!: number;
  @Field(() => Int) waitlistCount!: number;
  @Field(() => Int) version!: number;
  @Field(() => [MeetingItemView]) items!: MeetingItemView[];
  @Field(() => [MeetingTableView]) tables!: MeetingTableView[];
  @Field(() => MeetingRegistrationView, { nullable: true, description: 'The viewer’s own registration.' }) myRegistration!: MeetingRegistrationView | null;
  @Field(() => [MeetingRegistrationView], { description: 'Everyone’s registrations: for the organisers only, empty for others.' })
  registrations!: MeetingRegistrationView[];
  @Field() canEdit!: boolean;
  @Field() canRegister!: boolean;
  @Field() canCancelRegistration!: boolean;
  @Field() canAssignTables!: boolean;
  @Field({ description: 'Name the next meeting of the series.' }) canLinkNext!: boolean;
  @Field({ description: 'Assign and remove the meeting’s facilitators (the coordinator).' }) canAssignFacilitators!: boolean;
  @Field({ description: 'The viewer is one of the meeting’s facilitators, and organises it.' }) isFacilitator!: boolean;
  @Field({ description: 'Write and publish the report (the coordinator or the meeting’s facilitators, once the meeting is held).' })
  canWriteReport!: boolean;
}

@ObjectType()
export class MeetingCardView {
  @Field(() => ID) id!: string;
  @Field(() => ID) tableId!: string;
  @Field(() => MeetingQuestionEnum) kind!: MeetingQuestionKind;
  @Field() text!: string;
  @Field(() => String, { nullable: true, description: 'Only at the card’s own table.' }) authorName!: string | null;
  @Field() mine!: boolean;
  @Field(() => String, { nullable: true }) cluster!: string | null;
  @Field(() => ID, { nullable: true }) mergedIntoId!: string | null;
  @Field() isYield!: boolean;
  @Field() isRecommendation!: boolean;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
}

@ObjectType()
export class TableCardsView {
  @Field(() => ID) meetingId!: string;
  @Field(() => MeetingTableView) table!: MeetingTableView;
  @Field({ description: 'The viewer sits at this table (or hosts it): all cards, with authors.' }) atTable!: boolean;
  @Field() canPost!: boolean;
  @Field() canModerate!: boolean;
  @Field(() => [MeetingCardView]) cards!: MeetingCardView[];
}

@ObjectType()
export class PlenaryTableView {
  @Field(() => ID) tableId!: string;
  @Field() name!: string;
  @Field(() => [MeetingCardView]) yields!: MeetingCardView[];
}

@ObjectType()
export class PlenaryView {
  @Field(() => ID) meetingId!: string;
  @Field() title!: string;
  @Field(() => [PlenaryTableView]) tables!: PlenaryTableView[];
}

@ObjectType()
export class MeetingChange {
  @Field(() => ID) meetingId!: string;
  @Field(() => ID, { nullable: true }) tableId!: string | null;
  @Field(() => ID, { nullable: true }) cardId!: string | null;
  @Field({ description: 'CARD (one card changed), TABLE (reload the table), or REFRESH (reload everything).' }) change!: string;
}
