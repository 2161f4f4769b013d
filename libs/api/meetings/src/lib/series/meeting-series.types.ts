import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { OptionalUuid, Uuid, Version } from '@kijkje/api/core';

@InputType()
export class SetNextMeetingInput {
  @Field(() => ID) @Uuid() meetingId!: string;
  @Field(() => Int) @Version() version!: number;
  @Field(() => ID, { nullable: true, description: 'The next meeting of the series, later and at another host; null for none.' })
  @OptionalUuid()
  nextMeetingId?: string | null;
}
