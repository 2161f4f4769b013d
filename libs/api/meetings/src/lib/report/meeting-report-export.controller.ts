import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { AccessService, AuditService, HttpOperations, notFound } from '@kijkje/api/core';
import { contentDisposition, renderDocx, renderPdf } from '@kijkje/api/documents';
import { nextVersionNumber, slugify } from '@kijkje/domain';
import { isUUID } from 'class-validator';
import type { Request, Response } from 'express';
import { meetingReportPage } from '../public/meeting-report-page';
import { meetingReportDocument } from './meeting-report-content';
import { meetingReportSnapshot } from './meeting-report-snapshot';
import * as q from './meeting-report.queries';
import { MeetingReportService } from './meeting-report.service';

const FORMATS = {
  pdf: { type: 'application/pdf', render: renderPdf },
  docx: { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', render: renderDocx },
} as const;

/**
 * A published report as PDF or DOCX for whoever may read the meeting (a network-only version
 * included), in one scoped transaction, audited; and the coordinator's preview of the public page
 * exactly as publishing the draft now would make it. Drafts are never downloaded.
 */
@Controller('export')
export class MeetingReportExportController {
  constructor(
    private readonly http: HttpOperations,
    private readonly reports: MeetingReportService,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  @Get('bijeenkomstverslag/:meetingId/:format')
  async download(
    @Req() req: Request,
    @Res() res: Response,
    @Param('meetingId') meetingId: string,
    @Param('format') format: string,
    @Query('versie') versie?: string,
    @Query('taal') taal?: string,
  ): Promise<void> {
    const kind = FORMATS[format as keyof typeof FORMATS];
    const file = await this.http.run(req, res, async (ctx) => {
      if (!isUUID(meetingId) || !kind) throw notFound();
      const s = await this.reports.standing(ctx, meetingId);
      const versions = await q.versionsOf(ctx.em, s.meeting.networkId, meetingId);
      const version = versie === undefined ? versions[0] : versions.find((v) => String(v.number) === versie);
      if (!version) return this.access.notVisible(ctx, 'meetingReport', meetingId);
      const bytes = await kind.render(meetingReportDocument(version.content, taal === 'en' ? 'en' : 'nl'));
      await this.audit.record(ctx.em, {
        networkId: s.meeting.networkId,
        actorUserId: ctx.userId,
        action: 'meeting.report_exported',
        targetType: 'meeting',
        targetId: meetingId,
        data: { format, number: version.number, bytes: bytes.length },
        ip: ctx.ip,
      });
      return { bytes, name: `verslag-${slugify(s.meeting.title) || 'bijeenkomst'}-versie-${version.number}.${format}` };
    });
    if (!file) return;
    res.setHeader('Content-Type', kind.type);
    res.setHeader('Content-Disposition', contentDisposition(file.name));
    res.setHeader('Cache-Control', 'private, no-store');
    res.send(file.bytes);
  }

  @Get('bijeenkomstverslag-voorbeeld/:meetingId')
  async preview(@Req() req: Request, @Res() res: Response, @Param('meetingId') meetingId: string, @Query('taal') taal?: string): Promise<void> {
    const html = await this.http.run(req, res, async (ctx) => {
      if (!isUUID(meetingId)) throw notFound();
      const s = await this.reports.standing(ctx, meetingId);
      const report = s.reportRights.draft ? await q.reportOf(ctx.em, s.meeting.networkId, meetingId) : null;
      if (!report) return this.access.notVisible(ctx, 'meetingReport', meetingId);
      const number = nextVersionNumber((await q.versionsOf(ctx.em, report.networkId, meetingId)).map((v) => v.number));
      const content = await meetingReportSnapshot(ctx, s.meeting, report, number, new Date());
      return meetingReportPage(content, report.slug, taal === 'en' ? 'en' : 'nl', `/export/bijeenkomstverslag-voorbeeld/${meetingId}`);
    });
    if (html === undefined) return;
    res.setHeader('Cache-Control', 'private, no-store');
    res.type('text/html; charset=utf-8').send(html);
  }
}
