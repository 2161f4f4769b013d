import { Injectable, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { SecondFactorGuard, secondFactorRequiredError } from '../auth/second-factor/second-factor.guard';
import { SessionService } from '../auth/session.service';
import { AppError } from '../errors/app-error';
import { unavailableFor } from '../errors/database-status';
import { RequestContext } from '../graphql/request-context';
import { inOwnTransaction } from '../graphql/transaction-plugin';
import { noteCaller, scopeOf } from '../observability/request-scope';

/** Errors go to the structured log, without the failed query's parameters (see errorForLog). */
const log = new Logger('HttpOperations');

const STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  SECOND_FACTOR_REQUIRED: 403,
  SERVICE_UNAVAILABLE: 503,
};

/**
 * For the few plain HTTP routes (file downloads, the public harvest page): the same session,
 * tenant scoping and one transaction as a GraphQL operation, the same second-factor policy, and
 * the same error codes, as HTTP statuses with a bilingual message.
 */
@Injectable()
export class HttpOperations {
  constructor(
    private readonly ds: DataSource,
    private readonly sessions: SessionService,
    private readonly secondFactor: SecondFactorGuard,
  ) {}

  /**
   * `open`: a route that answers to a token or to anyone (unsubscribe, organisation sign-in, the
   * public harvest, the personal calendar feed): the network's second-factor policy is not its gate.
   */
  async run<T>(req: Request, res: Response, work: (ctx: RequestContext) => Promise<T>, options: { open?: boolean } = {}): Promise<T | undefined> {
    const ctx = new RequestContext(req, res);
    try {
      return await inOwnTransaction(
        this.ds,
        ctx,
        async () => {
          noteCaller(scopeOf(req), ctx.session);
          // A download is network content like any query: it waits for the second factor the network asks for.
          if (!options.open && (await this.secondFactor.refuses(ctx, `${req.method} ${req.baseUrl}${req.route?.path ?? req.path}`)))
            throw secondFactorRequiredError();
          return work(ctx);
        },
        (c) => this.sessions.enter(c),
      );
    } catch (raw) {
      const error = unavailableFor(raw) ?? raw;
      if (error instanceof AppError) {
        if (error.code === 'SERVICE_UNAVAILABLE') res.setHeader('retry-after', String(error.extensions['retryAfterSeconds']));
        res
          .status(STATUS[error.code] ?? 500)
          .type('text/plain; charset=utf-8')
          .send(`${error.extensions['messages'] ? (error.extensions['messages'] as { nl: string }).nl : error.message}\n${error.message}\n`);
        return undefined;
      }
      log.error({ err: error }, 'http operation failed');
      res.status(500).type('text/plain; charset=utf-8').send('Er ging iets mis aan onze kant.\nSomething went wrong on our side.\n');
      return undefined;
    }
  }
}
