import { Injectable } from '@nestjs/common';
import {
  asLanguage,
  inBothLanguages,
  invitationMail,
  AccessService,
  AppError,
  AuditService,
  AuthService,
  DomainHooks,
  MailService,
  Network,
  PasswordService,
  SignInGuard,
  User,
  assertPasswordAcceptable,
  badUserInput,
  enterScope,
  hashToken,
  idempotent,
  newToken,
  normaliseEmail,
  type RequestContext,
  type Viewer,
} from '@kijkje/api/core';
import { invitationExpiresAt, invitationViolationMessages, membershipOrganisation, validateInvitation, type Language, type Role } from '@kijkje/domain';
import type { EntityManager } from 'typeorm';
import { Organisation } from '../organisations/organisation.entity';
import { lockMembershipOf, revokeInvitationsOf } from '../people/memberships.queries';
import type { AcceptInvitationInput } from './dto/accept-invitation.input';
import type { InvitePersonInput } from './dto/invite-person.input';
import { Invitation } from './invitation.entity';
import type { InvitationPreview } from './invitation-preview.model';

const invalidLink = () =>
  new AppError('NOT_FOUND', {
    nl: 'Deze uitnodiging is ongeldig, verlopen of al gebruikt.',
    en: 'This invitation is invalid, has expired or has been used.',
  });

@Injectable()
export class InvitationsService {
  constructor(
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly passwords: PasswordService,
    private readonly auth: AuthService,
    private readonly signInGuard: SignInGuard,
    private readonly hooks: DomainHooks,
  ) {}

  async invite(ctx: RequestContext, input: InvitePersonInput): Promise<Invitation> {
    const networkId = await this.access.inNetwork(ctx, 'person.invite');
    const violations = validateInvitation({ role: input.role, organisationId: input.organisationId ?? null });
    if (violations.length) {
      throw badUserInput(violations.map((code) => ({ field: 'organisationId', messages: invitationViolationMessages[code] })));
    }
    if (input.organisationId) {
      const organisation = await ctx.em.findOneBy(Organisation, { id: input.organisationId, networkId });
      if (!organisation) await this.access.notVisible(ctx, 'organisation', input.organisationId);
    }
    return idempotent(
      ctx.em,
      { networkId, userId: ctx.userId!, operation: 'invitePerson', key: input.idempotencyKey },
      () => this.create(ctx.em, ctx, networkId, { ...input, organisationId: membershipOrganisation(input.role, input.organisationId) }),
      (id) => ctx.em.findOneBy(Invitation, { id, networkId }),
    );
  }

  /** Creates an invitation and queues its e-mail; also used when a platform admin creates a network. */
  async create(
    em: EntityManager,
    ctx: RequestContext,
    networkId: string,
    input: { email: string; name: string; role: Role; organisationId: string | null },
  ): Promise<Invitation> {
    const email = normaliseEmail(input.email);
    const [member] = await em.query(`SELECT 1 FROM membership m JOIN app_user u ON u.id = m.user_id WHERE m.network_id = $1 AND u.email = $2 AND m.active`, [
      networkId,
      email,
    ]);
    if (member) {
      throw badUserInput([
        { field: 'email', messages: { nl: 'Deze persoon is al lid van dit netwerk.', en: 'This person is already a member of this network.' } },
      ]);
    }
    // One open invitation per address per network: a new one replaces the old, whose link stops working.
    const replaced: { id: string }[] = await em
      .query(`UPDATE invitation SET revoked_at = now() WHERE network_id = $1 AND email = $2 AND accepted_at IS NULL AND revoked_at IS NULL RETURNING id`, [
        networkId,
        email,
      ])
      .then((r: [{ id: string }[], number]) => r[0]);
    const token = newToken();
    const invitation = await em.save(
      em.create(Invitation, {
        networkId,
        email,
        name: input.name.trim(),
        role: input.role,
        organisationId: input.organisationId,
        tokenHash: hashToken(token),
        invitedBy: ctx.userId,
        expiresAt: invitationExpiresAt(new Date()),
      }),
    );
    const network = await em.findOneByOrFail(Network, { id: networkId });
    const link = this.mail.link(`/uitnodiging/${token}`);
    // Someone who already has an account gets it in their own language; a new address in both, Dutch first.
    const known = await em.findOne(User, { where: { email }, select: { id: true, language: true } });
    const what = { network: network.name, role: input.role, link, expiresAt: invitation.expiresAt };
    const mail = (language: Language) => invitationMail({ name: invitation.name, language }, what);
    await this.mail.send(em, email, known ? mail(asLanguage(known.language)) : inBothLanguages(mail('nl'), mail('en')));
    await this.audit.record(em, {
      networkId,
      actorUserId: ctx.userId,
      action: 'invitation.created',
      targetType: 'invitation',
      targetId: invitation.id,
      data: { role: input.role, ...(replaced.length ? { replaces: replaced.map((r) => r.id) } : {}) },
      ip: ctx.ip,
    });
    return invitation;
  }

  async pending(ctx: RequestContext): Promise<Invitation[]> {
    const networkId = await this.access.inNetwork(ctx, 'invitation.list');
    return ctx.em
      .createQueryBuilder(Invitation, 'i')
      .where('i.network_id = :networkId AND i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()', { networkId })
      .orderBy('i.created_at', 'DESC')
      .getMany();
  }

