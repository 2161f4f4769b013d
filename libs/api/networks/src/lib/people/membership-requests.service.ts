import { Injectable } from '@nestjs/common';
import { AccessService, AppError, AuditService, MailService, Membership, asLanguage, membershipAdmittedMail, type RequestContext } from '@kijkje/api/core';
import { admitRequest, declineRequest, lockMembership, type MembershipRequestRow } from './membership-requests.queries';

const alreadyDecided = () =>
  new AppError('CONFLICT', {
    nl: 'Over deze aanvraag is al beslist, of het is geen aanvraag. Vernieuw de pagina.',
    en: 'This request has already been decided, or it is not a request. Refresh the page.',
  });

/**
 * Someone who signed in through their organisation's identity provider, where that provider may
 * create members, waits as an inactive membership with a request date. A coordinator admits them
 * (the membership becomes active and they are told by e-mail) or declines (the request is removed;
 * signing in again asks again).
 */
@Injectable()
export class MembershipRequestsService {
  constructor(
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly mail: MailService,
  ) {}

  async admit(ctx: RequestContext, id: string): Promise<Membership> {
    const { networkId, request } = await this.open(ctx, id);
    await admitRequest(ctx.em, id, networkId);
    await this.audit.record(ctx.em, {
      networkId,
      actorUserId: ctx.userId,
      action: 'membership.request_admitted',
      targetType: 'membership',
      targetId: id,
      ip: ctx.ip,
    });
    const to = { name: request.name, language: asLanguage(request.language) };
    await this.mail.send(ctx.em, request.email, membershipAdmittedMail(to, { network: request.network, link: this.mail.link('/inloggen') }));
    return ctx.em.findOneByOrFail(Membership, { id, networkId });
  }

  async decline(ctx: RequestContext, id: string): Promise<boolean> {
    const { networkId } = await this.open(ctx, id);
    await declineRequest(ctx.em, id, networkId);
    await this.audit.record(ctx.em, {
      networkId,
      actorUserId: ctx.userId,
      action: 'membership.request_declined',
      targetType: 'membership',
      targetId: id,
      ip: ctx.ip,
    });
    return true;
  }

  private async open(ctx: RequestContext, id: string): Promise<{ networkId: string; request: MembershipRequestRow }> {
    const networkId = await this.access.inNetwork(ctx, 'membership.admit');
    const request = await lockMembership(ctx.em, id, networkId);
    if (!request) return this.access.notVisible(ctx, 'membership', id);
    if (!request.requestedAt) throw alreadyDecided();
    return { networkId, request };
  }
}
