import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Your personal calendar feed: that it exists and since when (its address is shown only when made).' })
export class CalendarFeedStatus {
  @Field(() => GraphQLISODateTime, { description: 'When the current address was made.' }) createdAt!: Date;
}

@ObjectType({ description: 'A new address of your personal calendar feed, shown this once; any earlier address no longer works.' })
export class CalendarFeedAddress {
  @Field({ description: 'The secret address to subscribe to in a calendar program.' }) url!: string;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
}
