import type { AuditService } from '../../audit/audit.service';
import { AppError } from '../../errors/app-error';
import type { RequestContext } from '../../graphql/request-context';
import { passwordRefusingNetworks } from './sso.queries';

/**
 * A member of a network that turned password sign-in off signs in only through their
 * organisation: the right password is refused (and audited) without starting a session.
 */
export async function refusePasswordWhereSsoOnly(ctx: RequestContext, audit: AuditService, userId: string): Promise<void> {
  const networks = await passwordRefusingNetworks(ctx.em, userId);
  if (!networks.length) return;
  await audit.recordDetached({ networkId: null, actorUserId: userId, action: 'auth.password_sign_in_refused', data: { networks }, ip: ctx.ip });
  throw new AppError('FORBIDDEN', {
    nl: 'Uw netwerk laat inloggen met een wachtwoord niet toe. Kies "Inloggen met uw organisatie".',
    en: 'Your network does not allow signing in with a password. Choose "Sign in with your organisation".',
  });
}
