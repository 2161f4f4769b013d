import { Injectable } from '@nestjs/common';
import { COORDINATOR_ERASURE_REFUSALS, coordinatorErasure, erasedEmail, formerMemberName, locationsErasedBy, type ErasedBy } from '@kijkje/domain';
import { AuditService } from '../audit/audit.service';
import { PasswordService } from '../auth/password.service';
import { SessionService } from '../auth/session.service';
import { badUserInput, fieldError, notFound } from '../errors/app-error';
import { rescope } from '../graphql/transaction-plugin';
import type { RequestContext, SessionInfo } from '../graphql/request-context';
import { SignInGuard } from '../security/sign-in-guard';
import { AccessService } from '../tenancy/access.service';
import {
  ANONYMISE_ACCOUNT,
  AS_PERSON,
  MEMBERSHIP_PERSON,
  PERSON_ORGANISATIONS,
  COORDINATED_NETWORKS,
  DELETE_INVITATIONS,
  DELETE_INVITATIONS_RETURNING,
  DELETE_MEETING_CALENDARS,
  DELETE_MEETING_REMINDERS,
  DELETE_MEETING_REGISTRATIONS,
  DELETE_TRACK_APPLICATIONS,
  DELETE_TRACK_SESSION_CALENDARS,
  DELETE_TRACK_SESSION_REMINDERS,
  DELETE_NOTIFICATIONS,
  EARLIER_NAMES,
  END_MEMBERSHIPS,
  ERASE_TRACES,
  ERASURE_RECORD,
  INVITATION_NAMES,
  MAIL_JOBS,
  OTHER_NETWORKS,
  ORGANISATION_NAMES,
  PERSON_FOR_ERASURE,
  PERSON_MEMBERSHIPS,
  RATE_LIMITS,
  UNLINK_TABLE_HOSTS,
} from './erasure.queries';
import { scrubNamedText } from './erasure-named-text';
import { enterNetwork, TABLE_EXISTS } from './privacy.queries';

type Person = { id: string; email: string; name: string; passwordHash: string | null; isPlatformAdmin: boolean };
type PersonMembership = { id: string; networkId: string; organisationId: string | null; role: string; active: boolean };

/** What a coordinator's erasure did: the whole account, or only the membership in their network. */
export type ErasureScope = 'ACCOUNT' | 'MEMBERSHIP';

/**
 * Erasure of an account (AVG article 17), in the operation's one transaction: what is personal
 * goes, what the network's records need stays, attributed to "voormalig lid (gemeente X)", which
 * also takes the person's name's place where the network wrote it as free text (named-in-text).
 * Published harvests are not touched. A minimal record (no name, no e-mail) remains.
 */
@Injectable()
export class ErasureService {
  constructor(
    private readonly passwords: PasswordService,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    private readonly signInGuard: SignInGuard,
    private readonly access: AccessService,
  ) {}

  /** The person erases their own account, proven with their password; they are signed out everywhere. */
  async eraseOwn(ctx: RequestContext, session: SessionInfo, currentPassword: string): Promise<boolean> {
    const person = await this.lock(ctx, session.userId);
    if (!person) throw notFound();
    if (!person.passwordHash)
      throw fieldError(
        'currentPassword',
        'Uw account heeft geen wachtwoord in Kijkje: vraag de coördinator van uw netwerk om het te verwijderen.',
        'Your account has no password in Kijkje: ask the coordinator of your network to erase it.',
      );
    await this.signInGuard.before(ctx.ip, person.email);
    if (!(await this.passwords.verify(person.passwordHash, currentPassword))) {
      await this.audit.recordDetached({ networkId: null, actorUserId: session.userId, action: 'auth.sign_in_failed', data: { during: 'erasure' }, ip: ctx.ip });
      throw fieldError('currentPassword', 'Het wachtwoord klopt niet.', 'The password is not correct.');
    }
    await this.signInGuard.succeeded(person.email);
    const networks = await this.erase(ctx, person, 'self', null);
    await this.sessions.end(ctx, session.id);
    ctx.session = null;
    ctx.membership = null;
    await this.audit.record(ctx.em, {
      networkId: null,
      actorUserId: person.id,
      action: 'account.erased',
      targetType: 'user',
      targetId: person.id,
      data: { erasedBy: 'self', networks: networks.length },
    });
    return true;
  }

