import { Field, InputType } from '@nestjs/graphql';
import { Email } from '../../validation/rules';

@InputType()
export class RequestPasswordResetInput {
  @Field()
  @Email()
  email!: string;
}
