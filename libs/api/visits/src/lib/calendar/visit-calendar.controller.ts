import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { HttpOperations, MailService, notFound } from '@kijkje/api/core';
import { organisationLoader } from '@kijkje/api/networks';
import { isUUID } from 'class-validator';
import type { Request, Response } from 'express';
import { VisitAccess } from '../visit-access.service';
import { visitCalendar } from './visit-calendar';

const ICS = /^(.+)\.ics$/;

/**
 * A visit as a calendar file (`Zet in agenda`), for whoever may see the visit: the same session,
 * scope and policy as the visit page, in one transaction. Its UID stays the same and its SEQUENCE
 * goes up when the day, time or place changes, so importing it again updates the event.
 */
@Controller('export/agenda')
export class VisitCalendarController {
  constructor(
    private readonly http: HttpOperations,
    private readonly visits: VisitAccess,
    private readonly mail: MailService,
  ) {}

  @Get('bezoek/:file')
  async download(@Req() req: Request, @Res() res: Response, @Param('file') file: string, @Query('taal') taal?: string): Promise<void> {
    const body = await this.http.run(req, res, async (ctx) => {
      const visitId = ICS.exec(file)?.[1] ?? '';
      if (!isUUID(visitId)) throw notFound();
      const { visit } = await this.visits.require(ctx, visitId);
      if (!visit.startsOn) throw notFound();
      const host = (await organisationLoader(ctx).load(visit.hostOrganisationId))?.name ?? '';
      return visitCalendar([{ ...visit, host, sequence: visit.calendarSequence, url: this.mail.link(`/bezoeken/${visit.id}`) }], taal === 'en' ? 'en' : 'nl');
    });
    if (body === undefined) return;
    res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    res.setHeader('Content-Disposition', 'attachment; filename="kijkje-bezoek.ics"');
    res.setHeader('Cache-Control', 'private, no-store');
    res.send(body);
  }
}
