/**
 * Roles a person can have in a network (lidmaatschap). A FACILITATOR (begeleider) is an external
 * organiser, such as a university or a consultancy, who runs the learning tracks they are assigned
 * to and sees nothing of the network's peer review.
 */
export const ROLES = ['COORDINATOR', 'MEMBER', 'FACILITATOR'] as const;
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
