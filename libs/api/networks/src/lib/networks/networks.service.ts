import { Injectable } from '@nestjs/common';
import { AccessService, AuditService, Network, badUserInput, enterScope, type RequestContext } from '@kijkje/api/core';
import { slugify } from '@kijkje/domain';
import { InvitationsService } from '../invitations/invitations.service';
import type { CreateNetworkInput } from './dto/create-network.input';

@Injectable()
export class NetworksService {
  constructor(
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly invitations: InvitationsService,
  ) {}

  async list(ctx: RequestContext): Promise<Network[]> {
    await this.access.onPlatform(ctx, 'network.list');
    return ctx.em.find(Network, { order: { name: 'ASC' } });
  }

  /** A platform admin creates a network and invites its first coordinator, in one transaction. */
  async create(ctx: RequestContext, input: CreateNetworkInput): Promise<Network> {
    const session = await this.access.onPlatform(ctx, 'network.create');
    const em = ctx.em;
    if (input.idempotencyKey) {
      const existing = await em.findOneBy(Network, { idempotencyKey: input.idempotencyKey, createdBy: session.userId });
      if (existing) return existing;
    }
    const name = input.name.trim();
    const slug = slugify(name);
    if (!slug) {
      throw badUserInput([{ field: 'name', messages: { nl: 'Gebruik letters of cijfers in de naam.', en: 'Use letters or digits in the name.' } }]);
    }
    const taken = await em.findOneBy(Network, { slug });
    if (taken) {
      throw badUserInput([{ field: 'name', messages: { nl: 'Er bestaat al een netwerk met deze naam.', en: 'A network with this name already exists.' } }]);
    }
    const network = await em.save(em.create(Network, { name, slug, createdBy: session.userId, idempotencyKey: input.idempotencyKey ?? null }));
    // From here on the transaction works inside the new network.
    await enterScope(em, { networkId: network.id, userId: session.userId });
    await this.audit.record(em, {
      networkId: network.id,
      actorUserId: session.userId,
      action: 'network.created',
      targetType: 'network',
      targetId: network.id,
      ip: ctx.ip,
    });
    await this.invitations.create(em, ctx, network.id, {
      email: input.coordinatorEmail,
      name: input.coordinatorName,
      role: 'COORDINATOR',
      organisationId: null,
    });
    await enterScope(em, { networkId: ctx.networkId, userId: ctx.userId });
    return network;
  }
}
