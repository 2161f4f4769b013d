import { Field, ObjectType } from '@nestjs/graphql';
import { RoleEnum } from '@kijkje/api/core';
import type { Role } from '@kijkje/domain';

/** What the accept page may show to whoever holds the link. */
@ObjectType()
export class InvitationPreview {
  @Field() networkName!: string;
  @Field() email!: string;
  @Field() name!: string;
  @Field(() => RoleEnum) role!: Role;
  @Field(() => String, { nullable: true }) organisationName!: string | null;
  @Field({ description: 'True when the person signs in with an existing password instead of choosing one.' })
  accountExists!: boolean;
}
