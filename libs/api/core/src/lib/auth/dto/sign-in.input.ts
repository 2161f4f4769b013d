import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';
import { Email } from '../../validation/rules';

@InputType()
export class SignInInput {
  @Field()
  @Email()
  email!: string;

  // Only length is checked here: the policy applies when a password is chosen, not on sign-in.
  @Field()
  @IsString({ message: 'string|' })
  @MaxLength(128, { message: 'maxLength|$constraint1' })
  password!: string;
}
