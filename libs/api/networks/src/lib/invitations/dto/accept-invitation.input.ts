import { Field, InputType } from '@nestjs/graphql';
import { OptionalText, Pattern } from '@kijkje/api/core';
import { IsString, MaxLength } from 'class-validator';

@InputType()
export class AcceptInvitationInput {
  @Field()
  @Pattern(/^[A-Za-z0-9_-]{43}$/, 'token')
  token!: string;

  @Field({ nullable: true })
  @OptionalText(120)
  name?: string;

  @Field()
  @IsString({ message: 'string|' })
  @MaxLength(512, { message: 'maxLength|$constraint1' })
  password!: string;
}
