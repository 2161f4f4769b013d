import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { HttpOperations } from '@kijkje/api/core';
import type { Request, Response } from 'express';
import { CalendarFeedService } from './calendar-feed.service';

const ICS = /^(.+)\.ics$/;

/**
 * /export/agenda/persoonlijk/<token>.ics: a person's own calendar feed, for calendar programs that
 * subscribe without a session. The token is the only key; what it shows is read as its person.
 */
@Controller('export/agenda')
export class CalendarFeedController {
  constructor(
    private readonly http: HttpOperations,
    private readonly feeds: CalendarFeedService,
  ) {}

  @Get('persoonlijk/:file')
  async feed(@Req() req: Request, @Res() res: Response, @Param('file') file: string): Promise<void> {
    // Never kept by a shared cache or a browser: the answer belongs to the token's person only.
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('Referrer-Policy', 'no-referrer');
    const body = await this.http.run(req, res, (ctx) => this.feeds.render(ctx, ICS.exec(file)?.[1] ?? ''), { open: true });
    if (body === undefined) return;
    res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    res.setHeader('Content-Disposition', 'inline; filename="kijkje.ics"');
    res.send(body);
  }
}
