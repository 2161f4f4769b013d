import { Args, ID, Mutation, registerEnumType, Resolver } from '@nestjs/graphql';
import { Ctx, type RequestContext } from '../graphql/request-context';
import { AccessService } from '../tenancy/access.service';
import { uuidArg } from '../validation/uuid-pipe';
import { EraseMyAccountInput } from './dto/erase-my-account.input';
import { ErasureService, type ErasureScope } from './erasure.service';

const ErasureScopeEnum = { ACCOUNT: 'ACCOUNT', MEMBERSHIP: 'MEMBERSHIP' } as const;
registerEnumType(ErasureScopeEnum, {
  name: 'ErasureScope',
  description: 'What an erasure on request removed: the whole account, or only the membership in this network.',
});

/** The AVG's right to erasure; the download ("Mijn gegevens") is a plain HTTP route (PrivacyExportController). */
@Resolver()
export class PrivacyResolver {
  constructor(
    private readonly erasure: ErasureService,
    private readonly access: AccessService,
  ) {}

  @Mutation(() => Boolean, { description: 'Erases the signed-in person’s account, proven with their password; signs them out everywhere.' })
  eraseMyAccount(@Ctx() ctx: RequestContext, @Args('input') input: EraseMyAccountInput): Promise<boolean> {
    return this.erasure.eraseOwn(ctx, this.access.signedIn(ctx), input.currentPassword);
  }

  @Mutation(() => ErasureScopeEnum, {
    description: 'A coordinator erases a member on the member’s request: the account, or only the membership here when the person is also in other networks.',
  })
  eraseMemberOnRequest(
    @Ctx() ctx: RequestContext,
    @Args('membershipId', { type: () => ID }, uuidArg('membershipId')) membershipId: string,
  ): Promise<ErasureScope> {
    return this.erasure.eraseMember(ctx, membershipId);
  }
}
