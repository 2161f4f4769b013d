import { Injectable } from '@nestjs/common';
import type { RequestContext } from '../graphql/request-context';

/**
 * What one context tells the contexts further down the life cycle, inside the same transaction,
 * without depending on them: rounds say a round started, visits create the visits.
 */
export interface DomainHookPayloads {
  'round.started': { networkId: string; roundId: string; organisationIds: string[] };
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
