import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';

@InputType()
export class ChangeMyPasswordInput {
  // Only length is checked here, as at sign-in: the stored hash decides.
  @Field()
  @IsString({ message: 'string|' })
  @MaxLength(128, { message: 'maxLength|$constraint1' })
  currentPassword!: string;

  // The policy applies in the service, with the person's name and address to compare against.
  @Field()
  @IsString({ message: 'string|' })
  @MaxLength(512, { message: 'maxLength|$constraint1' })
  newPassword!: string;
}
