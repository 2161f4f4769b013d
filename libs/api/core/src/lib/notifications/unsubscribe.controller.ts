import { Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { isNotificationKind, NOTIFICATION_TITLES, type Language, type NotificationKind } from '@kijkje/domain';
import type { Request, Response } from 'express';
import { HttpOperations } from '../http/http-operations';
import { MailService } from '../mail/mail.service';
import { asLanguage } from '../mail/templates/mail-content';
import { languageOfToken, unsubscribe } from './notifications.queries';
import { SETTINGS_PATH } from './notification.service';
import { unsubscribePage } from './unsubscribe-page';
import { DIGEST_TARGET } from './digest.job';

const TOKEN = /^[A-Za-z0-9_-]{43}$/;
const DIGEST_TITLE = { nl: 'het dagelijkse overzicht', en: 'the daily overview' };

/**
 * /afmelden/<token>/<kind>: RFC 8058 one-click unsubscribe from one kind of notification mail.
 * A POST (what a mail program sends for List-Unsubscribe-Post) turns that kind off for the
 * token's person, without a session; a GET only shows a page with a button that does that,
 * since link checkers and previews open links without anyone asking for it.
 */
@Controller('afmelden')
export class UnsubscribeController {
  constructor(
    private readonly http: HttpOperations,
    private readonly mail: MailService,
  ) {}

  @Get(':token/:kind')
  async confirm(@Req() req: Request, @Res() res: Response, @Param('token') token: string, @Param('kind') kind: string): Promise<void> {
    const language = await this.http.run(req, res, async (ctx) => (valid(token, kind) ? languageOfToken(ctx.em, token) : null), { open: true });
    if (res.headersSent) return;
    this.answer(res, language, kind, 'confirm');
  }

  @Post(':token/:kind')
  @HttpCode(200)
  async unsubscribe(@Req() req: Request, @Res() res: Response, @Param('token') token: string, @Param('kind') kind: string): Promise<void> {
    const language = await this.http.run(
      req,
      res,
      async (ctx) => (valid(token, kind) ? unsubscribe(ctx.em, token, kind as NotificationKind | typeof DIGEST_TARGET) : null),
      { open: true },
    );
    if (res.headersSent) return;
    this.answer(res, language, kind, 'done');
  }

  private answer(res: Response, language: string | null | undefined, kind: string, step: 'confirm' | 'done'): void {
    res.setHeader('Cache-Control', 'no-store');
    if (!language || !(isNotificationKind(kind) || kind === DIGEST_TARGET)) {
      res
        .status(404)
        .type('text/html; charset=utf-8')
        .send(unsubscribePage('nl', null, 'unknown', ''));
      return;
    }
    const lang: Language = asLanguage(language);
    const what = isNotificationKind(kind) ? NOTIFICATION_TITLES[kind][lang] : DIGEST_TITLE[lang];
    res.type('text/html; charset=utf-8').send(unsubscribePage(lang, what, step, this.mail.link(SETTINGS_PATH)));
  }
}

const valid = (token: string, kind: string) => TOKEN.test(token) && (isNotificationKind(kind) || kind === DIGEST_TARGET);
