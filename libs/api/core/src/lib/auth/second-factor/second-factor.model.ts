import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

/** Who in a network must have used a second factor (libs/domain second-factor-policy). */
export enum SecondFactorPolicyEnum {
  NOBODY = 'NOBODY',
  COORDINATORS = 'COORDINATORS',
  EVERYONE = 'EVERYONE',
}
registerEnumType(SecondFactorPolicyEnum, {
  name: 'SecondFactorPolicy',
  description: 'Who must have used a second factor in their session to work in a network.',
  valuesMap: {
    NOBODY: { description: 'Nobody: a password is enough (the default).' },
    COORDINATORS: { description: 'Coordinators only.' },
    EVERYONE: { description: 'Every member.' },
  },
});

/** The signed-in person's second factor, as the account page shows it. */
@ObjectType()
export class MySecondFactor {
  @Field({ description: 'True once an authenticator app is set up and confirmed with a code.' })
  totpEnabled!: boolean;

  @Field(() => Int, { description: 'Recovery codes not yet used.' })
  recoveryCodesLeft!: number;
}

/** A new authenticator app being set up: shown once, on only after a code confirms it. */
@ObjectType()
export class TotpEnrolment {
  @Field({ description: 'The key in base32, for typing into the app by hand.' })
  secret!: string;

  @Field({ description: 'The otpauth:// address the QR code holds.' })
  uri!: string;

  @Field({ description: 'The QR code as an SVG data URL.' })
  qrCode!: string;
}

/** Ten single-use recovery codes: shown this once, only their hashes are kept. */
@ObjectType()
export class RecoveryCodes {
  @Field(() => [String])
  codes!: string[];
}

/** One of the signed-in person's passkeys. */
@ObjectType()
export class MyPasskey {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  lastUsedAt!: Date | null;
}
