import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AuditService } from '../../audit/audit.service';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { SQL_CLOCK, updateVersioned } from '../../database/versioned-update';
import { badUserInput, conflict } from '../../errors/app-error';
import type { RequestContext } from '../../graphql/request-context';
import { AccessService } from '../../tenancy/access.service';
import { Network } from '../../tenancy/network.entity';
import type { CreateIdentityProviderInput, UpdateIdentityProviderInput } from './dto/identity-provider.input';
import { IdentityProvider } from './identity-provider.entity';
import { domainsClaimed, normaliseDomains, normaliseIssuer, unknownOrganisation } from './identity-provider-rules';
import { domainsTaken, organisationInNetwork, setPasswordSignIn } from './identity-providers.queries';
import { encryptSecret } from './secret-box';

/** A network's identity providers, managed by its coordinators; the client secret is write-only. */
@Injectable()
export class IdentityProvidersService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async list(ctx: RequestContext): Promise<IdentityProvider[]> {
    const networkId = await this.access.inNetwork(ctx, 'identityProvider.manage');
    return ctx.em.find(IdentityProvider, { where: { networkId }, order: { name: 'ASC' } });
  }

  async create(ctx: RequestContext, input: CreateIdentityProviderInput): Promise<IdentityProvider> {
    const networkId = await this.access.inNetwork(ctx, 'identityProvider.manage');
    const fields = await this.checked(ctx, networkId, input, null);
    const id = randomUUID();
    await ctx.em.insert(IdentityProvider, {
      id,
      networkId,
      ...fields,
      clientSecretEncrypted: encryptSecret(this.config.sso.secretKey, input.clientSecret, id),
    });
    await this.record(ctx, networkId, 'identity_provider.created', id, fields);
    return ctx.em.findOneByOrFail(IdentityProvider, { id, networkId });
  }

  async update(ctx: RequestContext, input: UpdateIdentityProviderInput): Promise<IdentityProvider> {
    const networkId = await this.access.inNetwork(ctx, 'identityProvider.manage');
    const existing = await ctx.em.findOneBy(IdentityProvider, { id: input.id, networkId });
    if (!existing) return this.access.notVisible(ctx, 'identity_provider', input.id);
    const fields = await this.checked(ctx, networkId, input, input.id);
    const secret = input.clientSecret ? { clientSecretEncrypted: encryptSecret(this.config.sso.secretKey, input.clientSecret, input.id) } : {};
    const saved = await updateVersioned(ctx.em, IdentityProvider, { id: input.id, networkId }, input.version, { ...fields, ...secret, updatedAt: SQL_CLOCK });
    await this.record(ctx, networkId, 'identity_provider.updated', input.id, { ...fields, secretChanged: Boolean(input.clientSecret) });
    return saved;
  }

  async remove(ctx: RequestContext, id: string, version: number): Promise<boolean> {
    const networkId = await this.access.inNetwork(ctx, 'identityProvider.manage');
    const existing = await ctx.em.findOneBy(IdentityProvider, { id, networkId });
    if (!existing) return this.access.notVisible(ctx, 'identity_provider', id);
    if (existing.version !== version) throw conflict(existing.version);
    await ctx.em.query(`DELETE FROM identity_provider WHERE id = $1 AND network_id = $2 AND version = $3`, [id, networkId, version]);
    await this.record(ctx, networkId, 'identity_provider.deleted', id, { name: existing.name, issuer: existing.issuer });
    return true;
  }

  /** Turns password sign-in for the network's members on or off (off: only through their organisation). */
  async setPasswordSignIn(ctx: RequestContext, allowed: boolean): Promise<Network> {
    const networkId = await this.access.inNetwork(ctx, 'identityProvider.manage');
    if (!allowed) {
      const [any] = await ctx.em.query(`SELECT 1 FROM identity_provider WHERE network_id = $1 AND enabled LIMIT 1`, [networkId]);
      if (!any) {
        throw badUserInput([
          {
            field: 'allowed',
            messages: {
              nl: 'Stel eerst een identiteitsprovider in: zonder wachtwoord kan anders niemand meer inloggen.',
              en: 'Configure an identity provider first: without passwords nobody could sign in otherwise.',
            },
          },
        ]);
      }
    }
    await setPasswordSignIn(ctx.em, networkId, allowed);
    await this.audit.record(ctx.em, {
      networkId,
      actorUserId: ctx.userId,
      action: 'network.password_sign_in_set',
      targetType: 'network',
      targetId: networkId,
      data: { allowed },
      ip: ctx.ip,
    });
    return ctx.em.findOneByOrFail(Network, { id: networkId });
  }

  private async checked(ctx: RequestContext, networkId: string, input: CreateIdentityProviderInput | UpdateIdentityProviderInput, id: string | null) {
    const issuer = normaliseIssuer(input.issuer, this.config.production);
    const emailDomains = normaliseDomains(input.emailDomains);
    const problems = [];
    if (!(await organisationInNetwork(ctx.em, networkId, input.organisationId))) problems.push(unknownOrganisation());
    const taken = await domainsTaken(ctx.em, networkId, emailDomains, id);
    if (taken.length) problems.push(domainsClaimed(taken));
    if (problems.length) throw badUserInput(problems);
    return {
      name: input.name,
      issuer,
      clientId: input.clientId.trim(),
      emailDomains,
      organisationId: input.organisationId,
      createMembers: input.createMembers,
      enabled: input.enabled,
    };
  }

  /** What changed, never the secret. */
  private record(
    ctx: RequestContext,
    networkId: string,
    action: 'identity_provider.created' | 'identity_provider.updated' | 'identity_provider.deleted',
    id: string,
    data: Record<string, unknown>,
  ) {
    return this.audit.record(ctx.em, { networkId, actorUserId: ctx.userId, action, targetType: 'identity_provider', targetId: id, data, ip: ctx.ip });
  }
}
