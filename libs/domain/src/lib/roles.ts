/** Roles a person can have in a network (lidmaatschap). */
export const ROLES = ['COORDINATOR', 'MEMBER'] as const;
export type Role = (typeof ROLES)[number];

/** Who is acting: the person, and their membership in the current network (if any). */
export interface Actor {
  userId: string;
  isPlatformAdmin: boolean;
  membership: { role: Role; organisationId: string | null; active: boolean } | null;
}

/** Narrows untrusted input (a request body, a database value) to a Role. */
export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
