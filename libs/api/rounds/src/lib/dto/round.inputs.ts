import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IdempotencyKey, OptionalUuid, Pattern, Text, Uuid } from '@kijkje/api/core';
import { IsInt, Min } from 'class-validator';

@InputType()
export class CreateRoundInput {
  @Field(() => ID) @Uuid() programmeId!: string;
  @Field() @Text(120) name!: string;
  @Field({ nullable: true }) @IdempotencyKey() idempotencyKey?: string;
}

@InputType()
export class PlaceApplicationInput {
  @Field(() => ID) @Uuid() applicationId!: string;
  @Field(() => ID, { nullable: true, description: 'The round to place it in; null takes it out of its round.' })
  @OptionalUuid()
  roundId?: string;
}

@InputType()
export class StartRoundInput {
  @Field(() => ID) @Uuid() id!: string;
  @Field(() => Int) @IsInt({ message: 'integer|' }) @Min(1, { message: 'min|$constraint1' }) version!: number;
}

@InputType()
export class AcceptSuggestedGroupingInput {
  @Field(() => ID) @Uuid() programmeId!: string;
  @Field({ description: 'The fingerprint of the suggestion the coordinator saw (suggestedGrouping.fingerprint): a change since is a CONFLICT.' })
  @Pattern(/^[A-Za-z0-9_-]{43}$/, 'fingerprint')
  fingerprint!: string;
}
