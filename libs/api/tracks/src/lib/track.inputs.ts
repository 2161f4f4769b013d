import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { CalendarDate, OneOf, OptionalText, Pattern, Text, Uuid, Version } from '@kijkje/api/core';
import {
  CASE_ENTRY_MAX,
  CASE_FEEDBACK_MAX,
  CASE_QUESTION_MAX,
  FEEDBACK_GROUP_MAX,
  SESSION_KINDS,
  SESSION_PLACE_MAX,
  SESSION_TITLE_MAX,
  TRACK_CAPACITY_MAX,
  TRACK_DECISIONS,
  TRACK_DESCRIPTION_MAX,
  TRACK_MOTIVATION_MAX,
  TRACK_STEPS,
  TRACK_TITLE_MAX,
  type SessionKind,
  type TrackDecision,
  type TrackStep,
} from '@kijkje/domain';
import { IsBoolean, IsInt, IsOptional, Max, Min } from 'class-validator';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const TrackStepEnum = enumOf(TRACK_STEPS);
registerEnumType(TrackStepEnum, { name: 'TrackStep', description: 'OPEN: applications open; START: the cohort is complete and works on its cases; CLOSE.' });
export const SessionKindEnum = enumOf(SESSION_KINDS);
registerEnumType(SessionKindEnum, { name: 'TrackSessionKind', description: 'Startbijeenkomst, workshop, feedbacksessie, slotbijeenkomst.' });
export const TrackDecisionEnum = enumOf(TRACK_DECISIONS);
registerEnumType(TrackDecisionEnum, { name: 'TrackDecision', description: 'ACCEPT: a place, or the waitlist when the track is full; DECLINE.' });

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const int = { message: 'integer|' };

@InputType()
export class TrackFieldsInput {
  @Field() @Text(TRACK_TITLE_MAX) title!: string;
  @Field(() => String, { nullable: true }) @OptionalText(TRACK_DESCRIPTION_MAX) description?: string | null;
  @Field(() => Int, { description: 'How many participants the track takes; beyond it applications wait.' })
  @IsInt(int)
  @Min(1, { message: 'min|1' })
  @Max(TRACK_CAPACITY_MAX, { message: `max|${TRACK_CAPACITY_MAX}` })
  capacity!: number;
}

@InputType()
export class UpdateTrackInput extends TrackFieldsInput {
  @Field(() => ID) @Uuid() id!: string;
  @Field(() => Int) @Version() version!: number;
}

@InputType()
export class TrackStepInput {
  @Field(() => ID) @Uuid() id!: string;
  @Field(() => Int) @Version() version!: number;
  @Field(() => TrackStepEnum) @OneOf(TRACK_STEPS) step!: TrackStep;
}

@InputType()
export class TrackFacilitatorInput {
  @Field(() => ID) @Uuid() trackId!: string;
  @Field(() => ID, { description: 'A person with the FACILITATOR role in the network.' }) @Uuid() userId!: string;
}

@InputType()
export class AddTrackSessionInput {
  @Field(() => ID) @Uuid() trackId!: string;
  @Field(() => SessionKindEnum) @OneOf(SESSION_KINDS) kind!: SessionKind;
  @Field() @Text(SESSION_TITLE_MAX) title!: string;
  @Field({ description: 'YYYY-MM-DD, Dutch day' }) @CalendarDate() day!: string;
  @Field({ description: 'HH:MM, Europe/Amsterdam' }) @Pattern(TIME, 'time') startTime!: string;
  @Field({ description: 'HH:MM, Europe/Amsterdam' }) @Pattern(TIME, 'time') endTime!: string;
  @Field(() => String, { nullable: true }) @OptionalText(SESSION_PLACE_MAX) place?: string | null;
}

@InputType()
export class UpdateTrackSessionInput {
  @Field(() => ID) @Uuid() sessionId!: string;
  @Field(() => Int, { description: 'The session’s version as the editor saw it.' }) @Version() version!: number;
  @Field() @Text(SESSION_TITLE_MAX) title!: string;
  @Field({ description: 'YYYY-MM-DD, Dutch day' }) @CalendarDate() day!: string;
  @Field({ description: 'HH:MM, Europe/Amsterdam' }) @Pattern(TIME, 'time') startTime!: string;
  @Field({ description: 'HH:MM, Europe/Amsterdam' }) @Pattern(TIME, 'time') endTime!: string;
  @Field(() => String, { nullable: true }) @OptionalText(SESSION_PLACE_MAX) place?: string | null;
}

@InputType()
export class ApplyForTrackInput {
  @Field(() => ID) @Uuid() trackId!: string;
  @Field(() => String, { nullable: true, description: 'Why the person wants to take part.' }) @OptionalText(TRACK_MOTIVATION_MAX) motivation?: string | null;
}

@InputType()
export class DecideTrackApplicationInput {
  @Field(() => ID) @Uuid() participantId!: string;
  @Field(() => TrackDecisionEnum) @OneOf(TRACK_DECISIONS) decision!: TrackDecision;
}

@InputType()
export class TrackFeedbackGroupInput {
  @Field(() => ID) @Uuid() participantId!: string;
  @Field(() => String, { nullable: true, description: 'The group’s name; null for none.' }) @OptionalText(FEEDBACK_GROUP_MAX) group?: string | null;
}

@InputType()
export class UpdateMyTrackCaseInput {
  @Field(() => ID) @Uuid() trackId!: string;
  @Field(() => Int) @Version() version!: number;
  @Field({ description: 'The participant’s own steering question.' }) @Text(CASE_QUESTION_MAX) question!: string;
  @Field({ description: 'The participant’s feedback group may read the case, as well as the facilitators.' })
  @IsBoolean({ message: 'boolean|' })
  sharedWithGroup!: boolean;
}

@InputType()
export class AddTrackCaseEntryInput {
  @Field(() => ID) @Uuid() trackId!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, the Dutch day the entry is about; today when left out. Never a later day.' })
  @IsOptional()
  @CalendarDate()
  day?: string | null;
  @Field() @Text(CASE_ENTRY_MAX) text!: string;
}

@InputType()
export class UpdateTrackCaseEntryInput {
  @Field(() => ID) @Uuid() entryId!: string;
  @Field(() => Int) @Version() version!: number;
  @Field() @Text(CASE_ENTRY_MAX) text!: string;
}

@InputType()
export class GiveTrackFeedbackInput {
  @Field(() => ID, { description: 'The case: its participant.' }) @Uuid() participantId!: string;
  @Field(() => ID, { description: 'The session the feedback belongs to.' }) @Uuid() sessionId!: string;
  @Field() @Text(CASE_FEEDBACK_MAX) text!: string;
}
