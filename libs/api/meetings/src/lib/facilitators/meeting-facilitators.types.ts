import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Uuid } from '@kijkje/api/core';

@InputType()
export class MeetingFacilitatorInput {
  @Field(() => ID) @Uuid() meetingId!: string;
  @Field(() => ID, { description: 'A person with the FACILITATOR role in the network.' }) @Uuid() userId!: string;
}

@ObjectType({ description: 'A facilitator (begeleider) who runs the meeting for the network.' })
export class MeetingFacilitatorView {
  @Field(() => ID) userId!: string;
  @Field() name!: string;
}
