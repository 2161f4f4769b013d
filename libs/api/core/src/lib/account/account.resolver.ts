import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { User } from '../auth/user.entity';
import { Ctx, type RequestContext } from '../graphql/request-context';
import { AccessService } from '../tenancy/access.service';
import { uuidArg } from '../validation/uuid-pipe';
import { AccountService } from './account.service';
import { ChangeMyPasswordInput } from './dto/change-my-password.input';
import { UpdateMyNameInput } from './dto/update-my-name.input';
import { MySession } from './my-session.model';

/**
 * The account page (Mijn account): only ever the signed-in person's own account, whatever network
 * they work in; signed out, every operation is UNAUTHENTICATED. The second factor has operations of
 * its own (auth/second-factor).
 */
@Resolver()
export class AccountResolver {
  constructor(
    private readonly account: AccountService,
    private readonly access: AccessService,
  ) {}

  @Query(() => [MySession], { description: "The signed-in person's live sessions, the current one marked." })
  mySessions(@Ctx() ctx: RequestContext): Promise<MySession[]> {
    return this.account.mySessions(ctx, this.access.signedIn(ctx));
  }

  @Mutation(() => User, { description: 'Changes the signed-in person’s name; a stale version gives CONFLICT.' })
  updateMyName(@Ctx() ctx: RequestContext, @Args('input') input: UpdateMyNameInput): Promise<User> {
    return this.account.updateName(ctx, this.access.signedIn(ctx), input.name, input.version);
  }

  @Mutation(() => Boolean, { description: 'A new password, proven with the current one; every other session of the person ends.' })
  changeMyPassword(@Ctx() ctx: RequestContext, @Args('input') input: ChangeMyPasswordInput): Promise<boolean> {
    return this.account.changePassword(ctx, this.access.signedIn(ctx), input.currentPassword, input.newPassword);
  }

  @Mutation(() => Boolean, { description: 'Ends one of the signed-in person’s sessions; any other id is NOT_FOUND.' })
  endMySession(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }, uuidArg('id')) id: string): Promise<boolean> {
    return this.account.endSession(ctx, this.access.signedIn(ctx), id);
  }

  @Mutation(() => Int, { description: '"Sign out elsewhere": ends every session of the signed-in person but this one; answers how many.' })
  endMyOtherSessions(@Ctx() ctx: RequestContext): Promise<number> {
    return this.account.endOtherSessions(ctx, this.access.signedIn(ctx));
  }
}
