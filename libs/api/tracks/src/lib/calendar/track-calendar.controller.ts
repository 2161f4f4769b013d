import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { HttpOperations, MailService, notFound, type RequestContext } from '@kijkje/api/core';
import { sessionCalledOff, type Language } from '@kijkje/domain';
import { isUUID } from 'class-validator';
import type { Request, Response } from 'express';
import { TrackAccess } from '../track-access.service';
import * as q from '../tracks.queries';
import { calendarSessions, sessionCalendars } from './track-calendar.queries';
import { sessionEvent, trackPath, trackSessionsCalendar } from './track-session-calendar';

const ICS = /^(.+)\.ics$/;
const idOf = (file: string) => {
  const id = ICS.exec(file)?.[1] ?? '';
  if (!isUUID(id)) throw notFound();
  return id;
};

/**
 * A track's sessions as a calendar file (`Zet in uw agenda`): one session, or the whole schedule,
 * for the track's organisers and participants (trackRights.calendar), with the same session and
 * scope as its page; anyone else, an applicant or the waitlist included, finds nothing.
 */
@Controller('export/agenda')
export class TrackCalendarController {
  constructor(
    private readonly http: HttpOperations,
    private readonly access: TrackAccess,
    private readonly mail: MailService,
  ) {}

  @Get('leergang/:file')
  async schedule(@Req() req: Request, @Res() res: Response, @Param('file') file: string, @Query('taal') taal?: string): Promise<void> {
    const body = await this.http.run(req, res, (ctx) => this.file(ctx, idOf(file), null, taal === 'en' ? 'en' : 'nl'));
    this.send(res, body, 'kijkje-leergang.ics');
  }

  @Get('leergang-bijeenkomst/:file')
  async session(@Req() req: Request, @Res() res: Response, @Param('file') file: string, @Query('taal') taal?: string): Promise<void> {
    const body = await this.http.run(req, res, async (ctx) => {
      const sessionId = idOf(file);
      const session = await q.sessionById(ctx.em, await this.access.network(ctx), sessionId);
      if (!session) return this.access.notVisible(ctx, 'trackSession', sessionId);
      return this.file(ctx, session.trackId, sessionId, taal === 'en' ? 'en' : 'nl');
    });
    this.send(res, body, 'kijkje-leergang-bijeenkomst.ics');
  }

  /** The file, each event with a SEQUENCE never older than what the person's calendar got by mail (or it would keep the old one). */
  private async file(ctx: RequestContext, trackId: string, sessionId: string | null, language: Language): Promise<string> {
    const t = await this.access.require(ctx, trackId);
    if (!t.rights.calendar) return this.access.notVisible(ctx, 'trackCalendar', trackId);
    const sessions = await calendarSessions(ctx.em, t.networkId, trackId, sessionId ? [sessionId] : null);
    const sentToMe = await sessionCalendars(
      ctx.em,
      t.networkId,
      sessions.map((s) => s.id),
      ctx.userId,
    );
    const mine = new Map(sentToMe.map((c) => [c.sessionId, c.sequence]));
    const url = this.mail.link(trackPath(trackId));
    const now = new Date();
    const events = sessions.map((s) =>
      sessionEvent(
        t.track,
        s,
        url,
        language,
        Math.max(s.version, mine.get(s.id) ?? 0),
        sessionCalledOff(t.track.status, { startsAt: new Date(s.startsAt) }, now),
      ),
    );
    return trackSessionsCalendar(events, language);
  }

  private send(res: Response, body: string | undefined, filename: string): void {
    if (body === undefined) return;
    res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
    res.setHeader('Cache-Control', 'private, no-store');
    res.send(body);
  }
}