  /**
   * A coordinator erases a member on the member's request: the whole account when every network of
   * the person is one this coordinator coordinates; otherwise only the membership here (the rule:
   * coordinatorErasure in libs/domain).
   */
  async eraseMember(ctx: RequestContext, membershipId: string): Promise<ErasureScope> {
    const networkId = await this.access.inNetwork(ctx, 'membership.deactivate');
    const coordinatorId = ctx.userId!;
    const [target]: { userId: string }[] = await ctx.em.query(MEMBERSHIP_PERSON, [membershipId, networkId]);
    if (!target) return this.access.notVisible(ctx, 'membership', membershipId);
    const coordinated: { networkId: string }[] = await ctx.em.query(COORDINATED_NETWORKS, [coordinatorId]);
    const person = await this.lock(ctx, target.userId);
    if (!person) return this.access.notVisible(ctx, 'membership', membershipId);
    const memberships = await this.membershipsOf(ctx, person.id);
    const decision = coordinatorErasure({
      networkId,
      coordinatorId,
      coordinatedNetworks: coordinated.map((c) => c.networkId),
      person: { id: person.id, isPlatformAdmin: person.isPlatformAdmin, memberships },
    });
    if (decision.kind === 'refused') {
      if (decision.reason === 'not_a_member') return this.access.notVisible(ctx, 'membership', membershipId);
      throw badUserInput([{ field: 'membershipId', messages: COORDINATOR_ERASURE_REFUSALS[decision.reason] }]);
    }
    if (decision.kind === 'account') {
      const networks = await this.erase(ctx, person, 'coordinator', coordinatorId);
      await this.audit.record(ctx.em, {
        networkId,
        actorUserId: coordinatorId,
        action: 'account.erased',
        targetType: 'user',
        targetId: person.id,
        data: { erasedBy: 'coordinator', networks: networks.length },
        ip: ctx.ip,
      });
      return 'ACCOUNT';
    }
    await this.inNetworkAs(ctx, networkId, person, () => undefined);
    await this.sessions.endAllFor(ctx.em, person.id, networkId);
    await rescope(ctx);
    await this.audit.record(ctx.em, {
      networkId,
      actorUserId: coordinatorId,
      action: 'membership.erased',
      targetType: 'membership',
      targetId: membershipId,
      ip: ctx.ip,
    });
    return 'MEMBERSHIP';
  }

  private async lock(ctx: RequestContext, userId: string): Promise<Person | undefined> {
    return (await ctx.em.query(PERSON_FOR_ERASURE, [userId]))[0];
  }

  /** The person's memberships in every network, read as them (own_memberships); the scope is restored by the caller. */
  private async membershipsOf(ctx: RequestContext, userId: string): Promise<PersonMembership[]> {
    await ctx.em.query(AS_PERSON, [userId]);
    const rows: PersonMembership[] = await ctx.em.query(PERSON_MEMBERSHIPS, [userId]);
    await rescope(ctx);
    return rows;
  }

