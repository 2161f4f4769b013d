import { Field, ID, InputType } from '@nestjs/graphql';
import { Email, IdempotencyKey, OneOf, OptionalUuid, RoleEnum, Text } from '@kijkje/api/core';
import { ROLES, type Role } from '@kijkje/domain';

@InputType()
export class InvitePersonInput {
  @Field()
  @Email()
  email!: string;

  @Field()
  @Text(120)
  name!: string;

  @Field(() => RoleEnum)
  @OneOf(ROLES)
  role!: Role;

  @Field(() => ID, { nullable: true })
  @OptionalUuid()
  organisationId?: string;

  @Field({ nullable: true })
  @IdempotencyKey()
  idempotencyKey?: string;
}
