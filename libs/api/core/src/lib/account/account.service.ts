import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { AuditService } from '../audit/audit.service';
import { assertPasswordAcceptable } from '../auth/password-policy';
import { PasswordService } from '../auth/password.service';
import { SessionService } from '../auth/session.service';
import { User } from '../auth/user.entity';
import { updateVersioned } from '../database/versioned-update';
import { fieldError, notFound } from '../errors/app-error';
import type { RequestContext, SessionInfo } from '../graphql/request-context';
import { MailService } from '../mail/mail.service';
import { asLanguage } from '../mail/templates/mail-content';
import { passwordChangedMail } from '../mail/templates/security-mails';
import { SignInGuard } from '../security/sign-in-guard';
import { CLOSE_OPEN_RESETS, MY_SESSIONS, SET_PASSWORD, USER_FOR_PASSWORD_CHANGE } from './account.queries';
import type { MySession } from './my-session.model';

/**
 * The signed-in person's own account (issue 15, self-service): their name, their password and
 * their sessions. Nothing here reaches another person: every statement is keyed on the session's
 * person, and another person's session reads as not found.
 */
@Injectable()
export class AccountService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    private readonly signInGuard: SignInGuard,
    private readonly mail: MailService,
  ) {}

  /** A new name, if nobody changed it since `version` (CONFLICT otherwise); audited with both names. */
  async updateName(ctx: RequestContext, session: SessionInfo, name: string, version: number): Promise<User> {
    const before = session.name;
    const user = await updateVersioned(ctx.em, User, { id: session.userId }, version, { name });
    session.name = user.name;
    await this.audit.record(ctx.em, {
      networkId: null,
      actorUserId: session.userId,
      action: 'account.name_changed',
      targetType: 'user',
      targetId: session.userId,
      data: { from: before, to: user.name },
      ip: ctx.ip,
    });
    return user;
  }

  /**
   * A new password, proven with the current one. The proof counts like a sign-in (the same limits
   * and back-off, a failure audited as one); the new password meets the policy; open reset links
   * stop working; every other session ends (and its live connections close); the person gets a
   * security mail.
   */
  async changePassword(ctx: RequestContext, session: SessionInfo, currentPassword: string, newPassword: string): Promise<boolean> {
    const [user]: { email: string; name: string; language: string; passwordHash: string | null }[] = await ctx.em.query(USER_FOR_PASSWORD_CHANGE, [
      session.userId,
    ]);
    if (!user) throw notFound();
    await this.signInGuard.before(ctx.ip, user.email);
    if (!(await this.passwords.verify(user.passwordHash, currentPassword))) {
      await this.audit.recordDetached({
        networkId: null,
        actorUserId: session.userId,
        action: 'auth.sign_in_failed',
        data: { email: user.email, during: 'password_change' },
        ip: ctx.ip,
      });
      throw fieldError('currentPassword', 'Het huidige wachtwoord klopt niet.', 'The current password is not correct.');
    }
    await this.signInGuard.succeeded(user.email);
    assertPasswordAcceptable(newPassword, 'newPassword', { email: user.email, name: user.name });
    if (newPassword === currentPassword)
      throw fieldError('newPassword', 'Kies een ander wachtwoord dan het huidige.', 'Choose a password other than the current one.');
    await ctx.em.query(SET_PASSWORD, [session.userId, await this.passwords.hash(newPassword)]);
    await ctx.em.query(CLOSE_OPEN_RESETS, [session.userId]);
    const ended = await this.sessions.endOwn(ctx.em, session.userId, { allBut: session.id });
    await this.audit.record(ctx.em, {
      networkId: null,
      actorUserId: session.userId,
      action: 'account.password_changed',
      targetType: 'user',
      targetId: session.userId,
      data: { sessionsEnded: ended },
      ip: ctx.ip,
    });
    const to = { name: user.name, language: asLanguage(user.language) };
    await this.mail.send(ctx.em, user.email, passwordChangedMail(to, { link: this.mail.link('/wachtwoord-vergeten'), at: new Date() }));
    return true;
  }

  async mySessions(ctx: RequestContext, session: SessionInfo): Promise<MySession[]> {
    const rows: Omit<MySession, 'current'>[] = await ctx.em.query(MY_SESSIONS, [session.userId, this.config.session.idleMinutes]);
    return rows.map((row) => ({ ...row, current: row.id === session.id }));
  }

  /** Ends one of the person's own sessions; another person's, or one already ended, is NOT_FOUND. The current one ends as a sign-out does. */
  async endSession(ctx: RequestContext, session: SessionInfo, id: string): Promise<boolean> {
    if (id === session.id) {
      await this.sessions.end(ctx, id);
      ctx.session = null;
    } else if ((await this.sessions.endOwn(ctx.em, session.userId, { id })) === 0) {
      await this.audit.recordDetached({
        networkId: null,
        actorUserId: session.userId,
        action: 'access.denied',
        targetType: 'session',
        targetId: id,
        ip: ctx.ip,
      });
      throw notFound();
    }
    await this.audit.record(ctx.em, { networkId: null, actorUserId: session.userId, action: 'account.sessions_ended', data: { count: 1 }, ip: ctx.ip });
    return true;
  }

  /** "Sign out elsewhere": every session of the person but this one ends. Answers how many. */
  async endOtherSessions(ctx: RequestContext, session: SessionInfo): Promise<number> {
    const count = await this.sessions.endOwn(ctx.em, session.userId, { allBut: session.id });
    await this.audit.record(ctx.em, {
      networkId: null,
      actorUserId: session.userId,
      action: 'account.sessions_ended',
      data: { count, elsewhere: true },
      ip: ctx.ip,
    });
    return count;
  }
}
