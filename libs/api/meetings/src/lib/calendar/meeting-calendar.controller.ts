import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { HttpOperations, MailService, notFound } from '@kijkje/api/core';
import { meetingAudience, meetingIsAppointment } from '@kijkje/domain';
import { isUUID } from 'class-validator';
import type { Request, Response } from 'express';
import { meetingCalendar } from './meeting-calendar';
import { calendarSequence } from './meeting-calendar.queries';
import { MeetingsService } from '../meetings.service';
import { meetingPath } from '../meeting-path';

const ICS = /^(.+)\.ics$/;

/** A meeting as a calendar file (`Zet in agenda`), for whoever may read the meeting: the same session, scope and rules as its page; none for a track session's. */
@Controller('export/agenda')
export class MeetingCalendarController {
  constructor(
    private readonly http: HttpOperations,
    private readonly meetings: MeetingsService,
    private readonly mail: MailService,
  ) {}

  @Get('bijeenkomst/:file')
  async download(@Req() req: Request, @Res() res: Response, @Param('file') file: string, @Query('taal') taal?: string): Promise<void> {
    const body = await this.http.run(req, res, async (ctx) => {
      const meetingId = ICS.exec(file)?.[1] ?? '';
      if (!isUUID(meetingId)) throw notFound();
      const { meeting } = await this.meetings.standing(ctx, meetingId);
      // A track session held with theme tables is the session's appointment: its calendar file is the session's.
      if (!meetingIsAppointment(meetingAudience(meeting))) throw notFound();
      // Never older than what the person's calendar got by mail (however they hold the meeting), or it would keep the old one.
      const sequence = Math.max(meeting.version, (await calendarSequence(ctx.em, meeting.networkId, meeting.id, ctx.userId!)) ?? 0);
      return meetingCalendar(meeting, this.mail.link(meetingPath(meeting.id)), taal === 'en' ? 'en' : 'nl', { sequence });
    });
    if (body === undefined) return;
    res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    res.setHeader('Content-Disposition', 'attachment; filename="kijkje-bijeenkomst.ics"');
    res.setHeader('Cache-Control', 'private, no-store');
    res.send(body);
  }
}
