/**
 * Erasure of a person's account (AVG article 17): what their name becomes, the placeholder that
 * replaces their e-mail address, and how far a coordinator may go on the person's request.
 */

/** What an erased person is called wherever their name was shown. */
export const FORMER_MEMBER = 'voormalig lid';

/**
 * How authored content is attributed after erasure: "voormalig lid (gemeente X)". With no single
 * organisation to name (a coordinator without one, several organisations), just "voormalig lid".
 */
export function formerMemberName(organisations: readonly string[]): string {
  const distinct = [...new Set(organisations.map((o) => o.trim()).filter(Boolean))];
  if (distinct.length !== 1) return FORMER_MEMBER;
  const organisation = distinct[0];
  const named = /^gemeente\b/i.test(organisation) ? organisation.replace(/^gemeente/i, 'gemeente') : `gemeente ${organisation}`;
  return `${FORMER_MEMBER} (${named})`;
}

/**
 * The e-mail address an erased account keeps: unique (the column is), undeliverable (the
 * reserved `.invalid` top-level domain, RFC 2606) and free of the old address.
 */
export function erasedEmail(userId: string): string {
  return `gewist-${userId}@kijkje.invalid`;
}

export function isErasedEmail(email: string): boolean {
  return /^gewist-[0-9a-f-]{36}@kijkje\.invalid$/i.test(email);
}

/** Who asked for the erasure. */
export type ErasedBy = 'self' | 'coordinator';

/**
 * What a coordinator's "erase on request" does:
 * - `account`: the whole account is erased (every network the person is in, this coordinator coordinates);
 * - `membership`: only the person's membership in this network ends, their account stays (they
 *   are also in a network this coordinator does not coordinate, whose records are not theirs to decide);
 * - `refused`: not allowed at all (see `reason`).
 */
export type CoordinatorErasure =
  { kind: 'account' } | { kind: 'membership' } | { kind: 'refused'; reason: 'not_a_member' | 'self' | 'platform_admin' | 'coordinator' };

export interface CoordinatorErasureFacts {
  /** The network the coordinator works in. */
  networkId: string;
  coordinatorId: string;
  /** Networks where the coordinator is an active coordinator. */
  coordinatedNetworks: readonly string[];
  person: {
    id: string;
    isPlatformAdmin: boolean;
    /** Every membership of the person, active or not. */
    memberships: readonly { networkId: string; role: string }[];
  };
}

export function coordinatorErasure(f: CoordinatorErasureFacts): CoordinatorErasure {
  const here = f.person.memberships.filter((m) => m.networkId === f.networkId);
  if (!here.length) return { kind: 'refused', reason: 'not_a_member' };
  if (f.person.id === f.coordinatorId) return { kind: 'refused', reason: 'self' };
  if (f.person.isPlatformAdmin) return { kind: 'refused', reason: 'platform_admin' };
  // A fellow coordinator erases their own account; taking one away would leave a network unmanaged.
  if (here.some((m) => m.role === 'COORDINATOR')) return { kind: 'refused', reason: 'coordinator' };
  const coordinated = new Set(f.coordinatedNetworks);
  return f.person.memberships.every((m) => coordinated.has(m.networkId)) ? { kind: 'account' } : { kind: 'membership' };
}

/** Why a coordinator may not erase this person, for the error message. */
export const COORDINATOR_ERASURE_REFUSALS: Record<Exclude<CoordinatorErasure, { kind: 'account' | 'membership' }>['reason'], { nl: string; en: string }> = {
  not_a_member: { nl: 'Deze persoon is geen lid van dit netwerk.', en: 'This person is not a member of this network.' },
  self: { nl: 'Uw eigen account verwijdert u op de pagina Mijn account.', en: 'You erase your own account on the My account page.' },
  platform_admin: { nl: 'Een beheerder van het platform kunt u niet verwijderen.', en: 'You cannot erase a platform administrator.' },
  coordinator: { nl: 'Een coördinator verwijdert zijn eigen account.', en: 'A coordinator erases their own account.' },
};
