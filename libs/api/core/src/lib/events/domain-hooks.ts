import { Injectable } from '@nestjs/common';
import type { Role } from '@kijkje/domain';
import type { RequestContext } from '../graphql/request-context';

/** What a context further down can hold against removing a programme's theme. */
export type ThemeUseKind = 'findings' | 'selfAssessments';

/**
 * What one context tells the contexts further down the life cycle, inside the same transaction,
 * without depending on them: rounds say a round started, visits create the visits; programmes say
 * themes are about to be removed, and visits and findings report what of theirs still uses them;
 * networks say how someone stands to the network changed, and meetings and tracks take them off
 * what they may no longer do there (and the live screens they follow check again: LiveMembershipChanges).
 */
export interface DomainHookPayloads {
  'round.started': { networkId: string; roundId: string; organisationIds: string[] };
  'programme.themes_removing': {
    networkId: string;
    programmeId: string;
    themes: string[];
    /** Called by a handler for each theme it finds in use, with how many of its records use it. */
    inUse: (theme: string, kind: ThemeUseKind, count: number) => void;
  };
  /**
   * A person's membership changed: their role (`role`, the new one) or it ended (`role` null). The
   * network's scope is entered; `actorUserId` is who made the change (the person themselves when
   * they accepted an invitation), for the audit.
   */
  'membership.changed': { networkId: string; userId: string; role: Role | null; actorUserId: string | null };
}
export type DomainHookName = keyof DomainHookPayloads;

type Handler<K extends DomainHookName> = (ctx: RequestContext, payload: DomainHookPayloads[K]) => Promise<void>;

@Injectable()
export class DomainHooks {
  private readonly handlers = new Map<DomainHookName, Handler<DomainHookName>[]>();

  on<K extends DomainHookName>(name: K, handler: Handler<K>): void {
    this.handlers.set(name, [...(this.handlers.get(name) ?? []), handler as Handler<DomainHookName>]);
  }

  /** Runs every handler in turn, in the caller's transaction: a failing handler fails the operation. */
  async run<K extends DomainHookName>(name: K, ctx: RequestContext, payload: DomainHookPayloads[K]): Promise<void> {
    for (const handler of this.handlers.get(name) ?? []) await handler(ctx, payload);
  }
}
