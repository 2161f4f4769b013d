import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Actor, Role } from '@kijkje/domain';
import type { Request, Response } from 'express';
import type { EntityManager, QueryRunner } from 'typeorm';

export interface SessionInfo {
  id: string;
  userId: string;
  currentNetworkId: string | null;
  email: string;
  name: string;
  isPlatformAdmin: boolean;
  /** How the person was proven at sign-in (password, totp, sso with amr:…); known once the operation has entered. */
  authMethods?: readonly string[];
}

export interface MembershipInfo {
  id: string;
  role: Role;
  organisationId: string | null;
  /** The network's second-factor policy (NOBODY, COORDINATORS, EVERYONE); known once the operation has entered. */
  secondFactorPolicy?: string;
}

/** Everything one GraphQL operation knows about its caller, plus its transaction. */
export class RequestContext {
  session: SessionInfo | null = null;
  /** The caller's active membership in session.currentNetworkId, loaded inside the transaction. */
  membership: MembershipInfo | null = null;
  queryRunner: QueryRunner | null = null;
  /**
   * Over a live socket: per followed board (visit id), the last event the client saw before it
   * reconnected, so the subscription can send what it missed (LiveEvents.subscribe).
   */
  liveResume: ReadonlyMap<string, string> = new Map();
  /** Effects that may only happen once the operation's transaction has committed (cookies). */
  readonly afterCommit: (() => void)[] = [];
  /** Per-request caches (DataLoaders), keyed by name; always inside the caller's network. */
  readonly loaders = new Map<string, unknown>();

  constructor(
    readonly req: Request,
    readonly res: Response,
  ) {}

  get ip(): string {
    return this.req.ip ?? 'unknown';
  }

  get em(): EntityManager {
    if (!this.queryRunner) throw new Error('no transaction for this operation');
    return this.queryRunner.manager;
  }

  get userId(): string | null {
    return this.session?.userId ?? null;
  }

  /** The network of this operation: only when the caller is an active member of it. */
  get networkId(): string | null {
    return this.membership ? (this.session?.currentNetworkId ?? null) : null;
  }

  get actor(): Actor | null {
    if (!this.session) return null;
    return {
      userId: this.session.userId,
      isPlatformAdmin: this.session.isPlatformAdmin,
      membership: this.membership ? { role: this.membership.role, organisationId: this.membership.organisationId, active: true } : null,
    };
  }

  loader<T>(name: string, create: () => T): T {
    if (!this.loaders.has(name)) this.loaders.set(name, create());
    return this.loaders.get(name) as T;
  }
}

export const Ctx = createParamDecorator((_data: unknown, host: ExecutionContext): RequestContext =>
  GqlExecutionContext.create(host).getContext<RequestContext>(),
);

const LIVE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A live socket's `connectionParams.resume`: `{ <visit id>: <last event id> }`, at most 50 pairs of
 * ids. Anything else is ignored (the subscriptions start with a REFRESH, as without it).
 */
export function liveResumeFrom(connectionParams: unknown): ReadonlyMap<string, string> {
  const resume = (connectionParams as { resume?: unknown } | null | undefined)?.resume;
  if (!resume || typeof resume !== 'object' || Array.isArray(resume)) return new Map();
  const pairs = Object.entries(resume as Record<string, unknown>).filter(
    (pair): pair is [string, string] => LIVE_ID.test(pair[0]) && typeof pair[1] === 'string' && LIVE_ID.test(pair[1]),
  );
  return pairs.length > 50 ? new Map() : new Map(pairs);
}