  /**
   * In one network's scope, as the person: their invitations and notifications go, their
   * memberships end. Answers the names to scrub elsewhere and their organisations there.
   */
  private async inNetworkAs<T>(
    ctx: RequestContext,
    networkId: string,
    person: Person,
    then: (found: { names: string[]; organisations: string[] }) => T,
  ): Promise<T> {
    await enterNetwork(ctx.em, networkId, person.id);
    const names: string[] = (await ctx.em.query(INVITATION_NAMES, [person.email])).map((r: { name: string }) => r.name);
    await ctx.em.query(DELETE_INVITATIONS, [person.email]);
    await ctx.em.query(DELETE_NOTIFICATIONS, [person.id]);
    await ctx.em.query(DELETE_MEETING_REGISTRATIONS, [person.id]);
    await ctx.em.query(UNLINK_TABLE_HOSTS, [person.id]);
    await ctx.em.query(DELETE_TRACK_APPLICATIONS, [person.id]);
    await ctx.em.query(DELETE_TRACK_SESSION_CALENDARS, [person.id]);
    await ctx.em.query(DELETE_TRACK_SESSION_REMINDERS, [person.id]);
    await ctx.em.query(DELETE_MEETING_CALENDARS, [person.id]);
    await ctx.em.query(DELETE_MEETING_REMINDERS, [person.id]);
    const organisationIds: string[] = (await ctx.em.query(PERSON_ORGANISATIONS, [person.id])).map((r: { id: string }) => r.id);
    const organisations: string[] = (await ctx.em.query(ORGANISATION_NAMES, [organisationIds])).map((r: { name: string }) => r.name);
    await ctx.em.query(END_MEMBERSHIPS, [person.id]);
    return then({ names, organisations });
  }

  /** The erasure itself; answers the networks the person was in. Leaves the operation's scope as it was. */
  private async erase(ctx: RequestContext, person: Person, by: ErasedBy, byUserId: string | null): Promise<string[]> {
    const networks = [...new Set((await this.membershipsOf(ctx, person.id)).map((m) => m.networkId))];
    const names = new Set([person.name]);
    const organisations: string[] = [];
    for (const networkId of networks)
      await this.inNetworkAs(ctx, networkId, person, (found) => {
        found.names.forEach((n) => names.add(n));
        organisations.push(...found.organisations);
      });
    // Invitations to the address in networks the person never joined: each network read in its own scope.
    const touched = [...networks];
    for (const { id } of (await ctx.em.query(OTHER_NETWORKS, [networks])) as { id: string }[]) {
      await enterNetwork(ctx.em, id, person.id);
      const [removed]: [{ name: string }[], number] = await ctx.em.query(DELETE_INVITATIONS_RETURNING, [person.email]);
      if (removed.length) touched.push(id);
      removed.forEach((r) => names.add(r.name));
    }
    // Where the networks named the person in free text (by any name they had), a former member stands in their place.
    const formerName = formerMemberName(organisations);
    await ctx.em.query(AS_PERSON, [person.id]);
    for (const { name } of (await ctx.em.query(EARLIER_NAMES, [person.id])) as { name: string }[]) names.add(name);
    const reports = await scrubNamedText(ctx.em, touched, person.id, [...names], formerName);
    // A published report changed: the network's log says which versions, never whose name.
    for (const report of reports) {
      await enterNetwork(ctx.em, report.networkId, person.id);
      await this.audit.record(ctx.em, {
        networkId: report.networkId,
        actorUserId: byUserId ?? person.id,
        action: 'meeting.report_speaker_erased',
        targetType: 'meeting',
        targetId: report.meetingId,
        data: { numbers: report.numbers, erasedBy: by },
      });
    }
    // Account-level rows (sessions, calendar feed, reset links, second factors), as the catalogue lists them, read as the person.
    await ctx.em.query(AS_PERSON, [person.id]);
    await this.sessions.endAllFor(ctx.em, person.id);
    for (const location of locationsErasedBy('delete').filter((l) => l.scope === 'account' && l.personColumn === 'user_id' && /^[a-z_]+$/.test(l.table)))
      if ((await ctx.em.query(TABLE_EXISTS, [`public.${location.table}`]))[0].present)
        await ctx.em.query(`DELETE FROM ${location.table} WHERE user_id = $1`, [person.id]);
    await ctx.em.query(MAIL_JOBS, [person.email]);
    await ctx.em.query(RATE_LIMITS, [person.email]);
    await ctx.em.query(ERASE_TRACES, [person.id, person.email, [...names], formerName, touched]);
    await ctx.em.query(ANONYMISE_ACCOUNT, [person.id, formerName, erasedEmail(person.id)]);
    await ctx.em.query(ERASURE_RECORD, [person.id, by, byUserId, JSON.stringify(networks)]);
    await rescope(ctx);
    return networks;
  }
}
