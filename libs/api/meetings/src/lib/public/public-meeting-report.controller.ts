import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { AuditService, HttpOperations, sendPublic } from '@kijkje/api/core';
import { contentDisposition, renderDocx, renderPdf } from '@kijkje/api/documents';
import { publicHttpStatus, type Language } from '@kijkje/domain';
import type { Request, Response } from 'express';
import { meetingReportDocument } from '../report/meeting-report-content';
import { publicBySlug } from '../report/meeting-report.queries';
import { meetingReportPage, notFoundPage, withdrawnPage } from './meeting-report-page';

const SLUG = /^[a-z0-9-]{1,80}$/;
export const REPORT_FILES = {
  'verslag.pdf': { type: 'application/pdf', render: renderPdf },
  'verslag.docx': { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', render: renderDocx },
} as const;

type Answer = Awaited<ReturnType<typeof publicBySlug>>;

/**
 * /bijeenkomst/<slug>: a meeting's report published for everyone, as a page and as PDF or DOCX,
 * without signing in. It serves what publicServing allows (the newest version while it is
 * PUBLIC); anything else reads as an unknown slug (404, the same page), except a withdrawn
 * version: 410, saying so and nothing more. Caches ask again each time, so a withdrawal counts at once.
 */
@Controller('bijeenkomst')
export class PublicMeetingReportController {
  constructor(
    private readonly http: HttpOperations,
    private readonly audit: AuditService,
  ) {}

  @Get(':slug')
  async page(@Req() req: Request, @Res() res: Response, @Param('slug') slug: string, @Query('taal') taal?: string): Promise<void> {
    const language = taal === 'en' ? 'en' : 'nl';
    const answer = await this.http.run(req, res, async (ctx) => (SLUG.test(slug) ? publicBySlug(ctx.em, slug) : null), { open: true });
    if (res.headersSent) return;
    if (answer?.state !== 'PUBLIC') return void refuse(res, answer ?? null, language);
    res.type('text/html; charset=utf-8');
    sendPublic(res, meetingReportPage(answer.content, slug, language));
  }

  @Get(':slug/:file')
  async download(
    @Req() req: Request,
    @Res() res: Response,
    @Param('slug') slug: string,
    @Param('file') file: string,
    @Query('taal') taal?: string,
  ): Promise<void> {
    const language = taal === 'en' ? 'en' : 'nl';
    const kind = REPORT_FILES[file as keyof typeof REPORT_FILES];
    const result = await this.http.run(
      req,
      res,
      async (ctx) => {
        const answer = kind && SLUG.test(slug) ? await publicBySlug(ctx.em, slug) : null;
        if (answer?.state !== 'PUBLIC') return { ok: false as const, refused: answer ?? null };
        const bytes = await kind.render(meetingReportDocument(answer.content, language));
        await this.audit.record(ctx.em, {
          networkId: null,
          actorUserId: ctx.userId,
          action: 'meeting.report_exported',
          targetType: 'meeting',
          targetId: answer.meetingId,
          data: { file, number: answer.content.number, public: true },
          ip: ctx.ip,
        });
        return { ok: true as const, bytes, name: `${slug}-versie-${answer.content.number}.${file.split('.').pop()}` };
      },
      { open: true },
    );
    if (res.headersSent || !result) return;
    if (!result.ok) return void refuse(res, result.refused, language);
    res.setHeader('Content-Type', kind.type);
    res.setHeader('Content-Disposition', contentDisposition(result.name));
    sendPublic(res, Buffer.from(result.bytes));
  }
}

/** 404 with the not-found page for anything not public, or 410 with the withdrawn page. */
function refuse(res: Response, answer: Answer, language: Language): void {
  const status = publicHttpStatus({ state: answer?.state ?? 'NONE' });
  res.setHeader('Cache-Control', 'no-store');
  res
    .status(status)
    .type('text/html; charset=utf-8')
    .send(status === 410 ? withdrawnPage(language) : notFoundPage(language));
}
