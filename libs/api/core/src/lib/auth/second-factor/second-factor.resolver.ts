import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { uuidArg } from '../../validation/uuid-pipe';
import { PasskeyService } from './passkey.service';
import type { SecondFactorPolicy } from '@kijkje/domain';
import { Network } from '../../tenancy/network.entity';
import { NetworkSecondFactorPolicy } from './network-policy.service';
import { Ctx, type RequestContext } from '../../graphql/request-context';
import { AccessService } from '../../tenancy/access.service';
import { AuthService } from '../auth.service';
import { Viewer } from '../viewer.model';
import { CompleteSignInInput, DisableSecondFactorInput, FinishPasskeyRegistrationInput, TotpCodeInput } from './dto/second-factor.input';
import { MyPasskey, MySecondFactor, RecoveryCodes, SecondFactorPolicyEnum, TotpEnrolment } from './second-factor.model';
import { SecondFactorService } from './second-factor.service';
import { SignInChallenges } from './sign-in-challenge.service';
import { User } from '../user.entity';

/**
 * The second factor: set up, renewed and turned off on the account page (only ever the signed-in
 * person's own), and the second step of a sign-in that answered SECOND_FACTOR_NEEDED.
 */
@Resolver()
export class SecondFactorResolver {
  constructor(
    private readonly factors: SecondFactorService,
    private readonly challenges: SignInChallenges,
    private readonly auth: AuthService,
    private readonly access: AccessService,
    private readonly policy: NetworkSecondFactorPolicy,
    private readonly passkeys: PasskeyService,
  ) {}

  @Query(() => [MyPasskey], { description: "The signed-in person's passkeys." })
  async myPasskeys(@Ctx() ctx: RequestContext): Promise<MyPasskey[]> {
    return (await this.passkeys.list(ctx, this.access.signedIn(ctx).userId)).map(({ id, name, createdAt, lastUsedAt }) => ({
      id,
      name,
      createdAt,
      lastUsedAt,
    }));
  }

  @Mutation(() => String, { description: 'Starts registering a passkey: the options of navigator.credentials.create, as JSON.' })
  startPasskeyRegistration(@Ctx() ctx: RequestContext): Promise<string> {
    return this.passkeys.startRegistration(ctx, this.access.signedIn(ctx));
  }

  @Mutation(() => MyPasskey, {
    description: 'Registers the passkey the browser created for the options of startPasskeyRegistration; it counts as a second factor.',
  })
  async finishPasskeyRegistration(@Ctx() ctx: RequestContext, @Args('input') input: FinishPasskeyRegistrationInput): Promise<MyPasskey> {
    const session = this.access.signedIn(ctx);
    const passkey = await this.passkeys.finishRegistration(ctx, session, input.name, input.response);
    await this.factors.upgrade(ctx, session, 'webauthn');
    return passkey;
  }

  @Mutation(() => Boolean, { description: "Removes one of the signed-in person's passkeys; any other id is NOT_FOUND." })
  removePasskey(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }, uuidArg('id')) id: string): Promise<boolean> {
    return this.passkeys.remove(ctx, this.access.signedIn(ctx), id);
  }

  @Mutation(() => Network, { description: 'Sets who must have used a second factor to work in the current network (coordinators).' })
  setSecondFactorPolicy(@Ctx() ctx: RequestContext, @Args('policy', { type: () => SecondFactorPolicyEnum }) policy: SecondFactorPolicy): Promise<Network> {
    return this.policy.set(ctx, policy);
  }

  @Query(() => MySecondFactor, { description: "The signed-in person's second factor." })
  mySecondFactor(@Ctx() ctx: RequestContext): Promise<MySecondFactor> {
    return this.factors.status(ctx, this.access.signedIn(ctx).userId);
  }

  @Mutation(() => TotpEnrolment, { description: 'Starts setting up an authenticator app: a new key, on only after confirmTotp. CONFLICT when one is on.' })
  startTotpEnrolment(@Ctx() ctx: RequestContext): Promise<TotpEnrolment> {
    return this.factors.startTotp(ctx, this.access.signedIn(ctx));
  }

  @Mutation(() => RecoveryCodes, { description: 'A current code of the app turns the second factor on; answers ten recovery codes, shown once.' })
  async confirmTotpEnrolment(@Ctx() ctx: RequestContext, @Args('input') input: TotpCodeInput): Promise<RecoveryCodes> {
    return { codes: await this.factors.confirmTotp(ctx, this.access.signedIn(ctx), input.code) };
  }

  @Mutation(() => RecoveryCodes, { description: 'Ten new recovery codes (the old ones stop working), proven with a current code of the app.' })
  async renewRecoveryCodes(@Ctx() ctx: RequestContext, @Args('input') input: TotpCodeInput): Promise<RecoveryCodes> {
    return { codes: await this.factors.renewRecoveryCodes(ctx, this.access.signedIn(ctx), input.code) };
  }

  @Mutation(() => Boolean, { description: 'Turns the second factor off, proven with the current password, a code of the app or a recovery code.' })
  disableSecondFactor(@Ctx() ctx: RequestContext, @Args('input') input: DisableSecondFactorInput): Promise<boolean> {
    return this.factors.disable(ctx, this.access.signedIn(ctx), input);
  }

  @Mutation(() => Viewer, {
    description: 'The second step of a sign-in: the challenge of SECOND_FACTOR_NEEDED and a code of the app or a recovery code; starts the session.',
  })
  async completeSignIn(@Ctx() ctx: RequestContext, @Args('input') input: CompleteSignInInput): Promise<Viewer> {
    const challenge = await this.challenges.take(ctx, input.challenge);
    const method = await this.factors.prove(ctx, challenge.userId, input, 'sign_in', challenge.webauthnChallenge);
    await this.challenges.close(ctx, challenge.userId);
    const user = await ctx.em.findOneByOrFail(User, { id: challenge.userId });
    await this.auth.startSession(ctx, user, challenge.networkId ?? undefined, ['password', method]);
    return this.auth.signedIn(ctx, user, method);
  }
}
