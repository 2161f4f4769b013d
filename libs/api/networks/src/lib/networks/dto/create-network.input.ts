import { Field, InputType } from '@nestjs/graphql';
import { Email, IdempotencyKey, Text } from '@kijkje/api/core';

@InputType()
export class CreateNetworkInput {
  @Field()
  @Text(120, 2)
  name!: string;

  @Field()
  @Email()
  coordinatorEmail!: string;

  @Field()
  @Text(120)
  coordinatorName!: string;

  @Field({ nullable: true })
  @IdempotencyKey()
  idempotencyKey?: string;
}
