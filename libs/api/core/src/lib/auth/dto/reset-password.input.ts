import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';
import { Pattern } from '../../validation/rules';

@InputType()
export class ResetPasswordInput {
  @Field()
  @Pattern(/^[A-Za-z0-9_-]{43}$/, 'token')
  token!: string;

  @Field()
  @IsString({ message: 'string|' })
  @MaxLength(512, { message: 'maxLength|$constraint1' })
  password!: string;
}