  async revoke(ctx: RequestContext, id: string): Promise<boolean> {
    const networkId = await this.access.inNetwork(ctx, 'invitation.revoke');
    const result = await ctx.em.query(
      `UPDATE invitation SET revoked_at = now() WHERE id = $1 AND network_id = $2 AND accepted_at IS NULL AND revoked_at IS NULL RETURNING id`,
      [id, networkId],
    );
    if (result[1] === 0) await this.access.notVisible(ctx, 'invitation', id);
    await this.audit.record(ctx.em, { networkId, actorUserId: ctx.userId, action: 'invitation.revoked', targetType: 'invitation', targetId: id, ip: ctx.ip });
    return true;
  }

  /**
   * Finds a usable invitation by its token. RLS lets a transaction see an invitation only when
   * it names the token's hash (`app.invitation_token_hash`): holding the link is the right to see it.
   */
  private async findByToken(em: EntityManager, token: string, lock = false): Promise<Invitation | null> {
    const tokenHash = hashToken(token);
    await em.query(`SELECT set_config('app.invitation_token_hash', $1, true)`, [tokenHash]);
    const rows = await em.query(
      `SELECT id, network_id AS "networkId" FROM invitation
        WHERE token_hash = $1 AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now()`,
      [tokenHash],
    );
    await em.query(`SELECT set_config('app.invitation_token_hash', '', true)`);
    if (!rows[0]) return null;
    // Locking needs the tenant scope (RLS applies the update policy to FOR UPDATE).
    await enterScope(em, { networkId: rows[0].networkId, userId: null });
    return em.findOne(Invitation, { where: { id: rows[0].id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  }

  async preview(ctx: RequestContext, token: string): Promise<InvitationPreview | null> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
    const invitation = await this.findByToken(ctx.em, token);
    if (!invitation) return null;
    const network = await ctx.em.findOneByOrFail(Network, { id: invitation.networkId });
    const organisation = invitation.organisationId ? await ctx.em.findOneBy(Organisation, { id: invitation.organisationId }) : null;
    const account = await ctx.em.findOneBy(User, { email: invitation.email });
    // Leave the transaction as it was: nothing else in this request may use the invitation's network.
    await enterScope(ctx.em, { networkId: ctx.networkId, userId: ctx.userId });
    return {
      networkName: network.name,
      email: invitation.email,
      name: invitation.name,
      role: invitation.role,
      organisationName: organisation?.name ?? null,
      accountExists: Boolean(account?.passwordHash),
    };
  }

  /**
   * Accepts an invitation: creates the account (or verifies the existing one), the membership, and
   * signs in. A membership they had already takes the invitation's role: a coordinator no longer one
   * loses the invitations they sent, and what they may no longer do at the network's meetings and
   * tracks to come ends (membership.changed), as when a membership ends.
   */
  async accept(ctx: RequestContext, input: AcceptInvitationInput): Promise<Viewer> {
    const em = ctx.em;
    const invitation = await this.findByToken(em, input.token, true);
    if (!invitation) throw invalidLink();
    let user = await em.findOneBy(User, { email: invitation.email });
    if (user?.passwordHash) {
      // Proving an existing account's password is a sign-in: the same limits apply (SEC-09).
      await this.signInGuard.before(ctx.ip, invitation.email);
      if (!(await this.passwords.verify(user.passwordHash, input.password))) {
        throw badUserInput([{ field: 'password', messages: { nl: 'Het wachtwoord klopt niet.', en: 'The password is not correct.' } }]);
      }
      await this.signInGuard.succeeded(invitation.email);
    } else {
      const name = (input.name ?? invitation.name).trim();
      assertPasswordAcceptable(input.password, 'password', { email: invitation.email, name });
      const passwordHash = await this.passwords.hash(input.password);
      if (user) await em.update(User, { id: user.id }, { passwordHash, name });
      else user = await em.save(em.create(User, { email: invitation.email, name, passwordHash, isPlatformAdmin: false, active: true }));
    }
    const before = await lockMembershipOf(em, invitation.networkId, user!.id);
    await em.query(
      `INSERT INTO membership (network_id, user_id, organisation_id, role, active) VALUES ($1, $2, $3, $4, true)
       ON CONFLICT (network_id, user_id) DO UPDATE SET organisation_id = EXCLUDED.organisation_id, role = EXCLUDED.role, active = true`,
      [invitation.networkId, user!.id, invitation.organisationId, invitation.role],
    );
    await em.query('UPDATE invitation SET accepted_at = now() WHERE id = $1', [invitation.id]);
    const wasCoordinator = before?.active && before.role === 'COORDINATOR' && invitation.role !== 'COORDINATOR';
    const revoked = wasCoordinator ? await revokeInvitationsOf(em, invitation.networkId, user!.id, false) : [];
    await this.audit.record(em, {
      networkId: invitation.networkId,
      actorUserId: user!.id,
      action: 'invitation.accepted',
      targetType: 'invitation',
      targetId: invitation.id,
      ...(before && before.role !== invitation.role ? { data: { roleFrom: before.role, ...(revoked.length ? { revokedInvitations: revoked } : {}) } } : {}),
      ip: ctx.ip,
    });
    if (before)
      await this.hooks.run('membership.changed', ctx, { networkId: invitation.networkId, userId: user!.id, role: invitation.role, actorUserId: user!.id });
    const fresh = await em.findOneByOrFail(User, { id: user!.id });
    // Already signed in as this person (with their second factor, if they have one): that session moves to the new network.
    if (ctx.session?.userId === fresh.id) return this.auth.switchNetwork(ctx, invitation.networkId);
    await this.auth.startSession(ctx, fresh, invitation.networkId);
    return (await this.auth.viewer(ctx))!;
  }
}
