import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';

@InputType()
export class EraseMyAccountInput {
  // Only length is checked here, as at sign-in: the stored hash decides.
  @Field({ description: 'The current password, typed again.' })
  @IsString({ message: 'string|' })
  @MaxLength(128, { message: 'maxLength|$constraint1' })
  currentPassword!: string;
}
