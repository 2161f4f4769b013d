import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, type RequestContext } from '../graphql/request-context';
import { AccessService } from '../tenancy/access.service';
import { AuthService } from './auth.service';
import { RequestPasswordResetInput } from './dto/request-password-reset.input';
import { ResetPasswordInput } from './dto/reset-password.input';
import { SignInInput } from './dto/sign-in.input';
import { LanguageEnum, Viewer } from './viewer.model';
import type { Language } from '@kijkje/domain';
import { uuidArg } from '../validation/uuid-pipe';

@Resolver(() => Viewer)
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly access: AccessService,
  ) {}

  @Query(() => Viewer, { nullable: true, description: 'The signed-in person; null when signed out.' })
  viewer(@Ctx() ctx: RequestContext): Promise<Viewer | null> {
    return this.auth.viewer(ctx);
  }

  @Mutation(() => Viewer)
  signIn(@Ctx() ctx: RequestContext, @Args('input') input: SignInInput): Promise<Viewer> {
    return this.auth.signIn(ctx, input.email, input.password);
  }

  @Mutation(() => Boolean)
  signOut(@Ctx() ctx: RequestContext): Promise<boolean> {
    return this.auth.signOut(ctx);
  }

  @Mutation(() => Boolean, { description: 'Always true: whether the address is known is never revealed.' })
  requestPasswordReset(@Ctx() ctx: RequestContext, @Args('input') input: RequestPasswordResetInput): Promise<boolean> {
    return this.auth.requestPasswordReset(ctx, input.email);
  }

  @Mutation(() => Boolean)
  resetPassword(@Ctx() ctx: RequestContext, @Args('input') input: ResetPasswordInput): Promise<boolean> {
    return this.auth.resetPassword(ctx, input.token, input.password);
  }

  @Mutation(() => Viewer, { description: "Remembers the signed-in person's language: their mails follow it, and the web app adopts it at sign-in." })
  setMyLanguage(@Ctx() ctx: RequestContext, @Args('language', { type: () => LanguageEnum }) language: Language): Promise<Viewer> {
    this.access.signedIn(ctx);
    return this.auth.setLanguage(ctx, language);
  }

  @Mutation(() => Viewer)
  switchNetwork(@Ctx() ctx: RequestContext, @Args('networkId', { type: () => ID }, uuidArg('networkId')) networkId: string): Promise<Viewer> {
    this.access.signedIn(ctx);
    return this.auth.switchNetwork(ctx, networkId);
  }
}
