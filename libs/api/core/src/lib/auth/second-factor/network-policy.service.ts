import { Injectable } from '@nestjs/common';
import { satisfiesSecondFactorPolicy, type SecondFactorPolicy } from '@kijkje/domain';
import { AuditService } from '../../audit/audit.service';
import { fieldError } from '../../errors/app-error';
import type { RequestContext } from '../../graphql/request-context';
import { AccessService } from '../../tenancy/access.service';
import { Network } from '../../tenancy/network.entity';

/**
 * A network's second-factor policy, set by its coordinators (who manage its sign-in, as with
 * identity providers). A coordinator cannot lock themselves out: a policy their own session does
 * not meet is refused until they have signed in with a second factor.
 */
@Injectable()
export class NetworkSecondFactorPolicy {
  constructor(
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async set(ctx: RequestContext, policy: SecondFactorPolicy): Promise<Network> {
    const networkId = await this.access.inNetwork(ctx, 'identityProvider.manage');
    const session = ctx.session!;
    if (!satisfiesSecondFactorPolicy(policy, ctx.membership!.role, session.authMethods ?? ['password'])) {
      throw fieldError(
        'policy',
        'U bent zelf niet met een tweede factor ingelogd. Stel eerst uw tweede factor in op uw accountpagina en log ermee in.',
        'You did not sign in with a second factor yourself. First set up your second factor on your account page and sign in with it.',
      );
    }
    const before = await ctx.em.findOneByOrFail(Network, { id: networkId });
    await ctx.em.update(Network, { id: networkId }, { secondFactorPolicy: policy });
    await this.audit.record(ctx.em, {
      networkId,
      actorUserId: session.userId,
      action: 'network.second_factor_policy_set',
      targetType: 'network',
      targetId: networkId,
      data: { from: before.secondFactorPolicy, to: policy },
      ip: ctx.ip,
    });
    return ctx.em.findOneByOrFail(Network, { id: networkId });
  }
}
