import { Field, ID, InputType } from '@nestjs/graphql';
import { CalendarDate, IdempotencyKey, OptionalText, Pattern, Uuid } from '@kijkje/api/core';

@InputType({ description: 'The host or coordinator invites the original team to a follow-up conversation (terugkomgesprek).' })
export class InviteFollowUpInput {
  @Field(() => ID, { description: 'The visit (a review with a final report) to follow up.' }) @Uuid() visitId!: string;
  @Field({ description: 'YYYY-MM-DD, not in the past.' }) @CalendarDate() startsOn!: string;
  @Field({ description: 'HH:MM, Dutch time.' }) @Pattern(/^([01]\d|2[0-3]):[0-5]\d$/, 'time') startTime!: string;
  @Field({ description: 'HH:MM; earlier than the start time means the next day.' }) @Pattern(/^([01]\d|2[0-3]):[0-5]\d$/, 'time') endTime!: string;
  @Field({ nullable: true, description: 'A place or an online link.' }) @OptionalText(200) location?: string;
  @Field({ nullable: true }) @IdempotencyKey() idempotencyKey?: string;
}
