import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';

const CODE = { message: 'maxLength|$constraint1' };

/** A code of the authenticator app (six digits; spaces are ignored). */
@InputType()
export class TotpCodeInput {
  @Field()
  @IsString({ message: 'string|' })
  @MaxLength(12, CODE)
  code!: string;
}

/** The second step of a sign-in: the challenge the password answered, and a code of the app or a recovery code. */
@InputType()
export class CompleteSignInInput {
  @Field()
  @IsString({ message: 'string|' })
  @Matches(/^[A-Za-z0-9_-]{43}$/, { message: 'challenge|' })
  challenge!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString({ message: 'string|' })
  @MaxLength(12, CODE)
  code?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString({ message: 'string|' })
  @MaxLength(24, CODE)
  recoveryCode?: string | null;
}

/** Turning the second factor off: proven with the current password, a code of the app or a recovery code. */
@InputType()
export class DisableSecondFactorInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString({ message: 'string|' })
  @MaxLength(128, CODE)
  currentPassword?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString({ message: 'string|' })
  @MaxLength(12, CODE)
  code?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString({ message: 'string|' })
  @MaxLength(24, CODE)
  recoveryCode?: string | null;
}
