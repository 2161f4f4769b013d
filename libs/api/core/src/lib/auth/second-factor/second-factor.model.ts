import { Field, Int, ObjectType } from '@nestjs/graphql';

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
