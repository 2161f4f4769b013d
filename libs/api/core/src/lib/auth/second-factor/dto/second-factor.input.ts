import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { Text } from '../../../validation/rules';

const CODE = { message: 'maxLength|$constraint1' };

/** A code of the authenticator app (six digits; spaces are ignored). */
@InputType()
export class TotpCodeInput {
  @Field()
  @IsString({ message: 'string|' })
  @MaxLength(12, CODE)
  code!: string;
}

/** A code of the authenticator app or one of the recovery codes: what proves the second factor. */
@InputType({ isAbstract: true })
abstract class SecondFactorCodes {
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

/** The second step of a sign-in: the challenge the password answered, and a code of the app or a recovery code. */
@InputType()
export class CompleteSignInInput extends SecondFactorCodes {
  @Field()
  @IsString({ message: 'string|' })
  @Matches(/^[A-Za-z0-9_-]{43}$/, { message: 'challenge|' })
  challenge!: string;

  @Field(() => String, { nullable: true, description: 'A passkey’s answer (navigator.credentials.get), as JSON.' })
  @IsOptional()
  @IsString({ message: 'string|' })
  @MaxLength(8000, CODE)
  passkeyResponse?: string | null;
}

/** A new passkey: the browser's answer to the registration options (as JSON), and a name to know it by. */
@InputType()
export class FinishPasskeyRegistrationInput {
  @Field()
  @Text(60)
  name!: string;

  @Field({ description: 'The answer of navigator.credentials.create, as JSON.' })
  @IsString({ message: 'string|' })
  @MaxLength(8000, CODE)
  response!: string;
}

/** Turning the second factor off: proven with the current password, a code of the app or a recovery code. */
@InputType()
export class DisableSecondFactorInput extends SecondFactorCodes {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString({ message: 'string|' })
  @MaxLength(128, CODE)
  currentPassword?: string | null;
}
