import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { Inject } from '@nestjs/common';
import { HttpOperations } from '../../http/http-operations';
import type { RequestContext } from '../../graphql/request-context';
import { SSO_MESSAGES, ssoPage } from './sso-page';
import { SSO_STATE_COOKIE, SsoService, type SsoStep } from './sso.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** /auth/oidc/start?email=… and the provider's way back, /auth/oidc/callback. */
@Controller('auth/oidc')
export class SsoController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly http: HttpOperations,
    private readonly sso: SsoService,
  ) {}

  @Get('available')
  async available(@Req() req: Request, @Res() res: Response, @Query('email') email: unknown): Promise<void> {
    const address = typeof email === 'string' ? email.slice(0, 254) : '';
    const providers = await this.http.run(req, res, (ctx) => this.sso.available(ctx, address), { open: true });
    if (!providers || res.headersSent) return;
    res.setHeader('cache-control', 'no-store');
    res.json({ providers });
  }

  @Get('start')
  async start(@Req() req: Request, @Res() res: Response, @Query('email') email: unknown, @Query('provider') provider: unknown): Promise<void> {
    const address = typeof email === 'string' ? email.slice(0, 254) : '';
    const providerId = typeof provider === 'string' && UUID.test(provider) ? provider : null;
    await this.answer(req, res, (ctx) => this.sso.start(ctx, address, providerId));
  }

  @Get('callback')
  async callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    const query = new URLSearchParams(req.url.split('?')[1] ?? '');
    const cookie = (req.cookies as Record<string, string> | undefined)?.[SSO_STATE_COOKIE] ?? null;
    await this.answer(req, res, (ctx) => this.sso.callback(ctx, query, cookie));
  }

  private async answer(req: Request, res: Response, work: (ctx: RequestContext) => Promise<SsoStep>): Promise<void> {
    let context: RequestContext | null = null;
    const step = await this.http.run(
      req,
      res,
      (ctx) => {
        context = ctx;
        return work(ctx);
      },
      { open: true },
    );
    if (!step || res.headersSent) return;
    // Effects that wait for the commit (the session cookie), as after a GraphQL operation.
    for (const effect of (context as RequestContext | null)?.afterCommit ?? []) effect();
    const cookie = { httpOnly: true, sameSite: 'lax' as const, secure: this.config.appUrl.startsWith('https://'), path: '/auth/oidc' };
    if ('state' in step && step.state) res.cookie(SSO_STATE_COOKIE, step.state, { ...cookie, maxAge: 10 * 60 * 1000 });
    if ('clearState' in step && step.clearState) res.clearCookie(SSO_STATE_COOKIE, cookie);
    res.setHeader('cache-control', 'no-store');
    if ('redirect' in step) {
      res.redirect(303, step.redirect);
      return;
    }
    res
      .status(step.outcome === 'pending' ? 200 : 403)
      .type('text/html; charset=utf-8')
      .send(ssoPage(SSO_MESSAGES[step.outcome], `${this.config.appUrl}/inloggen`, step.choices));
  }
}
